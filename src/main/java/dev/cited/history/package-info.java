/**
 * History: conversations, their turns and the feedback on them, kept in a database.
 *
 * <p>{@link dev.cited.history.History} is the store: conversations (id, owner, title, created,
 * updated), every turn (question as asked, standalone question, answer text, the model that
 * answered, the outcome, the cited papers, the citation numbers, and the whole answer as the API
 * returned it: citations, sources with scores, warnings, timings) and thumbs up/down {@link
 * dev.cited.history.Feedback} on a turn. Two implementations share the JDBC code in {@code
 * JdbcHistory}: {@link dev.cited.history.SqliteHistory} (a file next to the index, WAL mode,
 * created on first use; the default) and {@link dev.cited.history.PostgresHistory} (for several
 * server processes on one database). {@link dev.cited.history.HistoryDatabase#open} picks one from
 * a location, pools connections with HikariCP and migrates the schema with Flyway from the
 * versioned SQL in {@code src/main/resources/db/history/<database>}.
 *
 * <p>Every write is one transaction, committed before the method returns: a turn {@link
 * dev.cited.history.History#append appended} survives a crash of the process right after. Reads
 * and writes that name an owner see only that owner's conversations; another owner's id reads as
 * absent. {@link dev.cited.history.ConversationIds} issues ids with 128 random bits.
 *
 * <p>Depends on no other Cited package (answer and serve depend on it); imports JDBC, HikariCP,
 * Flyway and Jackson only.
 */
package dev.cited.history;
