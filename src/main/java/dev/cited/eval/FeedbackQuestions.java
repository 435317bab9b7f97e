package dev.cited.eval;

import dev.cited.history.Feedback;
import dev.cited.history.RatedTurn;
import dev.cited.history.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feedback turned into evaluation material: thumbs-down answers as a question set in the format
 * {@code cited eval questions} reads ({@link Question}), and a summary by model and outcome.
 */
public final class FeedbackQuestions {

    private FeedbackQuestions() {}

    /**
     * One question-set line per thumbs-down turn, oldest feedback first: {@code id} ({@code
     * fb-<conversation>-<turn>}), {@code split} {@code dev}, {@code kind} {@code feedback}, {@code
     * question} (the standalone question, so it reads without the conversation), {@code
     * answerable} true and {@code relevant} empty (for a person to fill in; {@code eval
     * questions} scores retrieval only against it), and what the reviewer needs: {@code asked} (the
     * question as asked), {@code cited} (the papers the bad answer cited), {@code comment}, {@code
     * model}, {@code outcome}.
     */
    public static List<Map<String, Object>> questions(List<RatedTurn> rated) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RatedTurn r : rated) {
            Turn t = r.turn();
            if (t.feedback().rating() != Feedback.Rating.DOWN) {
                continue;
            }
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", "fb-" + t.conversationId() + "-" + t.n());
            q.put("split", "dev");
            q.put("kind", "feedback");
            q.put("question", t.content().standalone());
            q.put("answerable", true);
            q.put("relevant", List.of());
            q.put("asked", t.content().question());
            q.put("cited", t.content().cited());
            q.put("comment", t.feedback().comment());
            q.put("model", t.content().model());
            q.put("outcome", t.content().outcome());
            out.add(q);
        }
        return out;
    }

    /** Up and down votes for one model and outcome. */
    public record Tally(String model, String outcome, int up, int down) {}

    /** Votes by model, then outcome, in name order. */
    public static List<Tally> report(List<RatedTurn> rated) {
        Map<String, int[]> counts = new TreeMap<>();
        for (RatedTurn r : rated) {
            Turn t = r.turn();
            int[] c = counts.computeIfAbsent(
                    t.content().model() + "\t" + t.content().outcome(), k -> new int[2]);
            c[t.feedback().rating() == Feedback.Rating.UP ? 0 : 1]++;
        }
        List<Tally> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\t", 2);
            out.add(new Tally(parts[0], parts[1], c[0], c[1]));
        });
        return out;
    }
}
