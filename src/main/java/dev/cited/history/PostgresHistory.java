package dev.cited.history;

import javax.sql.DataSource;

/** History in PostgreSQL, shared by several server processes; text is searched with a {@code tsvector} and its GIN index. */
final class PostgresHistory extends JdbcHistory {

    PostgresHistory(DataSource data, AutoCloseable pool, String location) {
        super(new JdbcAccess(data, pool, null, location));
    }

    @Override
    String matchClause() {
        return "c.id IN (SELECT t.conversation_id FROM turn t WHERE t.search @@ plainto_tsquery('english', ?))";
    }

    @Override
    String matchParameter(String query) {
        return query.strip();
    }
}
