package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.PaperIndex;
import dev.cited.index.StoredPaper;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The default backend: a Lucene index generation on local disk. Owns the index it is given. */
public final class EmbeddedBackend implements SearchBackend {

    private final PaperIndex index;
    private final Embedder embedder;
    private final Path location;
    private final TermStatistics termStatistics;

    /**
     * @param index an open generation, closed with this backend
     * @param embedder embeds queries, and is given the sentence vectors of the papers read; not
     *     closed with this backend
     * @param location the index directory, for messages
     */
    public EmbeddedBackend(PaperIndex index, Embedder embedder, Path location) throws IOException {
        this.index = index;
        this.termStatistics = new LuceneTermStatistics(index.searcher().getIndexReader());
        this.embedder = embedder;
        this.location = location;
    }

    /** The open Lucene generation, for what needs the index itself (HNSW recall, tests). */
    public PaperIndex index() {
        return index;
    }

    @Override
    public Retriever retriever(RetrieverSettings settings) {
        return switch (settings.kind()) {
            case BM25 -> new Bm25Retriever(index, settings.k1(), settings.b());
            case DENSE -> new VectorRetriever(index, embedder);
            case HYBRID ->
                reranked(
                        new HybridRetriever(
                                new Bm25Retriever(index, settings.k1(), settings.b()),
                                new VectorRetriever(index, embedder),
                                settings.fusion()),
                        settings.rerank());
        };
    }

    private Retriever reranked(Retriever hybrid, RetrieverSettings.Rerank rerank) {
        return switch (rerank) {
            case NONE -> hybrid;
            case SENTENCES -> new SentenceReranker(hybrid, embedder, index::stored);
        };
    }

    /** The paper with this id; its sentence vectors go to the embedder ({@link StoredPaper#primed}). */
    @Override
    public Optional<Paper> paper(String id) throws IOException {
        return index.stored(id).map(p -> p.primed(embedder));
    }

    /** Document frequencies from this index's term dictionary. */
    @Override
    public Optional<TermStatistics> termStatistics() {
        return Optional.of(termStatistics);
    }

    @Override
    public int paperCount() {
        return index.paperCount();
    }

    @Override
    public IndexManifest manifest() {
        return index.manifest();
    }

    @Override
    public String generation() {
        return index.generation();
    }

    @Override
    public String location() {
        return location.toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
