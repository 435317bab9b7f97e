package dev.cited.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.cited.history.Feedback;
import dev.cited.history.History;
import dev.cited.history.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Thumbs up or down on a posted Slack answer, recorded as that turn's feedback: the adapter
 * remembers which turn each answer message holds (in memory, bounded, for {@link #POSTED_FOR});
 * after a restart older answers take no reactions.
 */
final class SlackReactions {

    /**
     * Answers whose message can still take a reaction: far more than a team asks in a month; at
     * about 200 bytes each, some 20 MB.
     */
    static final int POSTED_SIZE = 100_000;

    /** How long a posted answer takes reactions as feedback. */
    static final Duration POSTED_FOR = Duration.ofDays(30);

    /** The turn a posted answer message holds, and who asked it. */
    private record PostedAnswer(String owner, String conversationId, int turn) {}

    /** Posted answer messages ({@code channel:ts}) to their turns, for reactions. */
    private final Cache<String, PostedAnswer> posted = Caffeine.newBuilder()
            .maximumSize(POSTED_SIZE)
            .expireAfterWrite(POSTED_FOR)
            .build();

    private volatile History history;
    private volatile Consumer<String> feedbackCounted = rating -> {};

    /** From now on, reactions are recorded in {@code history} and each counted by its rating id. */
    void recordIn(History history, Consumer<String> counted) {
        this.history = history;
        this.feedbackCounted = counted;
    }

    /**
     * Remembers that message {@code ts} in {@code channel} holds the last turn of {@code
     * conversation}, so a reaction to it can be recorded as feedback; nothing when the post
     * failed or there is no history.
     */
    void remember(String channel, String ts, String owner, String conversation) {
        History h = history;
        if (ts == null || h == null) {
            return;
        }
        List<Turn> last = h.lastTurns(conversation, 1);
        if (!last.isEmpty()) {
            posted.put(
                    channel + ":" + ts,
                    new PostedAnswer(owner, conversation, last.getLast().n()));
        }
    }

    /**
     * Records a thumbs up ({@code +1}, {@code thumbsup}) or down ({@code -1}, {@code thumbsdown},
     * any skin tone) on a posted answer as that turn's feedback, when the user who reacted is the
     * one who asked ({@code reactor}, as {@link SlackAdapter#owner}); any other reaction, message or user is ignored.
     */
    void react(String reactor, ReactionAddedEvent e) {
        Feedback.Rating rating = rating(e.getReaction());
        PostedAnswer answer =
                posted.getIfPresent(e.getItem().getChannel() + ":" + e.getItem().getTs());
        History h = history;
        if (rating == null || answer == null || h == null || !answer.owner().equals(reactor)) {
            return;
        }
        if (h.feedback(
                answer.owner(), answer.conversationId(), answer.turn(), new Feedback(rating, null, Instant.now()))) {
            feedbackCounted.accept(rating.id());
        }
    }

    /** The rating a reaction name stands for, or null. */
    static Feedback.Rating rating(String reaction) {
        String name = reaction == null ? "" : reaction.replaceFirst("::skin-tone-\\d$", "");
        return switch (name) {
            case "+1", "thumbsup" -> Feedback.Rating.UP;
            case "-1", "thumbsdown" -> Feedback.Rating.DOWN;
            default -> null;
        };
    }
}
