package dev.cited.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.check.Citation;
import dev.cited.retrieve.Retriever;
import dev.cited.select.LabelledQuestion;
import dev.cited.select.RationaleScore;
import dev.cited.select.SciFactClaims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SciFact sentence-level rationale selection of the sentences Cited quotes: each claim is asked
 * through the real {@link AnswerService} (retrieval, extractive answer, citation check) and the
 * quotes of its checked citations are scored leniently ({@link RationaleScore}: a quote counts
 * when it lies in any gold rationale of a gold abstract). In the oracle setting the sources are
 * the claim's gold abstracts (or, for a claim without evidence, the abstracts it cited), handed
 * out by a {@link GivenPapersRetriever}. Scores are reported for all claims, for the training part
 * and for the held-out part (claim id divisible by 5) separately.
 */
public final class RationaleEvaluation {

    /** Scores of one part of the claims. */
    public record Scores(
            @JsonProperty("claims") int claims,
            @JsonProperty("with_evidence") int withEvidence,
            @JsonProperty("quoted") long quoted,
            @JsonProperty("gold_sentences") long gold,
            @JsonProperty("abstained") int abstained,
            @JsonProperty("precision") double precision,
            @JsonProperty("recall") double recall,
            @JsonProperty("f1") double f1) {}

    /** The scores of a run, by part: {@code all}, {@code train}, {@code heldout}. */
    public record Summary(
            @JsonProperty("setting") String setting,
            @JsonProperty("k") int k,
            @JsonProperty("scoring") String scoring,
            @JsonProperty("parts") Map<String, Scores> parts) {}

    private RationaleEvaluation() {}

    /** The oracle retriever for {@code claims}: each claim's gold abstracts, else its cited ones. */
    public static Retriever oracle(List<SciFactClaims.Claim> claims) {
        Map<String, List<String>> papers = new LinkedHashMap<>();
        for (SciFactClaims.Claim c : claims) {
            papers.put(
                    c.claim(),
                    List.copyOf(
                            c.rationales().isEmpty()
                                    ? c.cited()
                                    : c.rationales().keySet()));
        }
        return new GivenPapersRetriever(papers);
    }

    /**
     * Asks every claim through {@code answers} and scores the quotes.
     *
     * @param answers over the full retriever (open) or {@link #oracle} (oracle)
     * @param setting {@code open} or {@code oracle}, for the report
     */
    public static Summary run(List<SciFactClaims.Claim> claims, AnswerService answers, int k, String setting)
            throws IOException {
        Map<String, RationaleScore> scores = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String part : List.of("all", "train", "heldout")) {
            scores.put(part, new RationaleScore());
            counts.put(part, new int[3]);
        }
        for (SciFactClaims.Claim c : claims) {
            Answer answer = answers.ask(new AskRequest(c.claim(), k, null, null));
            Set<RationaleScore.Quote> quotes = new LinkedHashSet<>();
            for (Citation citation : answer.citations()) {
                quotes.add(new RationaleScore.Quote(citation.paperId(), citation.quote()));
            }
            LabelledQuestion q = LabelledQuestion.of(List.of(c)).getFirst();
            for (String part : List.of("all", c.heldout() ? "heldout" : "train")) {
                scores.get(part).add(q, new ArrayList<>(quotes));
                int[] n = counts.get(part);
                n[0]++;
                n[1] += c.rationales().isEmpty() ? 0 : 1;
                n[2] += answer.abstained() ? 1 : 0;
            }
        }
        Function<String, Scores> of = part -> {
            RationaleScore s = scores.get(part);
            int[] n = counts.get(part);
            return new Scores(n[0], n[1], s.quoted(), s.gold(), n[2], s.precision(), s.recall(), s.f1());
        };
        Map<String, Scores> parts = new LinkedHashMap<>();
        for (String part : scores.keySet()) {
            if (counts.get(part)[0] > 0) {
                parts.put(part, of.apply(part));
            }
        }
        return new Summary(
                setting, k, "lenient: a quote counts when it lies in any gold rationale of a gold abstract", parts);
    }
}
