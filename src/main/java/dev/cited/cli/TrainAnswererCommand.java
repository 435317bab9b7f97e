package dev.cited.cli;

import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.select.ArxivDump;
import dev.cited.select.LabelledQuestion;
import dev.cited.select.SciFactClaims;
import dev.cited.select.SelectorModel;
import dev.cited.select.SelectorTrainer;
import dev.cited.select.SentenceFeatures;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited train answerer}: retrains the extractive answerer's sentence selector ({@link
 * SelectorTrainer}) from SciFact's training claims and the question sets' records over the
 * collection the options open (SciFact's BEIR corpus), plus the bundled question set asked
 * against the bundled corpus, and writes the selector file with its training report (also on
 * standard error). Question-set sentences count {@code --question-weight} times when fitting, so
 * that questions (rather than SciFact's claims) shape the weights too. The answerability decision
 * also learns from off-collection questions drawn from the arXiv dump ({@link ArxivDump#offCollection},
 * asked against the bundled corpus, and a set of off-collection questions put as people ask them;
 * the held-out off-collection set is only reported on) and
 * from the question sets' arXiv questions, asked against a sample of the dump ({@link
 * ArxivDump#writeSample}: their papers plus {@code --arxiv-others} more, indexed in {@code
 * --arxiv-index}, the same cached index the tests use).
 */
@Command(
        name = "answerer",
        description = "Retrain the extractive answerer's sentence selector (seeded, reproducible).",
        mixinStandardHelpOptions = true)
public final class TrainAnswererCommand implements Callable<Integer> {

    @Option(
            names = "--scifact",
            paramLabel = "DIR",
            description =
                    "SciFact's original release (claims_train.jsonl, corpus.jsonl). Default: ../shared/data/scifact-original.")
    Path scifact;

    @Option(
            names = "--questions",
            paramLabel = "FILE",
            split = ",",
            description =
                    "Question sets with gold answer sentences (JSON lines). Default: src/test/resources/eval/answer-questions.jsonl"
                            + " and src/test/resources/eval/arxiv-answer-questions.jsonl.")
    List<Path> questions;

    @Option(
            names = "--questions-corpus",
            paramLabel = "NAME",
            defaultValue = "scifact",
            description = "Use the questions whose 'corpus' is this (default: ${DEFAULT-VALUE}).")
    String questionsCorpus;

    @Option(
            names = "--bundled-questions",
            paramLabel = "FILE",
            description = "Questions over the bundled corpus labelled by answer terms, asked against it (default:"
                    + " src/test/resources/eval/bundled-questions.jsonl; 'none' for none).")
    String bundledQuestions;

    @Option(
            names = "--question-weight",
            paramLabel = "N",
            defaultValue = "5",
            description =
                    "How many times a question-set sentence counts against a SciFact one when fitting (default: ${DEFAULT-VALUE}).")
    int questionWeight;

    @Option(
            names = "--arxiv",
            paramLabel = "FILE",
            description =
                    "The arXiv abstracts dump (default: ../shared/data/arxiv-cs-abstracts/arxiv_abstracts.jsonl.gz;"
                            + " 'none' for no off-collection and arXiv questions).")
    String arxiv;

    @Option(
            names = "--off-collection",
            paramLabel = "N",
            defaultValue = "300",
            description = "Off-collection questions drawn from the dump (default: ${DEFAULT-VALUE}).")
    int offCollection;

    @Option(
            names = "--off-collection-weight",
            paramLabel = "N",
            defaultValue = "3",
            description = "How many times an off-collection question counts when fitting the answerability decision"
                    + " (default: ${DEFAULT-VALUE}).")
    int offCollectionWeight;

    @Option(
            names = "--off-collection-asked",
            paramLabel = "FILE",
            description = "Off-collection questions put as people ask them, trained on like the drawn ones (default:"
                    + " src/test/resources/eval/off-collection-asked.jsonl; 'none' for none).")
    String offCollectionAsked;

    @Option(
            names = "--off-collection-heldout",
            paramLabel = "FILE",
            description = "Held-out off-collection questions, reported on only, their titles never drawn (default:"
                    + " src/test/resources/eval/off-collection-questions.jsonl).")
    Path offCollectionHeldout;

    @Option(
            names = "--arxiv-others",
            paramLabel = "N",
            defaultValue = "3000",
            description = "Papers drawn from the dump besides the arXiv questions' own (default: ${DEFAULT-VALUE}).")
    int arxivOthers;

    @Option(
            names = "--arxiv-index",
            paramLabel = "DIR",
            description = "Where the arXiv sample is indexed; its corpus is DIR-sample.jsonl beside it"
                    + " (default: target/test-indexes/arxiv).")
    Path arxivIndex;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "13", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--lambda",
            paramLabel = "L",
            defaultValue = "1.0",
            description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Option(
            names = "-k",
            paramLabel = "K",
            defaultValue = "5",
            description = "Papers per question (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the selector. Default: src/main/resources" + SelectorModel.RESOURCE + ".")
    Path out;

    @Mixin
    AnswerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path home = CollectionOptions.home();
        Path dir = scifact != null
                ? scifact
                : home.resolve("../shared/data/scifact-original").normalize();
        List<Path> files = questions != null
                ? questions
                : List.of(
                        home.resolve("src/test/resources/eval/answer-questions.jsonl"),
                        home.resolve("src/test/resources/eval/arxiv-answer-questions.jsonl"));
        Path target = out != null ? out : home.resolve("src/main/resources" + SelectorModel.RESOURCE);
        List<LabelledQuestion> claims =
                LabelledQuestion.of(SciFactClaims.read(dir.resolve("claims_train.jsonl"), dir.resolve("corpus.jsonl")));
        List<LabelledQuestion> questionSet = new ArrayList<>();
        for (Path f : files) {
            questionSet.addAll(LabelledQuestion.read(f, questionsCorpus));
        }
        Path bundledFile = "none".equals(bundledQuestions)
                ? null
                : bundledQuestions != null
                        ? Path.of(bundledQuestions)
                        : home.resolve("src/test/resources/eval/bundled-questions.jsonl");
        List<LabelledQuestion> bundled = bundledFile == null ? List.of() : LabelledQuestion.readByTerms(bundledFile);
        Path dumpFile = "none".equals(arxiv)
                ? null
                : arxiv != null
                        ? Path.of(arxiv)
                        : home.resolve("../shared/data/arxiv-cs-abstracts/arxiv_abstracts.jsonl.gz")
                                .normalize();
        List<LabelledQuestion> offHeldout = dumpFile == null
                ? List.of()
                : LabelledQuestion.readByTerms(
                        offCollectionHeldout != null
                                ? offCollectionHeldout
                                : home.resolve("src/test/resources/eval/off-collection-questions.jsonl"));
        List<LabelledQuestion> offAsked = dumpFile == null || "none".equals(offCollectionAsked)
                ? List.of()
                : LabelledQuestion.readByTerms(
                        offCollectionAsked != null
                                ? Path.of(offCollectionAsked)
                                : home.resolve("src/test/resources/eval/off-collection-asked.jsonl"));
        List<LabelledQuestion> offDrawn = List.of();
        List<LabelledQuestion> arxivQuestions = new ArrayList<>();
        Path sampleIndex = arxivIndex != null ? arxivIndex : home.resolve("target/test-indexes/arxiv");
        Path sample = sampleIndex.resolveSibling(sampleIndex.getFileName() + "-sample.jsonl");
        int samplePapers = 0;
        if (dumpFile != null) {
            ArxivDump dump = ArxivDump.read(dumpFile);
            Set<String> heldoutTitles = new HashSet<>();
            offHeldout.forEach(q -> heldoutTitles.add(q.question().strip()));
            offDrawn = dump.offCollection(offCollection, seed, heldoutTitles);
            for (Path f : files) {
                arxivQuestions.addAll(LabelledQuestion.read(f, "arxiv"));
            }
            samplePapers = dump.writeSample(ArxivDump.papersOf(arxivQuestions), arxivOthers, seed, sample);
        }
        String command = String.format(
                Locale.ROOT,
                "./cited train answerer --seed %d --lambda %s -k %d --question-weight %d --off-collection %d"
                        + " --off-collection-weight %d --arxiv-others %d (%d SciFact claims and %d questions over %s; %d bundled and %d+%d+%d"
                        + " off-collection questions over the bundled corpus; %d arXiv questions over %d sampled"
                        + " arXiv papers)",
                seed,
                lambda,
                k,
                questionWeight,
                offCollection,
                offCollectionWeight,
                arxivOthers,
                claims.size(),
                questionSet.size(),
                questionsCorpus,
                bundled.size(),
                offDrawn.size(),
                offAsked.size(),
                offHeldout.size(),
                arxivQuestions.size(),
                samplePapers);
        PrintWriter err = spec.commandLine().getErr();
        CitedSettings settings = options.settings();
        List<SelectorTrainer.Prepared> prepared = new ArrayList<>();
        try (Cited cited = Cited.open(settings, err)) {
            SelectorTrainer trainer = trainer(cited);
            prepared.addAll(trainer.prepare(claims, "scifact-claims", k, 1, err));
            prepared.addAll(trainer.prepare(questionSet, "scifact-questions", k, questionWeight, err));
        }
        if (!bundled.isEmpty() || !offDrawn.isEmpty()) {
            try (Cited cited = Cited.open(
                    over(settings, List.of(home.resolve("index")), home.resolve("index/build/bundled")), err)) {
                SelectorTrainer trainer = trainer(cited);
                prepared.addAll(trainer.prepare(bundled, "bundled", k, questionWeight, err));
                List<LabelledQuestion> off = new ArrayList<>(offDrawn);
                off.addAll(offAsked);
                off.addAll(offHeldout);
                trainer.prepare(off, "off-collection", k, 0, err).stream()
                        .map(p -> p.withQuestionWeight(offCollectionWeight))
                        .forEach(prepared::add);
            }
        }
        if (!arxivQuestions.isEmpty()) {
            long start = System.nanoTime();
            try (Cited cited = Cited.open(over(settings, List.of(sample), sampleIndex), err)) {
                err.printf(Locale.ROOT, "arXiv sample index ready in %.0f s%n", (System.nanoTime() - start) / 1e9);
                prepared.addAll(trainer(cited).prepare(arxivQuestions, "arxiv-questions", k, questionWeight, err));
            }
        }
        SelectorModel model =
                SelectorTrainer.fit(prepared, new SelectorTrainer.Settings(k, seed, lambda, command), err);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, model.json());
        err.println("wrote " + target);
        return 0;
    }

    /** {@code settings} over another collection, built like the default one, without progress bars. */
    private static CitedSettings over(CitedSettings settings, List<Path> corpus, Path indexDir) {
        CollectionSettings collection = new CollectionSettings(
                corpus, null, indexDir, settings.collection().index(), false);
        return new CitedSettings(
                collection, settings.backend(), settings.retriever(), settings.models(), settings.prompts());
    }

    private static SelectorTrainer trainer(Cited cited) {
        return new SelectorTrainer(
                cited.retriever(),
                cited.backend(),
                new SentenceFeatures(cited.embedder(), cited.backend().termStatistics()));
    }
}
