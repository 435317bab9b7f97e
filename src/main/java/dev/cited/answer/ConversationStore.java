package dev.cited.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where conversations live between questions. Implementations are thread-safe. */
public interface ConversationStore {

    /** The conversation with this id, or a new empty one. */
    Conversation load(String id);

    void save(Conversation conversation);

    /** Conversations in memory, for a server process; the least recently used beyond 10,000 are forgotten. */
    static ConversationStore inMemory() {
        Map<String, Conversation> map = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > 10_000;
            }
        });
        return new ConversationStore() {
            @Override
            public Conversation load(String id) {
                return map.getOrDefault(id, Conversation.start(id));
            }

            @Override
            public void save(Conversation c) {
                map.put(c.id(), c);
            }
        };
    }

    /** One JSON file per conversation in {@code dir}, for the command line. */
    static ConversationStore inFolder(Path dir) {
        ObjectMapper json = new ObjectMapper();
        return new ConversationStore() {
            @Override
            public Conversation load(String id) {
                Path file = file(id);
                try {
                    return Files.exists(file) ? json.readValue(file.toFile(), Conversation.class) : Conversation.start(id);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read conversation " + file, e);
                }
            }

            @Override
            public void save(Conversation c) {
                Path file = file(c.id());
                try {
                    Files.createDirectories(dir);
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    json.writeValue(tmp.toFile(), c);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot save conversation " + file, e);
                }
            }

            private Path file(String id) {
                if (!id.matches("[A-Za-z0-9._-]{1,64}") || id.startsWith(".")) {
                    throw new IllegalArgumentException("illegal conversation id '" + id
                            + "': use up to 64 letters, digits, '.', '_' or '-'");
                }
                return dir.resolve(id + ".json");
            }
        };
    }
}
