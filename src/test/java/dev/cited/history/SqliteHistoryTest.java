package dev.cited.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void synchronous_normal_is_an_option_of_the_location_and_other_options_are_refused() {
        String file = dir.resolve("fast.sqlite").toString();
        try (History fast = HistoryDatabase.open(file + "?synchronous=normal")) {
            fast.append("alice", "c1", turn("What is dropout?", "Dropout drops units [1]."));
            assertThat(fast.describe()).endsWith("fast.sqlite?synchronous=normal");
        }
        try (History full = HistoryDatabase.open(file)) {
            assertThat(full.turns("alice", "c1")).hasSize(1);
        }
        assertThatThrownBy(() -> HistoryDatabase.open(file + "?journal_mode=delete"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal_mode=delete");
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
