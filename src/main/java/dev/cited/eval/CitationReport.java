package dev.cited.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What {@link CitationEvaluation} measured: counts per corpus and style and per corpus and split,
 * and every statement the checker got wrong.
 *
 * @param rows per corpus (in file order): one row per style (split {@code all}), one per split
 *     (style {@code all}), and the corpus total (both {@code all}); with several corpora, a last
 *     row over everything (corpus {@code all})
 * @param misses faithful statements not shown with a citation, faults shown with one, {@code
 *     no_claim} statements shown or warned about, and declined answers not reported as
 *     abstentions; in file order
 */
public record CitationReport(
        @JsonProperty("rows") List<Row> rows,
        @JsonProperty("misses") List<Miss> misses) {

    /** {@code n} of {@code of}. */
    public record Count(
            @JsonProperty("n") int n, @JsonProperty("of") int of) {
        /** {@code n / of}, or 0 when {@code of} is 0. */
        public double rate() {
            return of == 0 ? 0 : n / (double) of;
        }
    }

    /**
     * The counts for one group of answers.
     *
     * @param faithfulShown faithful statements shown with a citation, of all faithful ones
     * @param faultsShown faulty statements shown with a citation, of all faulty ones (lower is better)
     * @param faultKinds the same per kind of fault, by kind name
     * @param noClaimQuiet {@code no_claim} statements removed without a warning, of all
     * @param declinedAbstained answers labelled declined that the checker turned into abstentions
     */
    public record Row(
            @JsonProperty("corpus") String corpus,
            @JsonProperty("style") String style,
            @JsonProperty("split") String split,
            @JsonProperty("answers") int answers,
            @JsonProperty("faithful_shown") Count faithfulShown,
            @JsonProperty("faults_shown") Count faultsShown,
            @JsonProperty("fault_kinds") SortedMap<String, Count> faultKinds,
            @JsonProperty("no_claim_quiet") Count noClaimQuiet,
            @JsonProperty("declined_abstained") Count declinedAbstained) {}

    /**
     * A statement (or a declined answer, with statement {@code null}) the checker got wrong.
     *
     * @param label {@code faithful}, {@code fault:<kind>}, {@code no_claim} or {@code declined}
     * @param checker what the checker did, for a reader
     * @param warnings the checker's warnings about this statement (those that quote its
     *     beginning), which say why a citation was removed; for a declined answer, all of them
     */
    public record Miss(
            @JsonProperty("id") String id,
            @JsonProperty("statement") String statement,
            @JsonProperty("label") String label,
            @JsonProperty("checker") String checker,
            @JsonProperty("warnings") List<String> warnings) {}

    static CitationReport of(List<CitationEvaluation.Replayed> replayed) {
        List<Row> rows = new ArrayList<>();
        SequencedSet<String> corpora = distinct(replayed, r -> r.answer().corpus());
        for (String corpus : corpora) {
            List<CitationEvaluation.Replayed> in = replayed.stream()
                    .filter(r -> r.answer().corpus().equals(corpus))
                    .toList();
            for (String style : distinct(in, r -> r.answer().style())) {
                rows.add(row(corpus, style, "all", in, r -> r.answer().style().equals(style)));
            }
            for (String split : distinct(in, r -> r.answer().split())) {
                rows.add(row(corpus, "all", split, in, r -> r.answer().split().equals(split)));
            }
            rows.add(row(corpus, "all", "all", in, r -> true));
        }
        if (corpora.size() > 1) {
            rows.add(row("all", "all", "all", replayed, r -> true));
        }
        return new CitationReport(List.copyOf(rows), misses(replayed));
    }

    private static SequencedSet<String> distinct(
            List<CitationEvaluation.Replayed> replayed, Function<CitationEvaluation.Replayed, String> key) {
        SequencedSet<String> out = new LinkedHashSet<>();
        replayed.forEach(r -> out.add(key.apply(r)));
        return out;
    }

    private static Row row(
            String corpus,
            String style,
            String split,
            List<CitationEvaluation.Replayed> replayed,
            Predicate<CitationEvaluation.Replayed> in) {
        int answers = 0;
        int[] faithful = new int[2];
        int[] faults = new int[2];
        int[] noClaim = new int[2];
        int[] declined = new int[2];
        SortedMap<String, int[]> kinds = new TreeMap<>();
        for (CitationEvaluation.Replayed r : replayed) {
            if (!in.test(r)) {
                continue;
            }
            answers++;
            if (r.answer().declined()) {
                add(declined, r.abstained());
            }
            for (CitationEvaluation.StatementResult s : r.statements()) {
                switch (s.statement().label()) {
                    case "faithful" -> add(faithful, s.shown());
                    case "fault" -> {
                        add(faults, s.shown());
                        add(kinds.computeIfAbsent(s.statement().fault(), k -> new int[2]), s.shown());
                    }
                    default -> add(noClaim, !s.shown() && !s.reported());
                }
            }
        }
        SortedMap<String, Count> faultKinds = new TreeMap<>();
        kinds.forEach((k, v) -> faultKinds.put(k, count(v)));
        return new Row(
                corpus,
                style,
                split,
                answers,
                count(faithful),
                count(faults),
                faultKinds,
                count(noClaim),
                count(declined));
    }

    private static List<Miss> misses(List<CitationEvaluation.Replayed> replayed) {
        List<Miss> out = new ArrayList<>();
        for (CitationEvaluation.Replayed r : replayed) {
            String id = r.answer().id();
            if (r.answer().declined() && !r.abstained()) {
                out.add(new Miss(id, null, "declined", r.checker(), r.warnings()));
            }
            for (CitationEvaluation.StatementResult s : r.statements()) {
                String label = s.statement().label();
                boolean miss = switch (label) {
                    case "faithful" -> !s.shown();
                    case "fault" -> s.shown();
                    default -> s.shown() || s.reported();
                };
                if (miss) {
                    out.add(new Miss(
                            id,
                            s.statement().text(),
                            label.equals("fault") ? "fault:" + s.statement().fault() : label,
                            s.checker(),
                            about(s.statement().text(), r.warnings())));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The warnings that quote the beginning of {@code statement}. */
    private static List<String> about(String statement, List<String> warnings) {
        String start = statement.strip();
        start = start.substring(0, Math.min(30, start.length()));
        String beginning = start;
        return warnings.stream().filter(w -> w.contains(beginning)).toList();
    }

    private static void add(int[] count, boolean hit) {
        count[0] += hit ? 1 : 0;
        count[1]++;
    }

    private static Count count(int[] c) {
        return new Count(c[0], c[1]);
    }
}
