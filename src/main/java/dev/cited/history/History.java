package dev.cited.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversations, turns and feedback that outlive the process. Every method that names an owner
 * sees only that owner's conversations: another owner's id is treated exactly like an unknown
 * one. Every write is committed before the method returns. Thread-safe.
 */
public interface History extends AutoCloseable {

    /** Longest title kept; a longer first question is cut to this many characters. */
    int MAX_TITLE = 200;

    /** Most conversations one {@link #conversations} call returns. */
    int MAX_LIST = 200;

    /**
     * Appends a turn to conversation {@code id}, creating it (owned by {@code owner}, titled with
     * the question) when it does not exist yet, and returns the turn's number (from 1). Committed
     * before it returns.
     *
     * @throws NoSuchConversationException when {@code id} exists with another owner
     */
    int append(String owner, String id, NewTurn turn);

    /** The conversation, when it exists and {@code owner} owns it. */
    Optional<ConversationInfo> conversation(String owner, String id);

    /**
     * {@code owner}'s conversations, most recently updated first (ties by id), at most {@code
     * limit} (1 to {@value #MAX_LIST}).
     *
     * @param query null or blank for all; otherwise only conversations where a question or answer
     *     contains every word of it (full-text: SQLite FTS5 with the Porter stemmer, PostgreSQL
     *     {@code to_tsvector('english')})
     * @param before null, or only conversations updated strictly before it (the next page: pass
     *     the last one's {@link ConversationInfo#updated()})
     */
    List<ConversationInfo> conversations(String owner, String query, int limit, Instant before);

    /** Every turn of {@code owner}'s conversation, oldest first, with its feedback; empty when there is none. */
    List<Turn> turns(String owner, String id);

    /**
     * The last {@code max} turns of conversation {@code id}, oldest first, whoever owns it: the
     * context for a follow-up, read by the answer stage after the caller checked ownership.
     */
    List<Turn> lastTurns(String id, int max);

    /**
     * The citation number each paper was given in conversation {@code id}, whoever owns it: the
     * number of its first turn that listed it (so a paper keeps its number for the whole
     * conversation, however long).
     */
    Map<String, Integer> numbers(String id);

    /** Renames {@code owner}'s conversation; false when there is none. */
    boolean rename(String owner, String id, String title);

    /** Deletes {@code owner}'s conversation with its turns and feedback; false when there is none. */
    boolean delete(String owner, String id);

    /**
     * Stores (or replaces) the feedback on turn {@code n} of {@code owner}'s conversation; false
     * when there is no such conversation or turn.
     */
    boolean feedback(String owner, String id, int n, Feedback feedback);

    /** Every turn that got feedback at or after {@code since} (null for all), oldest feedback first. */
    List<RatedTurn> rated(Instant since);

    /** The database's name and location, without a password, for messages. */
    String describe();

    /** Closes the connection pool. */
    @Override
    void close();

    /** A conversation id that exists but belongs to another owner, where the caller may not learn that. */
    final class NoSuchConversationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoSuchConversationException(String id) {
            super("no conversation '" + id + "'");
        }
    }
}
