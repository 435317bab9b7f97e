package dev.cited.history;

import javax.sql.DataSource;

/** History in PostgreSQL, shared by several server processes; text is searched with a {@code tsvector} and its GIN index. */
final class PostgresHistory extends JdbcHistory {

    private final String location;

    PostgresHistory(DataSource data, AutoCloseable pool, String location) {
        super(data, pool, null);
        this.location = location;
    }

    @Override
    String matchClause() {
        return "c.id IN (SELECT t.conversation_id FROM turn t WHERE t.search @@ plainto_tsquery('english', ?))";
    }

    @Override
    String matchParameter(String query) {
        return query.strip();
    }

    @Override
    public String describe() {
        return location;
    }
}
