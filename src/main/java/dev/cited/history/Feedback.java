package dev.cited.history;

import java.time.Instant;
import java.util.Locale;

/**
 * A user's verdict on one answer.
 *
 * @param rating up or down
 * @param comment what the user said, or null
 * @param at when it was given
 */
public record Feedback(Rating rating, String comment, Instant at) {

    /** Longest comment kept, in characters. */
    public static final int MAX_COMMENT = 2_000;

    public Feedback {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException(
                    "comment is " + comment.length() + " characters, at most " + MAX_COMMENT + " allowed");
        }
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
    }

    /** Thumbs up or down; stored as +1 and -1. */
    public enum Rating {
        UP(1),
        DOWN(-1);

        private final int value;

        Rating(int value) {
            this.value = value;
        }

        /** +1 or -1. */
        public int value() {
            return value;
        }

        /** "up" or "down". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Rating of(int value) {
            return value > 0 ? UP : DOWN;
        }

        /** The rating named "up" or "down". @throws IllegalArgumentException for anything else */
        public static Rating parse(String s) {
            return switch (s == null ? "" : s) {
                case "up" -> UP;
                case "down" -> DOWN;
                default -> throw new IllegalArgumentException("illegal rating '" + s + "', must be up or down");
            };
        }
    }
}
