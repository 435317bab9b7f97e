package dev.cited.answer;

import dev.cited.check.NumberedSources;
import dev.cited.index.Embedder;
import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The offline default answerer: answers with sentences quoted verbatim from the numbered sources,
 * so it needs no language model and cannot invent a claim. It receives the question and the
 * sources (every version's text) as data and never sees the prompt templates, so rewording a
 * prompt cannot change its answers.
 *
 * <p>Each sentence of each source version is scored against the question: the cosine similarity
 * of their embeddings (question with the model's query instruction; sentence vectors come from
 * the {@linkplain Embedder#passageVectors embedder's passage cache}, which the index primes with
 * the vectors it stored for each paper, so only unseen text is embedded) plus {@link
 * Settings#lexicalWeight()} times the share of the question's analysed terms the sentence
 * contains. When the best sentence scores below {@link Settings#minScore()} the reply is {@link
 * #NO_ANSWER}. Otherwise up to {@link Settings#maxSentences()} sentences within {@link
 * Settings#margin()} of the best are used (at most two per paper, no near-repeats), each followed
 * by its {@code [n]} marker. When another version of a cited paper words the chosen sentence so
 * that it {@link VersionComparison#disagree disagrees}, the reply says so and quotes that version
 * too. The default settings were tuned on the development split of the bundled question set (see
 * README).
 */
public final class ExtractiveAnswerer implements Answerer {

    /** The reply when the sources do not answer the question. */
    public static final String NO_ANSWER = "The sources do not answer this question.";

    private static final int MAX_PER_SOURCE = 2;

    /**
     * How sentences are scored and chosen.
     *
     * @param lexicalWeight weight of the question-term share added to the cosine similarity
     * @param minScore below this best score the model abstains
     * @param margin sentences scoring within this of the best are used
     * @param maxSentences most sentences in an answer
     */
    public record Settings(double lexicalWeight, double minScore, double margin, int maxSentences) {
        public static final Settings DEFAULTS = new Settings(0.4, 0.66, 0.08, 3);

        public Settings {
            if (lexicalWeight < 0 || margin < 0 || maxSentences < 1) {
                throw new IllegalArgumentException("illegal extractive settings: lexical weight and margin must be"
                        + " non-negative and max sentences at least 1, got " + lexicalWeight + ", " + margin + ", "
                        + maxSentences);
            }
        }

        /**
         * Parses {@code lexical=0.4,min=0.66,margin=0.08,max=3}; missing keys keep their defaults.
         *
         * @throws IllegalArgumentException naming an unknown key or bad number
         */
        public static Settings parse(String spec) {
            double lexical = DEFAULTS.lexicalWeight;
            double min = DEFAULTS.minScore;
            double margin = DEFAULTS.margin;
            int max = DEFAULTS.maxSentences;
            for (String part : spec.split(",")) {
                String[] kv = part.strip().split("=", 2);
                try {
                    switch (kv[0]) {
                        case "lexical" -> lexical = Double.parseDouble(kv[1]);
                        case "min" -> min = Double.parseDouble(kv[1]);
                        case "margin" -> margin = Double.parseDouble(kv[1]);
                        case "max" -> max = Integer.parseInt(kv[1]);
                        default ->
                            throw new IllegalArgumentException(
                                    "unknown extractive setting '" + kv[0] + "', expected lexical, min, margin or max");
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("illegal extractive setting '" + part + "'", e);
                }
            }
            return new Settings(lexical, min, margin, max);
        }
    }

    private final Embedder embedder;
    private final Settings settings;

    public ExtractiveAnswerer(Embedder embedder) {
        this(embedder, Settings.DEFAULTS);
    }

    public ExtractiveAnswerer(Embedder embedder, Settings settings) {
        this.embedder = embedder;
        this.settings = settings;
    }

    /** A sentence of one source version and how well it answers the question. */
    record Candidate(int n, int version, String sentence, double dense, double lexical, double score) {}

    /**
     * The reply: the chosen sentences, each followed by its {@code [n]} marker, or {@link
     * #NO_ANSWER}. With a listener the finished reply is handed out word by word (whitespace kept,
     * so the tokens join to the reply).
     *
     * @throws CancellationException when the listener is cancelled between words
     */
    @Override
    public String reply(String question, NumberedSources sources, AnswerListener listener) {
        String reply = answer(question, sources);
        if (listener != null) {
            int start = 0;
            for (int i = 1; i <= reply.length(); i++) {
                if (i == reply.length()
                        || (Character.isWhitespace(reply.charAt(i)) && !Character.isWhitespace(reply.charAt(i - 1)))) {
                    if (listener.cancelled()) {
                        throw new CancellationException("the listener went away");
                    }
                    listener.token(reply.substring(start, i));
                    start = i;
                }
            }
        }
        return reply;
    }

    /** The reply to {@code question} from {@code sources}, as {@link #reply} returns it. */
    String answer(String question, NumberedSources sources) {
        List<Candidate> candidates = score(question, sources);
        if (candidates.isEmpty() || candidates.getFirst().score() < settings.minScore()) {
            return NO_ANSWER;
        }
        double floor = candidates.getFirst().score() - settings.margin();
        List<Candidate> chosen = new ArrayList<>();
        Map<Integer, Integer> perSource = new HashMap<>();
        for (Candidate c : candidates) {
            if (chosen.size() == settings.maxSentences() || c.score() < floor) {
                break;
            }
            boolean repeat =
                    chosen.stream().anyMatch(s -> VersionComparison.similarity(s.sentence(), c.sentence()) >= 0.6);
            if (!repeat && perSource.getOrDefault(c.n(), 0) < MAX_PER_SOURCE) {
                chosen.add(c);
                perSource.merge(c.n(), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Candidate c : chosen) {
            out.append(c.sentence()).append(" [").append(c.n()).append("] ");
            disagreement(sources, c).ifPresent(out::append);
        }
        return out.toString().strip();
    }

    private Optional<String> disagreement(NumberedSources sources, Candidate c) {
        List<PaperVersion> versions = sources.get(c.n()).orElseThrow().paper().versions();
        StringBuilder out = new StringBuilder();
        for (PaperVersion version : versions) {
            int w = version.number();
            if (w == c.version()) {
                continue;
            }
            String best = null;
            double bestSim = 0;
            for (String s : Sentences.split(version.text())) {
                double sim = VersionComparison.similarity(c.sentence(), s);
                if (sim > bestSim) {
                    best = s;
                    bestSim = sim;
                }
            }
            if (best != null
                    && bestSim >= VersionComparison.ALIGNED
                    && !best.equals(c.sentence())
                    && VersionComparison.disagree(c.sentence(), best)) {
                boolean inner = best.indexOf('"') >= 0;
                out.append("The versions of this paper disagree here: version ")
                        .append(w)
                        .append(" says ")
                        .append(inner ? '“' : '"')
                        .append(best)
                        .append(inner ? '”' : '"')
                        .append(" [")
                        .append(c.n())
                        .append("] ");
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /**
     * Every distinct sentence of every version of every source, best first (ties: source number,
     * then version number); sources are read in listing order, versions in number order.
     */
    List<Candidate> score(String question, NumberedSources sources) {
        Set<String> questionTerms = new HashSet<>(TermAnalyzer.terms(question));
        float[] q = embedder.embedQuery(question);
        record Place(int n, int version, String sentence) {}
        List<Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberedSources.Entry source : sources.entries()) {
            for (PaperVersion version : source.paper().versions()) {
                for (String s : Sentences.split(version.text())) {
                    if (seen.add(source.n() + "\u0000" + s)) {
                        places.add(new Place(source.n(), version.number(), s));
                    }
                }
            }
        }
        List<float[]> vectors =
                embedder.passageVectors(places.stream().map(Place::sentence).toList());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            float[] s = vectors.get(i);
            double lexical = termShare(questionTerms, p.sentence());
            double dense = Embedder.cosine(q, s);
            out.add(new Candidate(
                    p.n(), p.version(), p.sentence(), dense, lexical, dense + settings.lexicalWeight() * lexical));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(Candidate::n)
                .thenComparingInt(Candidate::version));
        return out;
    }

    /** The share of the question's analysed terms that {@code sentence} contains, in [0, 1]. */
    private static double termShare(Set<String> questionTerms, String sentence) {
        if (questionTerms.isEmpty()) {
            return 0;
        }
        Set<String> terms = new HashSet<>(TermAnalyzer.terms(sentence));
        return questionTerms.stream().filter(terms::contains).count() / (double) questionTerms.size();
    }
}
