package dev.cited.eval;

import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.app.BackendSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.IndexProvisioner;
import dev.cited.index.IndexSettings;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.select.ArxivDump;
import dev.cited.select.LabelledQuestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sample of the arXiv abstracts dump indexed with the default settings in {@code
 * target/test-indexes/arxiv}: the papers the arXiv questions of {@code answer-questions.jsonl} and
 * {@code arxiv-answer-questions.jsonl} name
 * plus {@value #OTHERS} others drawn with seed {@value #SEED}, the sample {@code cited train
 * answerer} draws with its defaults (so both share the index). Its corpus is written to {@code
 * target/test-indexes/arxiv-sample.jsonl}; the index is built on first use (7 to 12 minutes on 2
 * busy cores: 3,254 abstracts are embedded) and reused while the sample is unchanged.
 */
public final class ArxivSampleIndex {

    static final long SEED = 13;
    static final int OTHERS = 3000;
    public static final List<Path> QUESTIONS = List.of(
            Path.of("src/test/resources/eval/answer-questions.jsonl"),
            Path.of("src/test/resources/eval/arxiv-answer-questions.jsonl"));

    private ArxivSampleIndex() {}

    /** The arXiv questions of both question sets. */
    public static List<LabelledQuestion> questions() throws IOException {
        List<LabelledQuestion> questions = new ArrayList<>();
        for (Path file : QUESTIONS) {
            questions.addAll(LabelledQuestion.read(file, "arxiv"));
        }
        return questions;
    }

    /** Opens the current generation, writing the sample and building the index first when needed; the caller closes it. */
    public static synchronized PaperIndex open() throws IOException {
        Path dump = TestData.require(
                TestData.sharedData().resolve("arxiv-cs-abstracts/arxiv_abstracts.jsonl.gz"),
                "the arXiv abstracts dump");
        Path sample = Path.of("target", "test-indexes", "arxiv-sample.jsonl");
        ArxivDump.read(dump).writeSample(ArxivDump.papersOf(questions()), OTHERS, SEED, sample);
        CollectionSettings collection = new CollectionSettings(
                List.of(sample), null, Path.of("target", "test-indexes", "arxiv"), IndexSettings.defaults(), false);
        EmbeddedBackend backend = (EmbeddedBackend) new IndexProvisioner(collection, BackendSettings.embedded())
                .open(BundledIndex.get().embedder, new PrintWriter(new StringWriter()));
        return backend.index();
    }
}
