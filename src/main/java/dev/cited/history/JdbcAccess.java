package dev.cited.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;

/**
 * How {@link JdbcHistory} talks to its pool: reads in autocommit, writes in one transaction each,
 * every {@link SQLException} turned into an {@link IllegalStateException} that names the database.
 */
final class JdbcAccess implements AutoCloseable {

    /** Work on one connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource data;
    private final AutoCloseable pool;
    private final Lock writes;
    private final String name;

    /**
     * @param writes held around every write transaction: a fair lock where the database has one
     *     writer at a time (SQLite), so this process's writers queue in order instead of racing
     *     in the database's busy handler, which does not queue and can starve one past its
     *     timeout; null where the database orders writers itself
     * @param name the database as messages show it, without credentials
     */
    JdbcAccess(DataSource data, AutoCloseable pool, Lock writes, String name) {
        this.data = data;
        this.pool = pool;
        this.writes = writes;
        this.name = name;
    }

    String name() {
        return name;
    }

    int update(String sql, Object... params) {
        return transaction(c -> execute(c, sql, params));
    }

    static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    /**
     * Runs {@code work}, which only reads, in one statement at a time (no transaction: with SQLite's
     * WAL, readers then neither wait for a writer nor hold one up).
     */
    <T> T read(Work<T> work) {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("history database " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction, committed before this returns, rolled back if it throws
     * (the work's own failure is what is thrown; a rollback that fails too is attached to it).
     */
    <T> T transaction(Work<T> work) {
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
            throw new IllegalStateException("history database " + name + " failed: " + e.getMessage(), e);
        } finally {
            if (writes != null) {
                writes.unlock();
            }
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the history database " + name, e);
        }
    }
}
