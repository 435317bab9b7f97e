package dev.cited.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * History in an SQLite file (WAL mode, {@code synchronous=FULL} unless asked otherwise, writers
 * of this process take turns in order, writers of other processes wait for up to {@value
 * HistoryDatabase#BUSY_TIMEOUT_MS} ms); text is searched with FTS5 and the
 * Porter stemmer.
 */
final class SqliteHistory extends JdbcHistory {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    SqliteHistory(DataSource data, AutoCloseable pool, String location) {
        super(new JdbcAccess(data, pool, new ReentrantLock(true), "sqlite:" + location));
    }

    @Override
    String matchClause() {
        return "c.id IN (SELECT t.conversation_id FROM turn_fts JOIN turn t ON t.seq = turn_fts.rowid"
                + " WHERE turn_fts MATCH ?)";
    }

    /** Every word quoted (so FTS5 operators in the user's text are words), all required; null when there is no word. */
    @Override
    String matchParameter(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add('"' + m.group() + '"');
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
