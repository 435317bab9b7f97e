package dev.cited.check;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CitationChecker} decided about one claim of a reply, as data: where the claim is in
 * the reply, which source numbers it carried, which of them were kept as supported, and why the
 * others were removed. Independent of how the reply was cut into claims: any cutting that yields
 * spans of the original reply produces the same kind of judgement.
 *
 * <p>A claim that carried no marker (a sentence the checker dropped as uncited) has empty {@code
 * markers} and {@code kept}. A claim is shown in the checked answer exactly when {@code kept} is
 * not empty.
 *
 * @param start offset of the claim's first character in the original reply
 * @param end offset just after the claim's last marker (after its text when it carried none), so
 *     {@code reply.substring(start, end)} is the claim as written, markers included
 * @param markers the source numbers the claim carried, in order of first appearance, each once
 * @param kept the markers kept as supported, in order
 * @param removed why each other marker was removed, in order
 * @param unverifiedQuotes quoted text found in no version of a cited paper; shown without quote
 *     marks and supporting nothing
 * @param reported whether the checker gave a warning while judging this claim (an uncited sentence
 *     is reported unless it is the extractive answerer's own "no answer" sentence)
 */
public record Judgement(
        int start,
        int end,
        List<Integer> markers,
        List<Integer> kept,
        List<Removal> removed,
        List<String> unverifiedQuotes,
        boolean reported) {

    /** Why a marker was removed. */
    public enum Reason {
        /** The number names no source. */
        NO_SOURCE,
        /** The source exists but does not support the claim (or its quotes). */
        NOT_SUPPORTED
    }

    /** A removed marker and why. */
    public record Removal(int marker, Reason reason) {
        public Removal {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @throws IllegalArgumentException when the span is empty or negative
     */
    public Judgement {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("illegal claim span [" + start + ", " + end + ")");
        }
        markers = List.copyOf(markers);
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
        unverifiedQuotes = List.copyOf(unverifiedQuotes);
    }

    /** Whether the claim is shown in the checked answer (it kept at least one marker). */
    public boolean shown() {
        return !kept.isEmpty();
    }

    /** How many characters of {@code [from, to)} this claim's span covers. */
    public int overlap(int from, int to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
