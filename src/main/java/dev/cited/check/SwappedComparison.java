package dev.cited.check;

import dev.cited.check.PolarityLexicon.Direction;
import dev.cited.index.TermAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claim that compares two subjects ("X is lower after A than after B") has them the
 * other way round from its evidence, read with the {@link PolarityLexicon}'s direction words.
 */
final class SwappedComparison {

    private static final Pattern PIECE_BREAK =
            Pattern.compile(",|;|\\band\\b|\\bwhereas\\b|\\bwhile\\b|\\bbut\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LINKING = Set.of(
            "after",
            "before",
            "in",
            "for",
            "with",
            "among",
            "those",
            "the",
            "a",
            "an",
            "of",
            "at",
            "during",
            "from",
            "is",
            "was",
            "are",
            "were",
            "be",
            "it",
            "that",
            "this",
            "significantly",
            "much",
            "far",
            "still",
            "rate",
            "rates",
            "risk",
            "level",
            "levels");
    private static final int SUBJECT_WINDOW = 4;

    private SwappedComparison() {}

    /**
     * A reason when the claim compares two subjects ("the suicide rate is lower after miscarriage
     * than after birth") and a piece of the evidence (cut at commas, semicolons, "and", "whereas",
     * "while", "but") gives the second subject the claim's direction without the first ("the
     * suicide rate associated with birth was significantly lower"), or the first subject the
     * opposite direction without the second: the compared subjects are swapped. Only pieces that
     * share a term of what is compared ("suicide rate") count.
     */
    static Optional<String> reason(String claim, String evidence) {
        List<String> words = PolarityLexicon.wordList(claim);
        int than = words.indexOf("than");
        if (than < 1
                || words.get(than - 1).equals("rather")
                || words.get(than - 1).equals("other")) {
            return Optional.empty(); // "X rather than Y" and "other than" compare nothing
        }
        int w = than - 1;
        while (w >= 0 && !PolarityLexicon.isDirection(words.get(w))) {
            w--;
        }
        if (w < 0 || than - w > SUBJECT_WINDOW + 1) {
            return Optional.empty();
        }
        Direction d = PolarityLexicon.direction(words.get(w));
        String first = subject(words, w + 1 < than ? than - 1 : w - 1, -1, w + 1 < than ? w : -1);
        String second = subject(words, than + 1, 1, words.size());
        if (first == null || second == null || first.equals(second)) {
            return Optional.empty();
        }
        // what the comparison is about besides its subjects: an evidence piece about something else does not swap it
        Set<String> topic = new HashSet<>();
        words.stream()
                .filter(x -> PolarityLexicon.direction(x) == null)
                .forEach(x -> topic.addAll(TermAnalyzer.terms(x)));
        topic.removeAll(List.of(first, second));
        topic.removeAll(PolarityLexicon.IGNORED_STEMS);
        for (String piece : PIECE_BREAK.split(evidence)) {
            List<String> pw = PolarityLexicon.wordList(piece);
            Set<String> terms = new HashSet<>(TermAnalyzer.terms(piece));
            if (pw.contains("than") || terms.stream().noneMatch(topic::contains)) {
                continue;
            }
            boolean same = pw.stream().anyMatch(x -> d.equals(PolarityLexicon.direction(x)));
            boolean opposite = pw.stream()
                    .map(PolarityLexicon::direction)
                    .anyMatch(x -> x != null && x.scale().equals(d.scale()) && x.sign() == -d.sign());
            boolean swapped = terms.contains(second) && !terms.contains(first) && same && !opposite
                    || terms.contains(first) && !terms.contains(second) && opposite && !same;
            if (swapped) {
                return Optional.of("the claim says '" + words.get(w) + " "
                        + String.join(" ", words.subList(w + 1, than))
                        + " than', the source has the compared subjects the other way round: '" + piece.strip() + "'");
            }
        }
        return Optional.empty();
    }

    /** The first analysed content term from {@code from} walking by {@code step}, stopping before {@code end}. */
    private static String subject(List<String> words, int from, int step, int end) {
        for (int i = from, n = 0; i != end && i >= 0 && i < words.size() && n < SUBJECT_WINDOW; i += step, n++) {
            String word = words.get(i);
            if (LINKING.contains(word) || PolarityLexicon.direction(word) != null) {
                continue;
            }
            List<String> t = TermAnalyzer.terms(word);
            if (!t.isEmpty()) {
                return t.getFirst();
            }
        }
        return null;
    }
}
