package dev.cited.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * A LangChain4j in-process embedding model whose ONNX Runtime session uses one intra-op thread.
 *
 * <p>The stock models give each call a thread per core and run one call per core on top, which
 * oversubscribes small machines; one thread per session with one caller per core embedded about
 * twice as fast on 2 cores. Each model is loaded once per JVM.
 */
final class OnnxEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final Map<EmbeddingModelSpec, OnnxBertBiEncoder> LOADED = new EnumMap<>(EmbeddingModelSpec.class);
    private final EmbeddingModelSpec spec;
    private final OnnxBertBiEncoder encoder;

    OnnxEmbeddingModel(EmbeddingModelSpec spec, Executor executor) {
        super(executor);
        this.spec = spec;
        this.encoder = load(spec);
    }

    private static synchronized OnnxBertBiEncoder load(EmbeddingModelSpec spec) {
        return LOADED.computeIfAbsent(spec, s -> {
            ClassLoader loader = OnnxEmbeddingModel.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(s.onnxResource());
                    InputStream tokenizer = loader.getResourceAsStream(s.tokenizerResource())) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException(
                            "embedding model " + s.id() + " is not on the class path (" + s.onnxResource() + ")");
                }
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = env.createSession(model.readAllBytes(), options);
                return new OnnxBertBiEncoder(env, session, tokenizer, s.pooling());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedding model " + s.id(), e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load embedding model " + s.id() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return spec.dimensions();
    }
}
