package dev.cited.cli;

import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.select.LabelledQuestion;
import dev.cited.select.SciFactClaims;
import dev.cited.select.SelectorModel;
import dev.cited.select.SelectorTrainer;
import dev.cited.select.SentenceFeatures;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * that questions (rather than SciFact's claims) shape the weights too.
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
                    "Question sets with gold answer sentences (JSON lines). Default: src/test/resources/eval/answer-questions.jsonl.")
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
        List<Path> files =
                questions != null ? questions : List.of(home.resolve("src/test/resources/eval/answer-questions.jsonl"));
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
        String command = String.format(
                Locale.ROOT,
                "./cited train answerer --seed %d --lambda %s -k %d --question-weight %d (%d SciFact claims and %d"
                        + " questions over %s; %d bundled questions over the bundled corpus)",
                seed,
                lambda,
                k,
                questionWeight,
                claims.size(),
                questionSet.size(),
                questionsCorpus,
                bundled.size());
        PrintWriter err = spec.commandLine().getErr();
        CitedSettings settings = options.settings();
        List<SelectorTrainer.Prepared> prepared = new ArrayList<>();
        try (Cited cited = Cited.open(settings, err)) {
            SelectorTrainer trainer = trainer(cited);
            prepared.addAll(trainer.prepare(claims, k, 1, err));
            prepared.addAll(trainer.prepare(questionSet, k, questionWeight, err));
        }
        if (!bundled.isEmpty()) {
            CollectionSettings collection = new CollectionSettings(
                    List.of(home.resolve("index")),
                    null,
                    home.resolve("index/build/bundled"),
                    settings.collection().index(),
                    false);
            try (Cited cited = Cited.open(
                    new CitedSettings(
                            collection,
                            settings.backend(),
                            settings.retriever(),
                            settings.models(),
                            settings.prompts()),
                    err)) {
                prepared.addAll(trainer(cited).prepare(bundled, k, questionWeight, err));
            }
        }
        SelectorModel model =
                SelectorTrainer.fit(prepared, new SelectorTrainer.Settings(k, seed, lambda, command), err);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, model.json());
        err.println("wrote " + target);
        return 0;
    }

    private static SelectorTrainer trainer(Cited cited) {
        return new SelectorTrainer(
                cited.retriever(),
                cited.backend(),
                new SentenceFeatures(cited.embedder(), cited.backend().termStatistics()));
    }
}
