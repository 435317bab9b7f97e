package dev.cited.select;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The training report of a {@link SelectorModel}, rendered for people (the JSON form is kept in the model file). */
final class TrainingReport {

    private TrainingReport() {}

    static String text(JsonNode report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "trained on %d questions, calibrated on %d, held out %d (seed %d, k %d, lambda %s)%n",
                report.path("questions_fit").asInt(),
                report.path("questions_calibration").asInt(),
                report.path("questions_heldout").asInt(),
                report.path("seed").asLong(),
                report.path("k").asInt(),
                report.path("lambda").asText()));
        out.append("weights (per standard deviation of the feature):\n");
        report.path("weights")
                .properties()
                .forEach(e -> out.append(String.format(
                        Locale.ROOT, "  %-14s %8.4f%n", e.getKey(), e.getValue().asDouble())));
        out.append("sentence metrics:\n");
        report.path("sentence_metrics")
                .properties()
                .forEach(e -> out.append(String.format(
                        Locale.ROOT, "  %-19s %s%n", e.getKey(), e.getValue().toString())));
        out.append("choice: ").append(report.path("choice").toString()).append('\n');
        out.append("rationales calibration: ")
                .append(report.path("rationales_calibration").toString())
                .append('\n');
        out.append("rationales heldout:     ")
                .append(report.path("rationales_heldout").toString())
                .append('\n');
        out.append("abstention on held-out questions (refuse when no candidate is gold):\n");
        for (JsonNode p : report.path("abstention_heldout")) {
            out.append(String.format(
                    Locale.ROOT,
                    "  below %.2f: abstains on %d, precision %.3f, recall %.3f%n",
                    p.path("threshold").asDouble(),
                    p.path("abstained").asInt(),
                    p.path("precision").asDouble(),
                    p.path("recall").asDouble()));
        }
        JsonNode a = report.path("answerability");
        if (!a.isMissingNode()) {
            out.append(String.format(
                    Locale.ROOT,
                    "answerability (%d tuning questions, %d held out): answer when p >= %.3f (%s)%n",
                    a.path("questions_tuning").asInt(),
                    a.path("questions_heldout").asInt(),
                    a.path("answer_above").asDouble(),
                    a.path("rule").asText()));
            out.append("answerability weights (per standard deviation of the feature):\n");
            a.path("weights")
                    .properties()
                    .forEach(e -> out.append(String.format(
                            Locale.ROOT,
                            "  %-19s %8.4f%n",
                            e.getKey(),
                            e.getValue().asDouble())));
            for (String part : new String[] {"tuning", "heldout"}) {
                out.append("answerability per data set, ")
                        .append(part)
                        .append(" (refused of answerable, refused of unanswerable):\n");
                a.path("groups_" + part)
                        .properties()
                        .forEach(e -> out.append(String.format(
                                Locale.ROOT,
                                "  %-22s %4d of %4d   %4d of %4d%n",
                                e.getKey(),
                                e.getValue().path("answerable_refused").asInt(),
                                e.getValue().path("answerable").asInt(),
                                e.getValue().path("unanswerable_refused").asInt(),
                                e.getValue().path("unanswerable").asInt())));
                out.append("answerability curve, ").append(part).append(":\n");
                for (JsonNode p : a.path("curve_" + part)) {
                    out.append(String.format(
                            Locale.ROOT,
                            "  below %.3f%s: refuses %d, precision %.3f, recall %.3f, answerable refused %.3f%n",
                            p.path("threshold").asDouble(),
                            p.path("chosen").asBoolean() ? " (chosen)" : "",
                            p.path("refused").asInt(),
                            p.path("precision").asDouble(),
                            p.path("recall").asDouble(),
                            p.path("answerable_refused").asDouble()));
                }
            }
        }
        return out.toString();
    }
}
