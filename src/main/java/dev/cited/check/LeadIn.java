package dev.cited.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cited statement that introduces a list ("All four sources describe a public release [1-4]:",
 * "**What the numbers show** [1]:"): it names what the items below it say rather than saying it
 * itself. When no sentence of a cited paper supports it, it may stand with the citations its
 * items keep, as long as it states no finding of its own (no negation, no direction word such
 * as "increases"; those must be supported like any claim). Pure.
 */
final class LeadIn {

    private LeadIn() {}

    /**
     * The statements of {@code reply} that introduce a list: the last statement of a paragraph,
     * ending with a colon, with a list item right after the paragraph; each with the statements
     * of the list items that follow it.
     */
    static Map<Reply.Statement, List<Reply.Statement>> of(Reply reply) {
        Map<Reply.Statement, List<Reply.Statement>> out = new LinkedHashMap<>();
        List<Reply.Block> blocks = reply.blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Reply.Block b = blocks.get(i);
            if (!b.kind().claims() || b.statements().isEmpty() || !isItem(blocks.get(i + 1))) {
                continue;
            }
            Reply.Statement last = b.statements().getLast();
            if (!last.text().strip().endsWith(":")) {
                continue;
            }
            List<Reply.Statement> items = new ArrayList<>();
            for (int k = i + 1; k < blocks.size() && isItem(blocks.get(k)); k++) {
                items.addAll(blocks.get(k).statements());
            }
            out.put(last, items);
        }
        return out;
    }

    /**
     * The markers of {@code leadIn} that one of its {@code items} kept ({@code kept}: the markers
     * each shown statement kept), in the lead-in's order; empty when it states a finding of its own.
     */
    static List<Integer> backed(
            Reply.Statement leadIn, List<Reply.Statement> items, Map<Reply.Statement, List<Integer>> kept) {
        String text = leadIn.text();
        if (NegationCues.NEGATIONS.matcher(text).find() || PolarityLexicon.hasDirection(text)) {
            return List.of();
        }
        return leadIn.markers().stream()
                .filter(n -> items.stream()
                        .anyMatch(s -> kept.getOrDefault(s, List.of()).contains(n)))
                .distinct()
                .toList();
    }

    private static boolean isItem(Reply.Block b) {
        return b.kind() == Reply.Kind.BULLET_ITEM || b.kind() == Reply.Kind.NUMBERED_ITEM;
    }
}
