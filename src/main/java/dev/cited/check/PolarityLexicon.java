package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction words {@link Polarity} reads (a scale and a sign each), the stems that are not
 * content, and the direction comparison of one aligned pair of clauses.
 */
final class PolarityLexicon {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    /** A direction word: its scale and sign (+1 up, -1 down, 0 "the same"). */
    record Direction(String scale, int sign) {}

    static final String DIRECTION_WORDS = "direction-words.tsv";
    static final String IGNORED_WORDS = "polarity-ignored-words.txt";
    private static final Map<String, Direction> DIRECTIONS = directions();
    private static final Set<String> COMPARED_TO = Set.of("as", "to", "with", "between");
    /** What an equality word compares when it stands right before it ("equivalent performance"). */
    private static final Set<String> MEASURES =
            Set.of("performance", "accuracy", "results", "outcomes", "scores", "quality", "efficacy");

    private static final int CHANGED_WINDOW = 3;

    /** Stems that are not content: polarity words and a few reporting words. */
    static final Set<String> IGNORED_STEMS = ignoredStems();

    private PolarityLexicon() {}

    private static Map<String, Direction> directions() {
        Map<String, Direction> m = new java.util.HashMap<>();
        try (InputStream in = PolarityLexicon.class.getResourceAsStream(DIRECTION_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + DIRECTION_WORDS + " beside " + PolarityLexicon.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3 || !parts[1].matches("-?[01]")) {
                    throw new IllegalStateException("illegal line in " + DIRECTION_WORDS + ": '" + line
                            + "', must be a scale, a tab, a sign (1, -1 or 0), a tab and words");
                }
                Direction d = new Direction(parts[0], Integer.parseInt(parts[1]));
                for (String w : parts[2].strip().split("\\s+")) {
                    m.put(w, d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    private static Set<String> ignoredStems() {
        List<String> words = new ArrayList<>(DIRECTIONS.keySet());
        try (InputStream in = PolarityLexicon.class.getResourceAsStream(IGNORED_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + IGNORED_WORDS + " beside " + PolarityLexicon.class);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    words.addAll(List.of(line.strip().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(TermAnalyzer.terms(w));
        }
        return Set.copyOf(out);
    }

    /** The words of {@code text} that point a direction (sign up or down), in order; the bounds "at least" and "at most" point none. */
    static List<String> directionWords(String text) {
        List<String> words = wordList(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isDirection(w) && !(i > 0 && words.get(i - 1).equals("at"))) {
                out.add(w);
            }
        }
        return out;
    }

    /** The direction of {@code word} (a sign of 0 for "the same" words), or null when it is none. */
    static Direction direction(String word) {
        return DIRECTIONS.get(word);
    }

    /** Whether {@code word} points a direction (sign up or down). */
    static boolean isDirection(String word) {
        Direction d = DIRECTIONS.get(word);
        return d != null && d.sign() != 0;
    }

    static boolean hasDirection(String text) {
        return wordList(text).stream().anyMatch(w -> {
            Direction d = DIRECTIONS.get(w);
            return d != null && d.sign() != 0;
        });
    }

    /**
     * A reason when a direction word left on one side (after cancelling those both use) meets one
     * of the opposite direction on the same scale left on the other. An amount word that changes
     * a sensitivity word counts as one sensitivity direction, their signs multiplied: "decreased
     * susceptibility" is resistance, so "reduces resistance" opposes it.
     */
    static Optional<String> direction(String claim, String evidence) {
        List<Found> claimLeft = found(wordList(claim));
        List<Found> evidenceLeft = found(wordList(evidence));
        for (int i = 0; i < claimLeft.size(); i++) {
            for (int j = 0; j < evidenceLeft.size(); j++) {
                if (evidenceLeft.get(j).direction().equals(claimLeft.get(i).direction())) {
                    claimLeft.remove(i--);
                    evidenceLeft.remove(j);
                    break;
                }
            }
        }
        for (Found c : claimLeft) {
            for (Found e : evidenceLeft) {
                if (c.direction().scale().equals(e.direction().scale())
                        && c.direction().sign() != e.direction().sign()) {
                    return Optional.of("the claim says '" + c.phrase() + "', the source says '" + e.phrase() + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** A direction in a text and the words that give it. */
    private record Found(Direction direction, String phrase) {}

    /**
     * The directions of {@code words} in order; an equality word counts only as a comparison ("the
     * same predictive power as", "similar to", "equivalent performance"), not as a determiner ("the same work"), and "at
     * least" and "at most" bound a number or a comparison, they point no direction.
     */
    private static List<Found> found(List<String> words) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Direction d = DIRECTIONS.get(words.get(i));
            if (d == null
                    || d.sign() == 0 && !comparedTo(words, i)
                    || i > 0 && words.get(i - 1).equals("at")) {
                continue;
            }
            int changed = changedSensitivity(words, i, d);
            if (changed > 0) {
                Direction s = DIRECTIONS.get(words.get(changed));
                out.add(new Found(
                        new Direction(s.scale(), d.sign() * s.sign()),
                        String.join(" ", words.subList(i, changed + 1))));
                i = changed;
            } else {
                out.add(new Found(d, phrase(words, i)));
            }
        }
        return out;
    }

    /**
     * The position of the sensitivity word that the amount word {@code d} at {@code i} changes
     * ("decreased zidovudine susceptibility"), the next direction word within {@value
     * #CHANGED_WINDOW} words; -1 when there is none.
     */
    private static int changedSensitivity(List<String> words, int i, Direction d) {
        if (!d.scale().equals("amount") || d.sign() == 0) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(words.size(), i + 1 + CHANGED_WINDOW); j++) {
            Direction next = DIRECTIONS.get(words.get(j));
            if (next != null) {
                return next.scale().equals("sensitivity") && next.sign() != 0 ? j : -1;
            }
        }
        return -1;
    }

    /** A direction word followed by its agent: "promoted by fibroblasts". */
    private static final Pattern BY_AGENT =
            Pattern.compile("([\\p{L}-]+)\\s+by\\s+(?:the\\s+|normal\\s+)?([\\p{L}-]+)");

    /**
     * A reason when the claim and the evidence give one agent opposite effects: "inhibited by
     * fibroblasts" against "promoted by fibroblasts and inhibited by normal myoepithelial cells",
     * where both direction words occur on both sides and cancel, but not with the same agent.
     */
    static Optional<String> agentDirection(String claim, String evidence) {
        Matcher c = BY_AGENT.matcher(claim.toLowerCase(Locale.ROOT));
        while (c.find()) {
            Direction cd = DIRECTIONS.get(c.group(1));
            if (cd == null || cd.sign() == 0) {
                continue;
            }
            List<String> agent = TermAnalyzer.terms(c.group(2));
            Matcher e = BY_AGENT.matcher(evidence.toLowerCase(Locale.ROOT));
            while (e.find()) {
                Direction ed = DIRECTIONS.get(e.group(1));
                if (ed != null
                        && ed.scale().equals(cd.scale())
                        && ed.sign() == -cd.sign()
                        && !agent.isEmpty()
                        && agent.equals(TermAnalyzer.terms(e.group(2)))) {
                    return Optional.of("the claim says '" + c.group() + "', the source says '" + e.group() + "'");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean comparedTo(List<String> words, int i) {
        if (i + 1 < words.size() && MEASURES.contains(words.get(i + 1))) {
            return true; // "maintaining equivalent performance": the same as what it is compared with
        }
        for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
            if (COMPARED_TO.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<String> words, int i) {
        return i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : words.get(i);
    }

    /**
     * The words of {@code text}, lower-cased, in order; the plural of a direction word is that
     * word ("reductions" is "reduction", "increases" stays a verb form of its own).
     */
    static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(singular(m.group()));
        }
        return out;
    }

    private static String singular(String word) {
        if (DIRECTIONS.containsKey(word) || !word.endsWith("s")) {
            return word;
        }
        String stripped = word.substring(0, word.length() - 1);
        return DIRECTIONS.containsKey(stripped) ? stripped : word;
    }

    static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }
}
