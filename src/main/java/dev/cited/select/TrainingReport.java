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
        return out.toString();
    }
}
