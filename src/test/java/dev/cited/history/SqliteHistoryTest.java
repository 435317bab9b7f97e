package dev.cited.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an SQLite file in a temporary folder. */
class SqliteHistoryTest extends HistoryContractTest {

    @TempDir
    Path dir;

    @Override
    History open() {
        return HistoryDatabase.open(
                dir.resolve("nested").resolve(HistoryDatabase.SQLITE_FILE).toString());
    }

    @Test
    void creates_the_file_in_wal_mode_and_keeps_turns_across_a_reopen() {
        String id = ConversationIds.next();
        history.append("alice", id, turn("What is dropout?", "Dropout drops units [1]."));
        history.close();
        assertThat(dir.resolve("nested").resolve(HistoryDatabase.SQLITE_FILE)).isRegularFile();

        history = open();
        assertThat(history.turns("alice", id))
                .singleElement()
                .satisfies(t -> assertThat(t.content().question()).isEqualTo("What is dropout?"));
        assertThat(Files.exists(dir.resolve("nested").resolve(HistoryDatabase.SQLITE_FILE + "-wal")))
                .isTrue();
    }
}
