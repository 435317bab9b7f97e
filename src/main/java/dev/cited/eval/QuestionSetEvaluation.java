package dev.cited.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.check.Citation;
import dev.cited.index.PaperLookup;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.Statistics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a question set through retrieval and answering and scores both. */
public final class QuestionSetEvaluation {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    /** What happened to one question. */
    public record Outcome(
            @JsonProperty("id") String id,
            @JsonProperty("kind") String kind,
            @JsonProperty("type") String type,
            @JsonProperty("answerable") boolean answerable,
            @JsonProperty("abstained") boolean abstained,
            @JsonProperty("recall_at_k") double recallAtK,
            @JsonProperty("reciprocal_rank") double reciprocalRank,
            @JsonProperty("term_hit") double termHit,
            @JsonProperty("fact_present") boolean factPresent,
            @JsonProperty("relevant_cited") boolean relevantCited,
            @JsonProperty("citations") int citations,
            @JsonProperty("valid_citations") int validCitations,
            @JsonProperty("markers_resolve") boolean markersResolve,
            @JsonProperty("versions_cited") int versionsCited,
            @JsonProperty("answer") String answer) {}

    /**
     * One group of questions (a kind, or a type): how many, how many of its answerable ones have
     * the fact in the answer and cite a relevant paper, how many of its questions were refused.
     */
    public record Group(
            @JsonProperty("group") String group,
            @JsonProperty("questions") int questions,
            @JsonProperty("answerable") int answerable,
            @JsonProperty("fact_present") int factPresent,
            @JsonProperty("relevant_cited") int relevantCited,
            @JsonProperty("abstained") int abstained) {

        static Group of(String name, List<Outcome> outcomes) {
            return new Group(
                    name,
                    outcomes.size(),
                    (int) outcomes.stream().filter(Outcome::answerable).count(),
                    (int) outcomes.stream().filter(Outcome::factPresent).count(),
                    (int) outcomes.stream()
                            .filter(o -> o.answerable() && o.relevantCited())
                            .count(),
                    (int) outcomes.stream().filter(Outcome::abstained).count());
        }
    }

    /** Averages over a question set. */
    public record Summary(
            @JsonProperty("questions") int questions,
            @JsonProperty("answerable") int answerable,
            @JsonProperty("recall_at_k") double recallAtK,
            @JsonProperty("k") int k,
            @JsonProperty("mrr") double mrr,
            @JsonProperty("answer_term_hit_rate") double termHitRate,
            @JsonProperty("fact_present_rate") double factPresentRate,
            @JsonProperty("relevant_cited_rate") double relevantCitedRate,
            @JsonProperty("citation_validity") double citationValidity,
            @JsonProperty("abstention_precision") double abstentionPrecision,
            @JsonProperty("abstention_recall") double abstentionRecall,
            @JsonProperty("versions_surfaced_rate") double versionsSurfacedRate,
            @JsonProperty("median_ask_ms") double medianAskMs,
            @JsonProperty("by_kind") List<Group> byKind,
            @JsonProperty("by_type") List<Group> byType,
            @JsonProperty("outcomes") List<Outcome> outcomes) {}

    private QuestionSetEvaluation() {}

    /** Runs every question; {@code model} is the profile to answer with, or null for the default. */
    public static Summary run(
            List<Question> questions,
            Retriever retriever,
            AnswerService answers,
            PaperLookup index,
            int k,
            String model)
            throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        List<Double> askMs = new ArrayList<>();
        for (Question q : questions) {
            Set<String> relevant = new HashSet<>(q.relevant());
            List<String> ranked = new ArrayList<>();
            for (PaperHit hit : retriever.search(q.question(), Math.max(k, 10))) {
                Paper p = index.paper(hit.paperId()).orElseThrow();
                ranked.add(relevant.contains(p.arxivId()) ? p.arxivId() : p.id());
            }
            Answer a = answers.ask(new AskRequest(q.question(), AnswerService.DEFAULT_K, model, null));
            askMs.add(a.timings().total());
            String text = a.answer().toLowerCase(Locale.ROOT);
            long termsFound = q.answerTerms().stream()
                    .filter(t -> text.contains(t.toLowerCase(Locale.ROOT)))
                    .count();
            double termHit = q.answerTerms().isEmpty()
                    ? 0
                    : termsFound / (double) q.answerTerms().size();
            int valid = 0;
            boolean relevantCited = false;
            Set<String> versions = new HashSet<>();
            for (Citation c : a.citations()) {
                if (valid(c, a, index)) {
                    valid++;
                }
                if (relevant.contains(c.paperId()) || (c.arxivId() != null && relevant.contains(c.arxivId()))) {
                    relevantCited = true;
                    versions.add(c.paperId() + "#" + c.version());
                }
            }
            Set<Integer> cited = new HashSet<>();
            a.citations().forEach(c -> cited.add(c.n()));
            boolean markersResolve = true;
            Matcher m = MARKER.matcher(a.answer());
            while (m.find()) {
                markersResolve &= !a.abstained() && cited.contains(Integer.parseInt(m.group(1)));
            }
            outcomes.add(new Outcome(
                    q.id(),
                    q.kind(),
                    q.type(),
                    q.answerable(),
                    a.abstained(),
                    RankingMetrics.recall(ranked, relevant, k),
                    RankingMetrics.reciprocalRank(ranked, relevant),
                    a.abstained() ? 0 : termHit,
                    q.answerable() && !a.abstained() && termsFound > 0,
                    relevantCited,
                    a.citations().size(),
                    valid,
                    markersResolve,
                    versions.size(),
                    a.answer()));
        }
        return summarize(outcomes, k, askMs);
    }

    /** The citation's paper is one of the answer's sources and its quote is verbatim in the cited version. */
    private static boolean valid(Citation c, Answer a, PaperLookup index) throws IOException {
        boolean numbered =
                a.sources().stream().anyMatch(s -> s.n() == c.n() && s.paperId().equals(c.paperId()));
        Paper p = index.paper(c.paperId()).orElse(null);
        return numbered
                && p != null
                && c.version() != null
                && c.version() >= 1
                && c.version() <= p.versions().size()
                && p.version(c.version()).text().contains(c.quote());
    }

    private static Summary summarize(List<Outcome> outcomes, int k, List<Double> askMs) {
        List<Outcome> answerable = outcomes.stream().filter(Outcome::answerable).toList();
        List<Outcome> abstained = outcomes.stream().filter(Outcome::abstained).toList();
        long unanswerable = outcomes.size() - answerable.size();
        long citations = outcomes.stream().mapToLong(Outcome::citations).sum();
        long valid = outcomes.stream()
                .mapToLong(o -> o.markersResolve() ? o.validCitations() : 0)
                .sum();
        List<Outcome> versionQs =
                outcomes.stream().filter(o -> o.kind().equals("versions")).toList();
        return new Summary(
                outcomes.size(),
                answerable.size(),
                mean(answerable.stream().mapToDouble(Outcome::recallAtK).toArray()),
                k,
                mean(answerable.stream().mapToDouble(Outcome::reciprocalRank).toArray()),
                mean(answerable.stream().mapToDouble(Outcome::termHit).toArray()),
                mean(answerable.stream()
                        .mapToDouble(o -> o.factPresent() ? 1 : 0)
                        .toArray()),
                mean(answerable.stream()
                        .mapToDouble(o -> o.relevantCited() ? 1 : 0)
                        .toArray()),
                citations == 0 ? 1 : valid / (double) citations,
                abstained.isEmpty()
                        ? 1
                        : abstained.stream().filter(o -> !o.answerable()).count() / (double) abstained.size(),
                unanswerable == 0
                        ? 1
                        : abstained.stream().filter(o -> !o.answerable()).count() / (double) unanswerable,
                versionQs.isEmpty()
                        ? 1
                        : versionQs.stream().filter(o -> o.versionsCited() >= 2).count() / (double) versionQs.size(),
                askMs.isEmpty() ? 0 : Statistics.median(askMs),
                groups(outcomes, Outcome::kind),
                groups(outcomes, Outcome::type),
                outcomes);
    }

    /** The outcomes grouped by {@code key}, groups in order of first appearance; "" keys left out. */
    private static List<Group> groups(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, List<Outcome>> by = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!key.apply(o).isEmpty()) {
                by.computeIfAbsent(key.apply(o), g -> new ArrayList<>()).add(o);
            }
        }
        List<Group> out = new ArrayList<>();
        by.forEach((name, members) -> out.add(Group.of(name, members)));
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
