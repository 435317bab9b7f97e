package dev.cited.cli;

import picocli.CommandLine.Option;

/** Where conversations and feedback are kept: {@code --database}, else {@code CITED_DATABASE_URL}, else SQLite beside the index. */
public final class HistoryOptions {

    @Option(
            names = "--database",
            paramLabel = "LOCATION",
            description = "Conversation history: postgresql://user:password@host:port/db, or an SQLite file"
                    + " (default: $CITED_DATABASE_URL, else history.sqlite in the index folder).")
    String database;

    /** The location given, or null for the SQLite file beside the index. */
    public String location() {
        if (database != null && !database.isBlank()) {
            return database;
        }
        String env = System.getenv("CITED_DATABASE_URL");
        return env == null || env.isBlank() ? null : env;
    }
}
