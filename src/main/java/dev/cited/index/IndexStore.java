package dev.cited.index;

import dev.cited.ingest.Catalog;
import dev.cited.ingest.ContentHash;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.CorpusLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An index directory: numbered generations, a {@code CURRENT} pointer, and the embedding cache.
 *
 * <pre>
 *   DIR/CURRENT            name of the live generation, replaced atomically
 *   DIR/gen-000004/        Lucene files + manifest.json of the live generation
 *   DIR/gen-000005.tmp/    a build in progress (removed by the next build if it died)
 *   DIR/embeddings/        vectors by content hash, one file per model
 *   DIR/build.lock         held while building
 * </pre>
 *
 * <p>A build writes a new generation and moves {@code CURRENT} only after the generation is
 * complete and committed, so a build that fails or is killed never replaces a good index.
 */
public final class IndexStore {

    private static final String CURRENT = "CURRENT";
    private final Path root;

    public IndexStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The live generation's directory, if one was published. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        Path gen =
                root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isRegularFile(gen.resolve(IndexManifest.FILE_NAME)) ? Optional.of(gen) : Optional.empty();
    }

    /**
     * Why the index must be (re)built for these inputs, or empty when the live generation is
     * current: same settings and unchanged source files (catalogs included).
     */
    public Optional<String> staleness(List<Path> corpusPaths, IndexSettings settings) throws IOException {
        Optional<Path> gen = current();
        if (gen.isEmpty()) {
            return Optional.of("no index in " + root);
        }
        IndexManifest manifest;
        try {
            manifest = IndexManifest.read(gen.get());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("unreadable manifest: " + e.getMessage());
        }
        Optional<String> built = manifest.mismatch(settings);
        if (built.isPresent()) {
            return built;
        }
        List<Path> inputs = inputFiles(corpusPaths);
        if (inputs.size() != manifest.sources().size()) {
            return Optional.of("source files changed: " + manifest.sources().size() + " -> " + inputs.size());
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (!manifest.sources().get(i).unchanged(inputs.get(i))) {
                return Optional.of("source file changed: " + inputs.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a new generation from the corpus and publishes it. Holds {@code build.lock} so two
     * builds never run at once.
     */
    public IndexManifest build(
            List<Path> corpusPaths,
            CorpusFormat format,
            IndexSettings settings,
            Embedder embedder,
            PrintWriter log,
            boolean progress)
            throws IOException {
        Files.createDirectories(root);
        try (FileChannel lockFile = FileChannel.open(
                        root.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IOException("another build holds " + root.resolve("build.lock"));
            }
            removeAbandonedBuilds();
            List<SourceFile> sources = sourceFiles(corpusPaths);
            Path tmp = root.resolve(nextGeneration() + ".tmp");
            Files.createDirectories(tmp);
            IndexManifest manifest;
            try (EmbeddingCache cache = EmbeddingCache.open(root.resolve("embeddings"), settings.model(), log)) {
                manifest = new IndexBuilder(settings, embedder, log, progress)
                        .build(corpusPaths, format, sources, tmp, cache)
                        .manifest();
            }
            publish(tmp);
            return manifest;
        }
    }

    private void publish(Path tmp) throws IOException {
        String name = tmp.getFileName().toString().replace(".tmp", "");
        Path gen = root.resolve(name);
        Files.move(tmp, gen, StandardCopyOption.ATOMIC_MOVE);
        Path pointerTmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(pointerTmp, name + "\n", StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(pointerTmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(
                pointerTmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (Path old : generations()) {
            if (!old.equals(gen)) {
                deleteTree(old);
            }
        }
    }

    private String nextGeneration() throws IOException {
        int max = 0;
        for (Path g : generations()) {
            max = Math.max(max, Integer.parseInt(g.getFileName().toString().substring(4)));
        }
        return String.format(Locale.ROOT, "gen-%06d", max + 1);
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().matches("gen-\\d{6}"))
                    .sorted()
                    .toList();
        }
    }

    private void removeAbandonedBuilds() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.filter(p -> p.getFileName().toString().matches("gen-\\d{6}\\.tmp"))
                    .toList()) {
                deleteTree(p);
            }
        }
    }

    /** Deletes {@code dir} and everything under it. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every input file described now, with its hash: what a manifest records. */
    public static List<SourceFile> sourceFiles(List<Path> corpusPaths) throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        for (Path p : inputFiles(corpusPaths)) {
            sources.add(SourceFile.of(p));
        }
        return sources;
    }

    /** Corpus files plus the catalogs beside them: everything whose change changes the index. */
    public static List<Path> inputFiles(List<Path> corpusPaths) throws IOException {
        List<Path> files = new ArrayList<>(CorpusLoader.corpusFiles(corpusPaths));
        for (Path p : corpusPaths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            Path catalog = folder.resolve(Catalog.FILE_NAME);
            if (Files.isRegularFile(catalog) && !files.contains(catalog)) {
                files.add(catalog);
            }
        }
        return files.stream()
                .map(f -> f.toAbsolutePath().normalize())
                .distinct()
                .toList();
    }

    /** SHA-256 over the sources' hashes and the settings: equal fingerprints, equal index. */
    public static String fingerprint(List<SourceFile> sources, IndexSettings settings) {
        MessageDigest md = ContentHash.digest();
        for (SourceFile s : sources) {
            md.update(s.sha256().getBytes(StandardCharsets.UTF_8));
        }
        md.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
