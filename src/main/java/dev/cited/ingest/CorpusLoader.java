package dev.cited.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads a collection from files and folders of any supported {@link CorpusFormat format}.
 *
 * <p>A folder contributes its corpus files (by extension, not recursive, sorted by name) and its
 * {@link Catalog#FILE_NAME catalog}. A file's format is recognised unless one is forced.
 */
public final class CorpusLoader {

    private final CorpusFormat forcedFormat;

    /** @param forcedFormat the format of every file, or null to recognise each file's format */
    public CorpusLoader(CorpusFormat forcedFormat) {
        this.forcedFormat = forcedFormat;
    }

    /**
     * The corpus files that {@code paths} name: files as given, folders expanded.
     *
     * @throws NoSuchFileException when a path does not exist
     */
    public static List<Path> corpusFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(Files::isRegularFile)
                            .filter(p ->
                                    CorpusFormat.isCorpusFile(p.getFileName().toString()))
                            .filter(p -> !p.getFileName().toString().equals(Catalog.FILE_NAME))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString(), null, "corpus path does not exist");
            }
        }
        return files;
    }

    /** Reads and merges everything under {@code paths}. */
    public Corpus load(List<Path> paths) throws IOException {
        Catalog catalog = Catalog.empty();
        for (Path path : paths) {
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            catalog = catalog.with(Catalog.inFolder(folder));
        }
        List<RawRecord> records = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>(catalog.problems());
        int[] comments = {0};
        RecordSink sink = new RecordSink() {
            @Override
            public void record(RawRecord record) {
                records.add(record);
            }

            @Override
            public void problem(IngestProblem problem) {
                problems.add(problem);
            }

            @Override
            public void commentAttached() {
                comments[0]++;
            }
        };
        List<Path> files = corpusFiles(paths);
        for (Path file : files) {
            String name = file.toString();
            CorpusFormat format = forcedFormat;
            if (format == null) {
                try (BufferedReader head = open(file)) {
                    format = CorpusFormat.detect(name, head);
                } catch (IllegalArgumentException e) {
                    problems.add(new IngestProblem(name, 0, e.getMessage()));
                    continue;
                }
            }
            try (BufferedReader in = open(file)) {
                format.reader().read(name, in, sink);
            }
        }
        PaperMerger.Result merged = PaperMerger.merge(records, catalog);
        IngestReport report = new IngestReport(
                files.size(),
                records.size(),
                merged.papers().size(),
                merged.texts(),
                merged.duplicatesMerged(),
                comments[0],
                problems);
        return new Corpus(merged.papers(), report);
    }

    /** Opens a file as UTF-8 text, decompressing {@code .gz}. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
