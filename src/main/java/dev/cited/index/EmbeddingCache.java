package dev.cited.index;

import dev.cited.ingest.ContentHash;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Passage vectors kept on disk by content hash, so a rebuild embeds only text it has not seen.
 *
 * <p>One append-only file per model: a {@link FormatHeader} ({@value #CODEC}, version {@value
 * #VERSION}), then records of a 32-byte SHA-256 of the embedded text followed by the vector as
 * little-endian floats. A torn last record (a build killed while writing) is ignored on load and
 * overwritten by the next append. A file whose header does not match (one written before the
 * header existed, or by another version) is only a cache: it is emptied with a note on the log and
 * refilled by the build.
 */
public final class EmbeddingCache implements AutoCloseable {

    static final String CODEC = "CitedEmbeddingCache";
    static final int VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int HEADER_BYTES = FormatHeader.length(CODEC);
    private final Path file;
    private final int dimensions;
    private final Map<String, float[]> vectors = new HashMap<>();
    private FileChannel appender;

    private EmbeddingCache(Path file, int dimensions) {
        this.file = file;
        this.dimensions = dimensions;
    }

    /**
     * Opens (creating if needed) the cache for {@code spec} in {@code dir}; notes that an
     * unreadable old file is being discarded go to {@code log}.
     */
    public static EmbeddingCache open(Path dir, EmbeddingModelSpec spec, PrintWriter log) throws IOException {
        Files.createDirectories(dir);
        EmbeddingCache cache = new EmbeddingCache(dir.resolve(spec.id() + ".vectors"), spec.dimensions());
        cache.load(log);
        return cache;
    }

    private void load(PrintWriter log) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        int recordBytes = KEY_BYTES + dimensions * Float.BYTES;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate((int) Math.min(HEADER_BYTES, ch.size()));
            while (header.hasRemaining() && ch.read(header) > 0) {
                // fill the header
            }
            try {
                FormatHeader.check(header.flip(), CODEC, VERSION, file.toString());
            } catch (FormatHeader.MismatchException e) {
                log.println("note: ignoring the embedding cache, which will be rebuilt: " + e.getMessage());
                log.flush();
                ch.truncate(0);
                return;
            }
            long whole = (ch.size() - HEADER_BYTES) / recordBytes;
            ByteBuffer buf = ByteBuffer.allocate(recordBytes * 1024).order(ByteOrder.LITTLE_ENDIAN);
            long read = 0;
            while (read < whole) {
                buf.clear();
                int want = (int) Math.min(1024, whole - read) * recordBytes;
                buf.limit(want);
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // fill the buffer
                }
                buf.flip();
                while (buf.remaining() >= recordBytes) {
                    byte[] key = new byte[KEY_BYTES];
                    buf.get(key);
                    float[] v = new float[dimensions];
                    buf.asFloatBuffer().get(v);
                    buf.position(buf.position() + dimensions * Float.BYTES);
                    vectors.put(HexFormat.of().formatHex(key), v);
                    read++;
                }
            }
            if (ch.size() != HEADER_BYTES + whole * recordBytes) {
                ch.truncate(HEADER_BYTES + whole * recordBytes);
            }
        }
    }

    /** The content key of a text: hex SHA-256 of its UTF-8 bytes. */
    public static String key(String text) {
        return ContentHash.sha256(text);
    }

    /** The cached vector for a text, or null. */
    public float[] get(String text) {
        return vectors.get(key(text));
    }

    public int size() {
        return vectors.size();
    }

    /** Adds vectors for texts and appends them to the file, forcing them to disk. */
    public void putAll(List<String> texts, List<float[]> embedded) throws IOException {
        if (appender == null) {
            appender = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            if (appender.size() == 0) {
                ByteBuffer header = ByteBuffer.wrap(FormatHeader.bytes(CODEC, VERSION));
                while (header.hasRemaining()) {
                    appender.write(header);
                }
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(texts.size() * (KEY_BYTES + dimensions * Float.BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < texts.size(); i++) {
            String key = key(texts.get(i));
            float[] v = embedded.get(i);
            if (v.length != dimensions) {
                throw new IllegalArgumentException("vector has " + v.length + " dimensions, expected " + dimensions);
            }
            vectors.put(key, v);
            buf.put(HexFormat.of().parseHex(key));
            for (float f : v) {
                buf.putFloat(f);
            }
        }
        buf.flip();
        while (buf.hasRemaining()) {
            appender.write(buf);
        }
        appender.force(false);
    }

    @Override
    public void close() throws IOException {
        if (appender != null) {
            appender.close();
        }
    }
}
