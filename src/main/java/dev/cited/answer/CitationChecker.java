package dev.cited.answer;

import dev.cited.index.Embedder;
import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the numbered sources, in code, whatever model wrote it.
 *
 * <p>The reply is cut into claims: the text before each run of {@code [n]} markers (when that
 * text holds several sentences, the markers belong to the last one). For every marker:
 *
 * <ul>
 *   <li>a number with no source is removed, with a warning;
 *   <li>text in double quotes must appear verbatim (up to whitespace) in some version of the
 *       cited paper; a quote that does not is reported, loses its quote marks, and supports
 *       nothing;
 *   <li>a claim without quotes is supported when it is a sentence of the cited paper, when at
 *       least {@value #MIN_TERM_RECALL} of its analysed terms occur in one sentence of it, or (with
 *       an embedder) when a sentence of it has embedding cosine at least {@value #MIN_COSINE} with
 *       the claim and shares at least {@value #MIN_TERM_RECALL_WITH_EMBEDDING} of its terms;
 *   <li>an unsupported marker is removed, with a warning.
 * </ul>
 *
 * <p>Claims left without a supported marker are dropped (with a warning), so every sentence of
 * the checked answer carries a citation. Each citation quotes the exact source sentence it
 * relies on, with the version it comes from.
 *
 * <p>Besides the checked text, every decision is returned as data: one {@link Judgement} per claim
 * considered (its span in the reply, the markers it carried, those kept, and why the others were
 * removed), for measurements such as {@code eval.CitationEvaluation}. The cutting into claims is
 * one separate step ({@link MarkerRunCutter}); the judgements depend only on the spans it yields.
 */
public final class CitationChecker {

    static final double MIN_TERM_RECALL = 0.6;
    static final double MIN_COSINE = 0.8;
    static final double MIN_TERM_RECALL_WITH_EMBEDDING = 0.3;
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{8,})\"|“([^”]{8,})”");

    /**
     * The checked reply: text made of supported claims only, their citations, warnings for humans,
     * and the checker's decision about every claim it considered, as data.
     *
     * @param judgements one per claim, in reply order: cited claims and the uncited sentences the
     *     checker dropped
     */
    public record Checked(String text, List<Citation> citations, List<String> warnings, List<Judgement> judgements) {
        public Checked {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
            judgements = List.copyOf(judgements);
        }

        /** A checked reply without judgements (nothing was checked). */
        public Checked(String text, List<Citation> citations, List<String> warnings) {
            this(text, citations, warnings, List.of());
        }

        public boolean supported() {
            return !citations.isEmpty();
        }
    }

    private final Embedder embedder;

    /** A checker that judges paraphrases by shared terms only. */
    public CitationChecker() {
        this(null);
    }

    /** A checker that also accepts close paraphrases by embedding similarity. */
    public CitationChecker(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Checks {@code reply} against {@code sources}. */
    public Checked check(String reply, NumberedSources sources) {
        List<String> warnings = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        for (MarkerRunCutter.Claim claim : MarkerRunCutter.cut(reply)) {
            int warned = warnings.size();
            if (claim.markers().isEmpty()) {
                if (!claim.trailing() || !claim.text().equals(ExtractiveAnswerer.NO_ANSWER)) {
                    warnings.add("dropped a sentence without a citation: \"" + abbreviate(claim.text()) + "\"");
                }
                judgements.add(new Judgement(
                        claim.start(),
                        claim.end(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        warnings.size() > warned));
            } else {
                judgements.add(checkClaim(claim, sources, warnings, citations, kept));
            }
        }
        return new Checked(String.join(" ", kept), List.copyOf(citations), warnings, judgements);
    }

    private Judgement checkClaim(
            MarkerRunCutter.Claim piece,
            NumberedSources sources,
            List<String> warnings,
            Set<Citation> citations,
            List<String> kept) {
        int warned = warnings.size();
        String claim = piece.text();
        List<Integer> numbers = piece.markers();
        List<Integer> supported = new ArrayList<>();
        List<Judgement.Removal> removed = new ArrayList<>();
        String text = claim;
        List<String> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(claim);
        while (q.find()) {
            quotes.add(q.group(1) != null ? q.group(1) : q.group(2));
        }
        Set<String> badQuotes = new HashSet<>(quotes);
        for (int n : numbers) {
            NumberedSources.Entry source = sources.get(n).orElse(null);
            if (source == null) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "removed citation [%d]: there is no source %d (sources are %s)",
                        n,
                        n,
                        sources.describeNumbers()));
                removed.add(new Judgement.Removal(n, Judgement.Reason.NO_SOURCE));
                continue;
            }
            List<Citation> found =
                    quotes.isEmpty() ? supportClaim(claim, source) : supportQuotes(quotes, source, badQuotes);
            if (found.isEmpty()) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "removed citation [%d]: %s does not support \"%s\"",
                        n,
                        source.paper().label(),
                        abbreviate(claim)));
                removed.add(new Judgement.Removal(n, Judgement.Reason.NOT_SUPPORTED));
            } else if (!supported.contains(n)) {
                supported.add(n);
                citations.addAll(found);
            }
        }
        List<String> unverified =
                quotes.stream().filter(badQuotes::contains).distinct().toList();
        for (String bad : badQuotes) {
            warnings.add(
                    "\"" + abbreviate(bad) + "\" is not a quote from the cited sources; shown without quote marks");
            text = text.replace("\"" + bad + "\"", bad).replace("“" + bad + "”", bad);
        }
        if (supported.isEmpty()) {
            if (!numbers.isEmpty() && warnings.stream().noneMatch(w -> w.contains(abbreviate(claim)))) {
                warnings.add("dropped an unsupported sentence: \"" + abbreviate(claim) + "\"");
            }
        } else {
            StringBuilder sb = new StringBuilder(text);
            for (int n : supported) {
                sb.append(" [").append(n).append(']');
            }
            kept.add(sb.toString());
        }
        return new Judgement(
                piece.start(), piece.end(), numbers, supported, removed, unverified, warnings.size() > warned);
    }

    private static List<Citation> supportQuotes(
            List<String> quotes, NumberedSources.Entry source, Set<String> badQuotes) {
        List<Citation> out = new ArrayList<>();
        for (String quote : quotes) {
            String needle = squash(quote);
            for (PaperVersion v : source.paper().versions()) {
                if (!squash(v.text()).contains(needle)) {
                    continue;
                }
                badQuotes.remove(quote);
                String sentence = Sentences.split(v.text()).stream()
                        .filter(s -> squash(s).contains(needle))
                        .findFirst()
                        .orElse(quote);
                out.add(citation(source, v, sentence));
                break;
            }
        }
        return out;
    }

    private List<Citation> supportClaim(String claim, NumberedSources.Entry source) {
        String needle = squash(claim);
        for (PaperVersion v : source.paper().versions()) {
            for (String s : Sentences.split(v.text())) {
                if (squash(s).equals(needle) || squash(s).contains(needle) && needle.length() >= 40) {
                    return List.of(citation(source, v, s));
                }
            }
        }
        Set<String> claimTerms = new HashSet<>(TermAnalyzer.terms(claim));
        if (claimTerms.isEmpty()) {
            return List.of();
        }
        Citation best = null;
        double bestRecall = 0;
        for (PaperVersion v : source.paper().versions()) {
            for (String s : Sentences.split(v.text())) {
                Set<String> terms = new HashSet<>(TermAnalyzer.terms(s));
                double recall = claimTerms.stream().filter(terms::contains).count() / (double) claimTerms.size();
                if (recall > bestRecall) {
                    bestRecall = recall;
                    best = citation(source, v, s);
                }
            }
        }
        if (bestRecall >= MIN_TERM_RECALL) {
            return List.of(best);
        }
        return embedder == null ? List.of() : supportByEmbedding(claim, claimTerms, source);
    }

    private List<Citation> supportByEmbedding(String claim, Set<String> claimTerms, NumberedSources.Entry source) {
        float[] c = embedder.passageVector(claim);
        Citation best = null;
        double bestCosine = 0;
        for (PaperVersion v : source.paper().versions()) {
            List<String> sentences = Sentences.split(v.text());
            List<float[]> vectors = embedder.passageVectors(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                Set<String> terms = new HashSet<>(TermAnalyzer.terms(sentences.get(i)));
                double recall = claimTerms.stream().filter(terms::contains).count() / (double) claimTerms.size();
                double cosine = Embedder.cosine(c, vectors.get(i));
                if (recall >= MIN_TERM_RECALL_WITH_EMBEDDING && cosine > bestCosine) {
                    bestCosine = cosine;
                    best = citation(source, v, sentences.get(i));
                }
            }
        }
        return bestCosine >= MIN_COSINE ? List.of(best) : List.of();
    }

    private static Citation citation(NumberedSources.Entry source, PaperVersion v, String sentence) {
        return new Citation(
                source.n(),
                source.paper().id(),
                source.paper().arxivId(),
                source.paper().title(),
                v.number(),
                sentence);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
