package dev.cited;

import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.BackendSettings;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.ModelSettings;
import dev.cited.index.Embedder;
import dev.cited.index.IndexSettings;
import dev.cited.index.PaperIndex;
import dev.cited.llm.ModelConfig;
import dev.cited.retrieve.Bm25Retriever;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.Fusion;
import dev.cited.retrieve.HybridRetriever;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.RetrieverSettings;
import dev.cited.retrieve.VectorRetriever;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled corpus indexed once per test JVM with the real embedding model, into {@code
 * target/test-indexes/bundled} (kept between runs: an unchanged corpus is not rebuilt), and the
 * application built over it by the composition root ({@link Cited}), as every command builds it.
 */
public final class BundledIndex {

    private static final Path PATH = Path.of("target", "test-indexes", "bundled");
    private static BundledIndex instance;

    /** The application over the bundled index, with only the extractive model configured. */
    public final Cited cited;

    public final Embedder embedder;
    public final PaperIndex index;
    /** The index as commands see it: reading a paper primes the embedder with its sentence vectors. */
    public final EmbeddedBackend backend;

    private BundledIndex(Cited cited) {
        this.cited = cited;
        this.embedder = cited.embedder();
        this.backend = (EmbeddedBackend) cited.backend();
        this.index = backend.index();
    }

    /** The settings the test fixtures build the application from: bundled corpus, defaults everywhere. */
    public static CitedSettings settings() {
        return new CitedSettings(
                new CollectionSettings(List.of(Path.of("index")), null, PATH, IndexSettings.defaults(), false),
                BackendSettings.embedded(),
                RetrieverSettings.defaults(),
                ModelSettings.builtIn(),
                Path.of("prompts"));
    }

    public static synchronized BundledIndex get() {
        if (instance == null) {
            try {
                instance = new BundledIndex(Cited.open(settings(), new PrintWriter(new StringWriter())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The default retriever, as commands build it. */
    public Retriever retriever() {
        return cited.retriever();
    }

    /** The hybrid retriever with the tuned fusion and no re-ranking. */
    public HybridRetriever hybrid() {
        return new HybridRetriever(new Bm25Retriever(index), new VectorRetriever(index, embedder), Fusion.defaults());
    }

    /** An answer service with only the extractive model. */
    public AnswerService answers() {
        return answers(ModelConfig.builtIn());
    }

    /** An answer service with the given model profiles, the extractive one included. */
    public AnswerService answers(ModelConfig models) {
        return cited.answers(cited.registry(models), ConversationStore.inMemory());
    }

    /** An answer service with only the extractive model and the prompt templates in {@code prompts}. */
    public AnswerService answers(Path prompts) throws IOException {
        CitedSettings s = settings();
        return Cited.over(
                        new CitedSettings(s.collection(), s.backend(), s.retriever(), s.models(), prompts),
                        embedder,
                        backend)
                .answers(ConversationStore.inMemory());
    }
}
