package dev.cited.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * Opens a {@link History} from a location, creating and migrating its schema on first use.
 *
 * <ul>
 *   <li>{@code postgresql://user:password@host:port/database} (also {@code postgres://} and
 *       {@code jdbc:postgresql://...}): PostgreSQL, several server processes may share it;
 *   <li>anything else is the path of an SQLite file, created with its folder when missing; a
 *       suffix {@code ?synchronous=normal} trades durability for speed (see {@link #sqlite(Path,
 *       boolean)}).
 * </ul>
 *
 * Migrations are Flyway's, from {@code classpath:db/history/sqlite} or {@code
 * classpath:db/history/postgresql}; connections are pooled by HikariCP.
 */
public final class HistoryDatabase {

    /** The SQLite file's name, next to the index. */
    public static final String SQLITE_FILE = "history.sqlite";

    /** How long an SQLite writer waits for another to finish before failing. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private static final int SQLITE_POOL = 10;
    private static final int POSTGRES_POOL = 10;

    private HistoryDatabase() {}

    /** The history at {@code location} (see the class comment); the caller closes it. */
    public static History open(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("the history database location is empty");
        }
        String l = location.strip();
        if (l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:")) {
            return postgres(l);
        }
        int query = l.indexOf('?');
        if (query < 0) {
            return sqlite(Path.of(l));
        }
        String option = l.substring(query + 1);
        if (!option.equalsIgnoreCase("synchronous=normal") && !option.equalsIgnoreCase("synchronous=full")) {
            throw new IllegalArgumentException("illegal SQLite option '" + option
                    + "' in the history location: use ?synchronous=normal or ?synchronous=full");
        }
        return sqlite(Path.of(l.substring(0, query)), option.equalsIgnoreCase("synchronous=full"));
    }

    /** The SQLite history in {@code file}, every commit on disk before it returns ({@code synchronous=FULL}). */
    public static History sqlite(Path file) {
        return sqlite(file, true);
    }

    /**
     * The SQLite history in {@code file}.
     *
     * @param full {@code synchronous=FULL}: a commit is on disk before it returns, so neither a
     *     crash of the process nor of the machine loses an acknowledged turn (about 4 ms a commit
     *     here, serialised across writers). False: {@code synchronous=NORMAL}, a commit is in the
     *     WAL file when it returns (0.3 ms): a killed process still loses nothing, a power cut
     *     or an operating-system crash may lose the last commits.
     */
    public static History sqlite(Path file, boolean full) {
        Path f = file.toAbsolutePath();
        try {
            Files.createDirectories(f.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder of " + f + ": " + e.getMessage(), e);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("cited-history-sqlite");
        cfg.setJdbcUrl("jdbc:sqlite:" + f + "?journal_mode=WAL&synchronous=" + (full ? "FULL" : "NORMAL")
                + "&foreign_keys=true"
                + "&transaction_mode=IMMEDIATE&busy_timeout=" + BUSY_TIMEOUT_MS);
        cfg.setMaximumPoolSize(SQLITE_POOL);
        HikariDataSource ds = migrated(cfg, "sqlite");
        return new SqliteHistory(ds, ds, f + (full ? "" : "?synchronous=normal"));
    }

    private static History postgres(String location) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("cited-history-postgresql");
        String shown;
        if (location.startsWith("jdbc:")) {
            cfg.setJdbcUrl(location);
            shown = location.replaceAll("password=[^&]*", "password=***");
        } else {
            URI u = URI.create(location);
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            cfg.setJdbcUrl("jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "")
                    + u.getRawPath() + query);
            String info = u.getRawUserInfo();
            if (info != null) {
                String[] parts = info.split(":", 2);
                cfg.setUsername(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
                if (parts.length == 2) {
                    cfg.setPassword(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
            shown = "postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath();
        }
        cfg.setMaximumPoolSize(POSTGRES_POOL);
        HikariDataSource ds = migrated(cfg, "postgresql");
        return new PostgresHistory(ds, ds, shown);
    }

    private static HikariDataSource migrated(HikariConfig cfg, String database) {
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/history/" + database)
                    .load()
                    .migrate();
            return ds;
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }
}
