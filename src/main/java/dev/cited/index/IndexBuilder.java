package dev.cited.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Builds one index generation from a collection: ingest, chunk, embed (reusing the {@link
 * EmbeddingCache}), write Lucene documents and the {@link IndexManifest}. The caller ({@link
 * IndexStore}) decides where the generation goes and publishes it only when this returns.
 */
final class IndexBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a build produced. */
    record Result(IndexManifest manifest, Corpus corpus) {}

    private final IndexSettings settings;
    private final Embedder embedder;
    private final PrintWriter log;
    private final boolean progress;

    IndexBuilder(IndexSettings settings, Embedder embedder, PrintWriter log, boolean progress) {
        this.settings = settings;
        this.embedder = embedder;
        this.log = log;
        this.progress = progress;
    }

    Result build(
            List<Path> corpusPaths, CorpusFormat format, List<SourceFile> sources, Path target, EmbeddingCache cache)
            throws IOException {
        Instant start = Instant.now();
        ChunkedCorpus prepared = ChunkedCorpus.prepare(corpusPaths, format, settings, embedder, cache, log, progress);
        Corpus corpus = prepared.corpus();
        List<Chunk> chunks = prepared.chunks();
        try (FSDirectory dir = FSDirectory.open(target);
                IndexWriter writer = new IndexWriter(
                        dir,
                        new IndexWriterConfig(new EnglishAnalyzer())
                                .setCodec(codec(settings.vectors()))
                                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                                .setRAMBufferSizeMB(256))) {
            int c = 0;
            for (Paper paper : corpus.papers()) {
                writer.addDocument(paperDocument(paper, SentenceVectors.encode(paper, cache)));
                while (c < chunks.size() && chunks.get(c).paperId().equals(paper.id())) {
                    writer.addDocument(
                            chunkDocument(chunks.get(c), cache.get(chunks.get(c).indexedText())));
                    c++;
                }
            }
            writer.forceMerge(1);
            writer.commit();
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        IndexManifest manifest = new IndexManifest(
                IndexManifest.FORMAT,
                settings.model().id(),
                settings.model().dimensions(),
                settings.model().queryPrefix(),
                settings.chunkWords(),
                IndexFields.CONTENTS_ANALYSIS,
                sources,
                IndexStore.fingerprint(sources, settings),
                corpus.papers().size(),
                prepared.versions(),
                chunks.size(),
                Instant.now().toString(),
                seconds,
                prepared.embedded(),
                settings.vectors().toString(),
                prepared.sentences(),
                prepared.embeddedSentences());
        manifest.write(target);
        return new Result(manifest, corpus);
    }

    /** The default codec with the chosen vectors format for the vector field. */
    private static Codec codec(VectorEncoding vectors) {
        KnnVectorsFormat format = vectors.format();
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    private static Document paperDocument(Paper paper, byte[] sentenceVectors) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PAPER, Field.Store.NO));
        doc.add(new StringField(IndexFields.PAPER, paper.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.PAPER, new BytesRef(paper.id())));
        doc.add(new StoredField(
                IndexFields.JSON, new BytesRef(JSON.writeValueAsString(paper).getBytes(StandardCharsets.UTF_8))));
        doc.add(new StoredField(IndexFields.SENTENCE_VECTORS, new BytesRef(sentenceVectors)));
        return doc;
    }

    private static Document chunkDocument(Chunk chunk, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_CHUNK, Field.Store.NO));
        doc.add(new StringField(IndexFields.PAPER, chunk.paperId(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.PAPER, new BytesRef(chunk.paperId())));
        doc.add(new NumericDocValuesField(IndexFields.VERSION, chunk.version()));
        doc.add(new NumericDocValuesField(IndexFields.CHUNK, chunk.number()));
        doc.add(new TextField(IndexFields.CONTENTS, chunk.indexedText(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }
}
