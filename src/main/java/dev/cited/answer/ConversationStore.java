package dev.cited.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cited.history.History;
import java.util.Map;

/**
 * Where conversations live between questions: what a follow-up is read against, and where each
 * turn goes once answered. Implementations are thread-safe.
 */
public interface ConversationStore {

    /**
     * Turns a follow-up is read against (the rewrite prompt, the deterministic rewrite): the last
     * few, however long the conversation.
     */
    int CONTEXT_TURNS = 3;

    /**
     * Conversation {@code id} as context for its next question: its last {@value #CONTEXT_TURNS}
     * turns and the number each paper was given in it; empty when it does not exist.
     */
    Conversation load(String id);

    /**
     * Stores a turn of conversation {@code id} for {@code owner}, creating the conversation with
     * its first turn; returns once it is stored for good, so the answer may be acknowledged.
     *
     * @param numbers the citation numbers this turn's sources were given
     * @param answer the answer as the client receives it
     * @throws History.NoSuchConversationException when {@code id} belongs to another owner
     */
    void append(String owner, String id, Conversation.Turn turn, Map<String, Integer> numbers, Answer answer);

    /**
     * Conversations kept in memory by {@link #inMemory}: at a few kB each, tens of MB; the ones
     * least likely to continue are forgotten first.
     */
    int IN_MEMORY_SIZE = 10_000;

    /**
     * Conversations in memory only (the last {@value #CONTEXT_TURNS} turns of each, up to {@value
     * #IN_MEMORY_SIZE}, least used forgotten first): for evaluations and benchmarks, which keep
     * nothing, and to measure what the database costs.
     */
    static ConversationStore inMemory() {
        Cache<String, Conversation> map =
                Caffeine.newBuilder().maximumSize(IN_MEMORY_SIZE).build();
        return new ConversationStore() {
            @Override
            public Conversation load(String id) {
                Conversation c = map.getIfPresent(id);
                return c != null ? c : Conversation.start(id);
            }

            @Override
            public void append(
                    String owner, String id, Conversation.Turn turn, Map<String, Integer> numbers, Answer answer) {
                map.asMap()
                        .compute(
                                id,
                                (k, c) -> (c == null ? Conversation.start(id) : c)
                                        .with(turn, numbers)
                                        .last(CONTEXT_TURNS));
            }
        };
    }

    /** Conversations in {@code history}'s database, which the caller closes. */
    static ConversationStore in(History history) {
        return new StoredConversations(history);
    }
}
