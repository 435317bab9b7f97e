package dev.cited.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where conversations live between questions. Implementations are thread-safe. */
public interface ConversationStore {

    /** The conversation with this id, or a new empty one. */
    Conversation load(String id);

    void save(Conversation conversation);

    /**
     * Conversations kept in memory by {@link #inMemory}: at a few kB each, tens of MB, enough for
     * every conversation of a busy day; the ones least likely to continue are forgotten first.
     */
    int IN_MEMORY_SIZE = 10_000;

    /** Conversations in memory, for a server process; beyond {@value #IN_MEMORY_SIZE}, the least used are forgotten. */
    static ConversationStore inMemory() {
        Cache<String, Conversation> map =
                Caffeine.newBuilder().maximumSize(IN_MEMORY_SIZE).build();
        return new ConversationStore() {
            @Override
            public Conversation load(String id) {
                Conversation c = map.getIfPresent(id);
                return c != null ? c : Conversation.start(id);
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
                    return Files.exists(file)
                            ? json.readValue(file.toFile(), Conversation.class)
                            : Conversation.start(id);
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
                    throw new IllegalArgumentException(
                            "illegal conversation id '" + id + "': use up to 64 letters, digits, '.', '_' or '-'");
                }
                return dir.resolve(id + ".json");
            }
        };
    }
}
