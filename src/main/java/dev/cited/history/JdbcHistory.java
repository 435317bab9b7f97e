package dev.cited.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;

/**
 * The SQL both databases share: plain JDBC, one transaction per write, timestamps as epoch
 * milliseconds. A subclass says how to search text ({@link #matchClause}) and what to pass for
 * it ({@link #matchParameter}).
 */
abstract sealed class JdbcHistory implements History permits SqliteHistory, PostgresHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TURN_COLUMNS =
            "t.conversation_id, t.n, t.created_at, t.question, t.standalone, t.answer, t.model, t.outcome, t.cited,"
                    + " t.numbers, t.answer_json, t.total_ms, f.rating, f.comment, f.created_at";
    private static final String TURNS_FROM =
            " FROM turn t LEFT JOIN feedback f ON f.conversation_id = t.conversation_id AND f.n = t.n";
    private static final String CONVERSATION_COLUMNS =
            "c.id, c.owner, c.title, c.created_at, c.updated_at, (SELECT COUNT(*) FROM turn t WHERE t.conversation_id = c.id)";

    private final DataSource data;
    private final AutoCloseable pool;
    private final Lock writes;

    /**
     * @param writes held around every write transaction: a fair lock where the database has one
     *     writer at a time (SQLite), so this process's writers queue in order instead of racing
     *     in the database's busy handler, which does not queue and can starve one past its
     *     timeout; null where the database orders writers itself
     */
    JdbcHistory(DataSource data, AutoCloseable pool, Lock writes) {
        this.data = data;
        this.pool = pool;
        this.writes = writes;
    }

    /** A condition on {@code c.id} that holds when one of its turns matches the one parameter. */
    abstract String matchClause();

    /** The parameter for {@link #matchClause} from the user's words. */
    abstract String matchParameter(String query);

    @Override
    public int append(String owner, String id, NewTurn turn) {
        long now = System.currentTimeMillis();
        return transaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO conversation (id, owner, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at"
                            + " WHERE conversation.owner = excluded.owner")) {
                upsert.setString(1, id);
                upsert.setString(2, owner);
                upsert.setString(3, title(turn.question()));
                upsert.setLong(4, now);
                upsert.setLong(5, now);
                if (upsert.executeUpdate() == 0) {
                    throw new NoSuchConversationException(id);
                }
            }
            int n;
            try (PreparedStatement next =
                    c.prepareStatement("SELECT COALESCE(MAX(n), 0) + 1 FROM turn WHERE conversation_id = ?")) {
                next.setString(1, id);
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    n = rs.getInt(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO turn (conversation_id, n, created_at,"
                    + " question, standalone, answer, model, outcome, cited, numbers, answer_json, total_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setInt(2, n);
                insert.setLong(3, now);
                insert.setString(4, turn.question());
                insert.setString(5, turn.standalone());
                insert.setString(6, turn.answer());
                insert.setString(7, turn.model());
                insert.setString(8, turn.outcome());
                insert.setString(9, json(turn.cited()));
                insert.setString(10, json(turn.numbers()));
                insert.setString(11, turn.answerJson());
                insert.setDouble(12, turn.totalMs());
                insert.executeUpdate();
            }
            return n;
        });
    }

    @Override
    public Optional<ConversationInfo> conversation(String owner, String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + CONVERSATION_COLUMNS + " FROM conversation c WHERE c.id = ? AND c.owner = ?")) {
                s.setString(1, id);
                s.setString(2, owner);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(info(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<ConversationInfo> conversations(String owner, String query, int limit, Instant before) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new IllegalArgumentException("illegal limit: " + limit + ", must be between 1 and " + MAX_LIST);
        }
        boolean search = query != null && !query.isBlank();
        String match = search ? matchParameter(query) : null;
        if (search && match == null) {
            return List.of();
        }
        String sql = "SELECT " + CONVERSATION_COLUMNS + " FROM conversation c WHERE c.owner = ?"
                + (before == null ? "" : " AND c.updated_at < ?")
                + (search ? " AND " + matchClause() : "")
                + " ORDER BY c.updated_at DESC, c.id LIMIT ?";
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int p = 1;
                s.setString(p++, owner);
                if (before != null) {
                    s.setLong(p++, before.toEpochMilli());
                }
                if (search) {
                    s.setString(p++, match);
                }
                s.setInt(p, limit);
                List<ConversationInfo> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(info(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Turn> turns(String owner, String id) {
        return query(
                "SELECT " + TURN_COLUMNS + TURNS_FROM
                        + " JOIN conversation c ON c.id = t.conversation_id WHERE c.id = ? AND c.owner = ? ORDER BY t.n",
                id,
                owner);
    }

    @Override
    public List<Turn> lastTurns(String id, int max) {
        List<Turn> last = new ArrayList<>(query(
                "SELECT " + TURN_COLUMNS + TURNS_FROM + " WHERE t.conversation_id = ? ORDER BY t.n DESC LIMIT "
                        + Math.max(0, max),
                id));
        Collections.reverse(last);
        return last;
    }

    @Override
    public Map<String, Integer> numbers(String id) {
        return read(c -> {
            Map<String, Integer> numbers = new HashMap<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT numbers FROM turn WHERE conversation_id = ? ORDER BY n")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        read(rs.getString(1), new TypeReference<Map<String, Integer>>() {})
                                .forEach(numbers::putIfAbsent);
                    }
                }
            }
            return numbers;
        });
    }

    @Override
    public boolean rename(String owner, String id, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is empty");
        }
        return update(
                        "UPDATE conversation SET title = ?, updated_at = ? WHERE id = ? AND owner = ?",
                        title(title),
                        System.currentTimeMillis(),
                        id,
                        owner)
                > 0;
    }

    @Override
    public boolean delete(String owner, String id) {
        return transaction(c -> {
            if (conversation(c, owner, id)) {
                for (String table : List.of("feedback", "turn")) {
                    execute(c, "DELETE FROM " + table + " WHERE conversation_id = ?", id);
                }
                execute(c, "DELETE FROM conversation WHERE id = ?", id);
                return true;
            }
            return false;
        });
    }

    @Override
    public boolean feedback(String owner, String id, int n, Feedback feedback) {
        return transaction(c -> {
            if (!conversation(c, owner, id)) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM turn WHERE conversation_id = ? AND n = ?")) {
                s.setString(1, id);
                s.setInt(2, n);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            execute(c, "DELETE FROM feedback WHERE conversation_id = ? AND n = ?", id, n);
            execute(
                    c,
                    "INSERT INTO feedback (conversation_id, n, rating, comment, created_at) VALUES (?, ?, ?, ?, ?)",
                    id,
                    n,
                    feedback.rating().value(),
                    feedback.comment(),
                    feedback.at().toEpochMilli());
            return true;
        });
    }

    @Override
    public List<RatedTurn> rated(Instant since) {
        String sql = "SELECT " + TURN_COLUMNS + ", c.owner" + TURNS_FROM
                + " JOIN conversation c ON c.id = t.conversation_id WHERE f.rating IS NOT NULL"
                + (since == null ? "" : " AND f.created_at >= ?") + " ORDER BY f.created_at, t.conversation_id, t.n";
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (since != null) {
                    s.setLong(1, since.toEpochMilli());
                }
                List<RatedTurn> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RatedTurn(rs.getString(16), turn(rs)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the history database " + describe(), e);
        }
    }

    private List<Turn> query(String sql, Object... params) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                List<Turn> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(turn(rs));
                    }
                }
                return out;
            }
        });
    }

    private static boolean conversation(Connection c, String owner, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM conversation WHERE id = ? AND owner = ?")) {
            s.setString(1, id);
            s.setString(2, owner);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private int update(String sql, Object... params) {
        return transaction(c -> execute(c, sql, params));
    }

    private static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work}, which only reads, in one statement at a time (no transaction: with SQLite's
     * WAL, readers then neither wait for a writer nor hold one up).
     */
    private <T> T read(Work<T> work) {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("history database " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction, committed before this returns, rolled back if it throws
     * (the work's own failure is what is thrown; a rollback that fails too is attached to it).
     */
    private <T> T transaction(Work<T> work) {
        if (writes != null) {
            writes.lock();
        }
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("history database " + describe() + " failed: " + e.getMessage(), e);
        } finally {
            if (writes != null) {
                writes.unlock();
            }
        }
    }

    private static ConversationInfo info(ResultSet rs) throws SQLException {
        return new ConversationInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)),
                Instant.ofEpochMilli(rs.getLong(5)),
                rs.getInt(6));
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        NewTurn content = new NewTurn(
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                read(rs.getString(9), new TypeReference<List<String>>() {}),
                read(rs.getString(10), new TypeReference<Map<String, Integer>>() {}),
                rs.getString(11),
                rs.getDouble(12));
        int rating = rs.getInt(13);
        Feedback feedback = rs.wasNull()
                ? null
                : new Feedback(Feedback.Rating.of(rating), rs.getString(14), Instant.ofEpochMilli(rs.getLong(15)));
        return new Turn(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3)), content, feedback);
    }

    private static String title(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored turn holds malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
