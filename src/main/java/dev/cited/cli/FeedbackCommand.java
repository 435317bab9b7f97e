package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.eval.FeedbackQuestions;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.history.RatedTurn;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited feedback export|report}: what users said about answers, from the history database. */
@Command(
        name = "feedback",
        description = "Export or summarise the thumbs up/down users gave answers.",
        mixinStandardHelpOptions = true,
        subcommands = {FeedbackCommand.Export.class, FeedbackCommand.Report.class})
public final class FeedbackCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the history is: {@code --database}, {@code CITED_DATABASE_URL}, or the SQLite file of {@code --index}. */
    static final class Source {
        @Mixin
        HistoryOptions history;

        @Option(
                names = "--index",
                paramLabel = "DIR",
                description = "The index folder whose history.sqlite to read (default: the bundled collection's).")
        Path index;

        @Option(
                names = "--since",
                paramLabel = "TIME",
                description = "Only feedback given at or after TIME: a date (2026-12-01, UTC) or an instant.")
        String since;

        History open() {
            if (history.location() != null) {
                return HistoryDatabase.open(history.location());
            }
            Path dir = index != null
                    ? index
                    : CommandLine.populateCommand(new CollectionOptions())
                            .settings()
                            .indexDir();
            return HistoryDatabase.sqlite(dir.resolve(HistoryDatabase.SQLITE_FILE));
        }

        List<RatedTurn> rated() {
            try (History h = open()) {
                return h.rated(since());
            }
        }

        Instant since() {
            if (since == null) {
                return null;
            }
            try {
                return since.contains("T")
                        ? Instant.parse(since)
                        : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("illegal --since '" + since
                        + "': use a date such as 2026-12-01 or an instant such as" + " 2026-12-01T10:00:00Z");
            }
        }
    }

    /** {@code cited feedback export --format questions}: thumbs-down answers as an {@code eval questions} set. */
    @Command(
            name = "export",
            description = "Print the thumbs-down answers as a question set (JSON lines) for `cited eval questions`.",
            mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "questions",
                description = "questions (default): one eval question per thumbs-down answer.")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!format.equals("questions")) {
                throw new IllegalArgumentException("illegal --format '" + format + "': only 'questions' is supported");
            }
            List<Map<String, Object>> questions = FeedbackQuestions.questions(source.rated());
            PrintWriter out = spec.commandLine().getOut();
            for (Map<String, Object> q : questions) {
                out.println(JSON.writeValueAsString(q));
            }
            out.flush();
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "%d thumbs-down answers exported; fill in 'relevant' and 'answer_terms' before using them"
                                    + " as regression questions%n",
                            questions.size());
            return 0;
        }
    }

    /** {@code cited feedback report}: votes by model and outcome. */
    @Command(name = "report", description = "Summarise feedback by model and outcome.", mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(names = "--json", description = "Print exactly one JSON object.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<FeedbackQuestions.Tally> tallies = FeedbackQuestions.report(source.rated());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(Map.of("by_model_and_outcome", tallies)));
            } else {
                out.printf(Locale.ROOT, "%-24s %-10s %6s %6s %7s%n", "model", "outcome", "up", "down", "down %");
                for (FeedbackQuestions.Tally t : tallies) {
                    out.printf(
                            Locale.ROOT,
                            "%-24s %-10s %6d %6d %6.1f%%%n",
                            t.model(),
                            t.outcome(),
                            t.up(),
                            t.down(),
                            100.0 * t.down() / Math.max(1, t.up() + t.down()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
