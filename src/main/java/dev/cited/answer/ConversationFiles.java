package dev.cited.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.history.History;
import dev.cited.history.NewTurn;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation files earlier versions of {@code cited ask --conversation ID} kept (one JSON
 * file per conversation in {@code <index>/conversations}), moved into the history database once.
 */
public final class ConversationFiles {

    /** The folder, beside the index, that held them. */
    public static final String FOLDER = "conversations";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConversationFiles() {}

    /**
     * Copies every conversation file in {@code dir} that {@code history} does not hold yet into
     * it, for {@code owner}, then renames {@code dir} to {@code <dir>.migrated} so this happens
     * once; returns how many conversations were copied (0 when there is no such folder). A
     * migrated turn keeps its question, standalone question, answer and numbers; what the files
     * never held (model, citations, sources, timings) is stored as {@code unknown} or empty.
     */
    public static int migrate(Path dir, History history, String owner) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int copied = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                Conversation c = JSON.readValue(file.toFile(), Conversation.class);
                if (history.conversation(owner, c.id()).isPresent() || c.turns().isEmpty()) {
                    continue;
                }
                boolean first = true;
                for (Conversation.Turn t : c.turns()) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("question", t.question());
                    answer.put("answer", t.answer());
                    history.append(
                            owner,
                            c.id(),
                            new NewTurn(
                                    t.question(),
                                    t.standalone(),
                                    t.answer(),
                                    "unknown",
                                    "unknown",
                                    List.of(),
                                    first ? c.numbers() : Map.of(),
                                    JSON.writeValueAsString(answer),
                                    0));
                    first = false;
                }
                copied++;
            }
        }
        Files.move(dir, dir.resolveSibling(dir.getFileName() + ".migrated"));
        return copied;
    }
}
