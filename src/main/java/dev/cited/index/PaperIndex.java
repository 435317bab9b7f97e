package dev.cited.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.ingest.Paper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An open, read-only index generation: the Lucene searcher, the manifest, and papers by id.
 * Thread-safe.
 */
public final class PaperIndex implements PaperLookup, Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexManifest manifest;
    private final PaperCache papers = new PaperCache();
    private final String generation;

    private PaperIndex(FSDirectory directory, DirectoryReader reader, IndexManifest manifest, String generation) {
        this.directory = directory;
        this.generation = generation;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.manifest = manifest;
    }

    /** Opens the generation in {@code generationDir}. */
    public static PaperIndex open(Path generationDir) throws IOException {
        IndexManifest manifest = IndexManifest.read(generationDir);
        FSDirectory dir = FSDirectory.open(generationDir);
        try {
            return new PaperIndex(
                    dir,
                    DirectoryReader.open(dir),
                    manifest,
                    generationDir.getFileName().toString());
        } catch (IOException e) {
            dir.close();
            throw e;
        }
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public IndexManifest manifest() {
        return manifest;
    }

    /** The paper id of a chunk document. */
    public String paperId(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.PAPER);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " is not a chunk");
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    /** The 1-based version of a chunk document. */
    public int version(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.VERSION);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " is not a chunk");
        }
        return (int) values.longValue();
    }

    @Override
    public Optional<Paper> paper(String id) throws IOException {
        return stored(id).map(StoredPaper::paper);
    }

    /** The paper with this id and its sentence vectors, if indexed. */
    public Optional<StoredPaper> stored(String id) throws IOException {
        return papers.get(id, this::read);
    }

    private Optional<StoredPaper> read(String id) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PAPER)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.PAPER, id)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        BytesRef json = doc.getBinaryValue(IndexFields.JSON);
        BytesRef vectors = doc.getBinaryValue(IndexFields.SENTENCE_VECTORS);
        Paper paper =
                JSON.readValue(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8), Paper.class);
        return Optional.of(new StoredPaper(paper, vectors == null ? new byte[0] : BytesRef.deepCopyOf(vectors).bytes));
    }

    /** The generation's directory name, e.g. {@code gen-000004}. */
    @Override
    public String generation() {
        return generation;
    }

    @Override
    public int paperCount() {
        return manifest.papers();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
