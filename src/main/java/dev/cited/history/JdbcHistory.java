package dev.cited.history;

import com.fasterxml.jackson.core.type.TypeReference;
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

/**
 * The SQL both databases share: plain JDBC, one transaction per write, timestamps as epoch
 * milliseconds. A subclass says how to search text ({@link #matchClause}) and what to pass for
 * it ({@link #matchParameter}).
 */
abstract sealed class JdbcHistory implements History permits SqliteHistory, PostgresHistory {

    private static final String TURN_COLUMNS =
            "t.conversation_id, t.n, t.created_at, t.question, t.standalone, t.answer, t.model, t.outcome, t.cited,"
                    + " t.numbers, t.answer_json, t.total_ms, f.rating, f.comment, f.created_at";
    private static final String TURNS_FROM =
            " FROM turn t LEFT JOIN feedback f ON f.conversation_id = t.conversation_id AND f.n = t.n";
    private static final String CONVERSATION_COLUMNS =
            "c.id, c.owner, c.title, c.created_at, c.updated_at, (SELECT COUNT(*) FROM turn t WHERE t.conversation_id = c.id)";

    private final JdbcAccess db;

    JdbcHistory(JdbcAccess db) {
        this.db = db;
    }

    /** A condition on {@code c.id} that holds when one of its turns matches the one parameter. */
    abstract String matchClause();

    /** The parameter for {@link #matchClause} from the user's words. */
    abstract String matchParameter(String query);

    @Override
    public int append(String owner, String id, NewTurn turn) {
        long now = System.currentTimeMillis();
        return db.transaction(c -> {
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
                insert.setString(9, HistoryRows.json(turn.cited()));
                insert.setString(10, HistoryRows.json(turn.numbers()));
                insert.setString(11, turn.answerJson());
                insert.setDouble(12, turn.totalMs());
                insert.executeUpdate();
            }
            return n;
        });
    }

    @Override
    public Optional<ConversationInfo> conversation(String owner, String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + CONVERSATION_COLUMNS + " FROM conversation c WHERE c.id = ? AND c.owner = ?")) {
                s.setString(1, id);
                s.setString(2, owner);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(HistoryRows.info(rs)) : Optional.empty();
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
        return db.read(c -> {
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
                        out.add(HistoryRows.info(rs));
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
        return db.read(c -> {
            Map<String, Integer> numbers = new HashMap<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT numbers FROM turn WHERE conversation_id = ? ORDER BY n")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        HistoryRows.read(rs.getString(1), new TypeReference<Map<String, Integer>>() {})
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
        return db.update(
                        "UPDATE conversation SET title = ?, updated_at = ? WHERE id = ? AND owner = ?",
                        title(title),
                        System.currentTimeMillis(),
                        id,
                        owner)
                > 0;
    }

    @Override
    public boolean delete(String owner, String id) {
        return db.transaction(c -> {
            if (conversation(c, owner, id)) {
                for (String table : List.of("feedback", "turn")) {
                    JdbcAccess.execute(c, "DELETE FROM " + table + " WHERE conversation_id = ?", id);
                }
                JdbcAccess.execute(c, "DELETE FROM conversation WHERE id = ?", id);
                return true;
            }
            return false;
        });
    }

    @Override
    public boolean feedback(String owner, String id, int n, Feedback feedback) {
        return db.transaction(c -> {
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
            JdbcAccess.execute(c, "DELETE FROM feedback WHERE conversation_id = ? AND n = ?", id, n);
            JdbcAccess.execute(
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
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (since != null) {
                    s.setLong(1, since.toEpochMilli());
                }
                List<RatedTurn> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RatedTurn(rs.getString(16), HistoryRows.turn(rs)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public String describe() {
        return db.name();
    }

    @Override
    public void close() {
        db.close();
    }

    private List<Turn> query(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                JdbcAccess.bind(s, params);
                List<Turn> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(HistoryRows.turn(rs));
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

    private static String title(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "…";
    }
}
