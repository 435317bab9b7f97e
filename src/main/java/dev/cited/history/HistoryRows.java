package dev.cited.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Rows of the history tables as records, and the JSON columns of a turn. */
final class HistoryRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryRows() {}

    static ConversationInfo info(ResultSet rs) throws SQLException {
        return new ConversationInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)),
                Instant.ofEpochMilli(rs.getLong(5)),
                rs.getInt(6));
    }

    static Turn turn(ResultSet rs) throws SQLException {
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

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored turn holds malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
