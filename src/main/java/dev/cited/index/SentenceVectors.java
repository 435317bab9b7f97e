package dev.cited.index;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embeddings of a paper's sentences, computed when the index is built and stored with the
 * paper, so that answering over it (which scores every sentence against the question) embeds
 * nothing but the question.
 *
 * <p>The sentences are those {@link Sentences#split} finds in the paper's versions, each distinct
 * sentence once, in order of first appearance. The stored form is a {@link FormatHeader}
 * ({@value #CODEC}, version {@value #VERSION}), then, per sentence, a little-endian float scale
 * followed by one signed byte per dimension ({@code round(x / scale)}, scale = the largest
 * magnitude / 127): a quarter of the float size. Decoded vectors are normalised again; their
 * cosine with a query differs from the exact one by well under 0.01 (see the tests).
 */
public final class SentenceVectors {

    static final String CODEC = "CitedSentenceVectors";
    static final int VERSION = 1;
    private static final int HEADER_BYTES = FormatHeader.length(CODEC);

    private SentenceVectors() {}

    /** The distinct sentences of all versions of {@code paper}, in order of first appearance. */
    public static List<String> sentences(Paper paper) {
        Set<String> out = new LinkedHashSet<>();
        for (PaperVersion v : paper.versions()) {
            out.addAll(Sentences.split(v.text()));
        }
        return List.copyOf(out);
    }

    /** The stored form of {@code vectors}, all of the same dimension. */
    public static byte[] encode(List<float[]> vectors) {
        int dims = vectors.isEmpty() ? 0 : vectors.getFirst().length;
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + vectors.size() * (Float.BYTES + dims))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(FormatHeader.bytes(CODEC, VERSION));
        for (float[] v : vectors) {
            if (v.length != dims) {
                throw new IllegalArgumentException("vector has " + v.length + " dimensions, expected " + dims);
            }
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 1 : max / 127;
            out.putFloat(scale);
            for (float x : v) {
                out.put((byte) Math.round(x / scale));
            }
        }
        return out.array();
    }

    /**
     * The vectors of {@link #sentences}({@code paper}) from their stored form, by sentence; empty
     * when there is nothing stored, when {@code stored} has no Cited header (an index built
     * before the header existed, which its manifest's format marks stale) or when it does not
     * hold one {@code dimensions}-vector per sentence (an index for other text), so callers fall
     * back to embedding.
     *
     * @throws IllegalStateException if {@code stored} has a Cited header for another codec or
     *     version, naming the paper and what was expected and found
     */
    public static Map<String, float[]> decode(Paper paper, byte[] stored, int dimensions) {
        if (stored == null || !FormatHeader.startsWithMagic(ByteBuffer.wrap(stored))) {
            return Map.of();
        }
        ByteBuffer in = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        try {
            FormatHeader.check(in, CODEC, VERSION, "sentence vectors of paper " + paper.id());
        } catch (FormatHeader.MismatchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<String> sentences = sentences(paper);
        if (in.remaining() != sentences.size() * (Float.BYTES + dimensions)) {
            return Map.of();
        }
        Map<String, float[]> out = new HashMap<>();
        for (String sentence : sentences) {
            float scale = in.getFloat();
            float[] v = new float[dimensions];
            double norm = 0;
            for (int i = 0; i < dimensions; i++) {
                v[i] = in.get() * scale;
                norm += v[i] * v[i];
            }
            float inverse = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < dimensions; i++) {
                v[i] *= inverse;
            }
            out.put(sentence, v);
        }
        return out;
    }

    /**
     * The cosine between {@code query} (normalised) and each stored sentence vector, in sentence
     * order, computed on the stored bytes without decoding them (the scale cancels out); empty
     * when there is nothing stored, when {@code stored} has no Cited header or when its length
     * does not fit whole {@code query.length}-vectors. Unlike {@link #decode} it does not split
     * the paper's text, so it cannot tell vectors stored for other sentences of the same count.
     *
     * @throws IllegalStateException if {@code stored} has a Cited header for another codec or
     *     version
     */
    public static float[] cosines(byte[] stored, float[] query) {
        if (stored == null || !FormatHeader.startsWithMagic(ByteBuffer.wrap(stored))) {
            return new float[0];
        }
        ByteBuffer in = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        try {
            FormatHeader.check(in, CODEC, VERSION, "stored sentence vectors");
        } catch (FormatHeader.MismatchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        int dims = query.length;
        int stride = Float.BYTES + dims;
        if (dims == 0 || in.remaining() % stride != 0) {
            return new float[0];
        }
        float[] out = new float[in.remaining() / stride];
        int at = in.position();
        for (int s = 0; s < out.length; s++, at += stride) {
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < dims; i++) {
                int b = stored[at + Float.BYTES + i];
                dot += query[i] * b;
                norm += b * b;
            }
            out[s] = norm == 0 ? 0 : (float) (dot / Math.sqrt(norm));
        }
        return out;
    }

    /** The stored form for {@code paper}, taking each sentence's vector from {@code cache}. */
    public static byte[] encode(Paper paper, EmbeddingCache cache) {
        List<float[]> vectors = new ArrayList<>();
        for (String sentence : sentences(paper)) {
            float[] v = cache.get(sentence);
            if (v == null) {
                throw new IllegalStateException("sentence of paper " + paper.id() + " was not embedded: " + sentence);
            }
            vectors.add(v);
        }
        return encode(vectors);
    }
}
