package dev.cited.eval;

import dev.cited.check.CitationChecker;
import dev.cited.check.Judgement;
import dev.cited.check.NumberedSources;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays hand-labelled model answers ({@link LabelledAnswer}) through the real {@link
 * CitationChecker} and compares its decisions, read from its {@link Judgement judgements}, with the
 * labels.
 *
 * <p>A labelled statement's span is where its text occurs in the answer. A judgement <em>covers</em>
 * a statement when it overlaps more than half of the statement's span. A statement is <em>shown
 * with a citation</em> when a covering judgement kept at least one marker, and <em>reported</em>
 * when a covering judgement gave a warning. Deterministic: same file, same checker, same report.
 */
public final class CitationEvaluation {

    /** What the checker did with one labelled statement. */
    record StatementResult(LabelledAnswer.Statement statement, boolean shown, boolean reported, String checker) {}

    /** What the checker did with one labelled answer. */
    record Replayed(
            LabelledAnswer answer,
            boolean abstained,
            List<StatementResult> statements,
            String checker,
            List<String> warnings) {}

    private CitationEvaluation() {}

    /**
     * Checks every answer against its sources and tallies the results.
     *
     * @param papers looks a paper up by id
     * @throws IllegalArgumentException naming the record and the id when a source id is unknown
     */
    public static CitationReport run(
            List<LabelledAnswer> answers, Function<String, Optional<Paper>> papers, CitationChecker checker) {
        List<Replayed> replayed = new ArrayList<>();
        for (LabelledAnswer a : answers) {
            CitationChecker.Checked checked = checker.check(a.question(), a.answer(), sources(a, papers));
            List<Judgement> js = checked.judgements();
            List<StatementResult> results = new ArrayList<>();
            for (LabelledAnswer.Statement s : a.statements()) {
                int start = a.start(s);
                int end = start + s.text().length();
                results.add(new StatementResult(
                        s, shownWithCitation(start, end, js), reported(start, end, js), describe(start, end, js)));
            }
            String did = checked.supported()
                    ? "answered, citing "
                            + checked.citations().stream()
                                    .map(c -> "[" + c.n() + "]")
                                    .distinct()
                                    .collect(Collectors.joining())
                    : "abstained";
            replayed.add(new Replayed(a, !checked.supported(), results, did, checked.warnings()));
        }
        return CitationReport.of(replayed);
    }

    /** The record's sources, numbered 1, 2, ... in the order given. */
    static NumberedSources sources(LabelledAnswer a, Function<String, Optional<Paper>> papers) {
        List<Paper> found = new ArrayList<>();
        List<PaperHit> hits = new ArrayList<>();
        for (String id : a.sources()) {
            Paper p = papers.apply(id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "labelled answer " + a.id() + ": unknown paper id '" + id + "' in sources (corpus "
                                    + a.corpus() + "); is --corpus the collection it was written for?"));
            found.add(p);
            int rank = found.size();
            hits.add(new PaperHit(p.id(), rank, 1, new ScoreBreakdown(null, null, null, null, 1.0 / rank)));
        }
        return new NumberedSources(found, hits);
    }

    /** Whether a judgement covering most of {@code [start, end)} kept at least one marker. */
    static boolean shownWithCitation(int start, int end, List<Judgement> judgements) {
        return judgements.stream().anyMatch(j -> covers(j, start, end) && j.shown());
    }

    /** Whether a judgement covering most of {@code [start, end)} gave a warning. */
    static boolean reported(int start, int end, List<Judgement> judgements) {
        return judgements.stream().anyMatch(j -> covers(j, start, end) && j.reported());
    }

    /** Whether {@code j} overlaps more than half of {@code [start, end)}. */
    static boolean covers(Judgement j, int start, int end) {
        return 2L * j.overlap(start, end) > end - start;
    }

    /**
     * What the checker did with the claims covering {@code [start, end)} (when none does, with
     * those overlapping it, marked "partly"), for a reader.
     */
    static String describe(int start, int end, List<Judgement> judgements) {
        List<Judgement> covering =
                judgements.stream().filter(j -> covers(j, start, end)).toList();
        List<Judgement> shown = covering.isEmpty()
                ? judgements.stream().filter(j -> j.overlap(start, end) > 0).toList()
                : covering;
        List<String> parts = new ArrayList<>();
        for (Judgement j : shown) {
            StringBuilder sb = new StringBuilder(covering.isEmpty() ? "partly: " : "");
            if (j.markers().isEmpty()) {
                sb.append("dropped as uncited");
            } else {
                sb.append(j.shown() ? "kept " + markers(j.kept()) : "dropped");
                for (Judgement.Removal r : j.removed()) {
                    sb.append(", removed [")
                            .append(r.marker())
                            .append("] (")
                            .append(r.reason() == Judgement.Reason.NO_SOURCE ? "no such source" : "not supported")
                            .append(')');
                }
            }
            if (!j.unverifiedQuotes().isEmpty()) {
                sb.append(", quote not verified");
            }
            if (j.reported()) {
                sb.append(", warned");
            } else if (!j.shown()) {
                sb.append(", without a warning");
            }
            parts.add(sb.toString());
        }
        return parts.isEmpty() ? "not considered" : String.join("; ", parts);
    }

    private static String markers(List<Integer> ns) {
        return ns.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }
}
