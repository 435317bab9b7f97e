package dev.cited;

import dev.cited.answer.AnswerService;
import dev.cited.answer.CitationChecker;
import dev.cited.answer.ConversationStore;
import dev.cited.answer.ExtractiveChatModel;
import dev.cited.answer.PromptTemplates;
import dev.cited.index.Embedder;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.Bm25Retriever;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.Fusion;
import dev.cited.retrieve.HybridRetriever;
import dev.cited.retrieve.VectorRetriever;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled corpus indexed once per test JVM with the real embedding model, into {@code
 * target/test-indexes/bundled} (kept between runs: an unchanged corpus is not rebuilt).
 */
public final class BundledIndex {

    private static final Path PATH = Path.of("target", "test-indexes", "bundled");
    private static BundledIndex instance;

    public final Embedder embedder;
    public final PaperIndex index;
    /** The index as commands see it: reading a paper primes the embedder with its sentence vectors. */
    public final EmbeddedBackend backend;

    private BundledIndex(Embedder embedder, PaperIndex index) {
        this.embedder = embedder;
        this.index = index;
        this.backend = new EmbeddedBackend(index, embedder, PATH);
    }

    public static synchronized BundledIndex get() {
        if (instance == null) {
            try {
                Embedder embedder = new Embedder(IndexSettings.defaults().model());
                IndexStore store = new IndexStore(PATH);
                List<Path> corpus = List.of(Path.of("index"));
                if (store.staleness(corpus, IndexSettings.defaults()).isPresent()) {
                    store.build(corpus, null, IndexSettings.defaults(), embedder, new PrintWriter(new StringWriter()), false);
                }
                instance = new BundledIndex(embedder, PaperIndex.open(store.current().orElseThrow()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public HybridRetriever hybrid() {
        return new HybridRetriever(new Bm25Retriever(index), new VectorRetriever(index, embedder), Fusion.defaults());
    }

    /** An answer service with only the extractive model. */
    public AnswerService answers() {
        return answers(ModelConfig.builtIn());
    }

    /** An answer service with the given model profiles around the extractive model. */
    public AnswerService answers(ModelConfig models) {
        try {
            return new AnswerService(hybrid(), backend, new ModelRegistry(models, new ExtractiveChatModel(embedder)),
                    PromptTemplates.load(Path.of("prompts")), new CitationChecker(embedder), ConversationStore.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
