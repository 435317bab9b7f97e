package dev.cited.cli;

import dev.cited.app.Cited;
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
 * SelectorTrainer}) over the collection the options open (SciFact's BEIR corpus), from SciFact's
 * training claims and the question sets' records over that collection, and writes the selector
 * file with its training report. The report also goes to standard error.
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
        List<LabelledQuestion> labelled = new ArrayList<>(LabelledQuestion.of(
                SciFactClaims.read(dir.resolve("claims_train.jsonl"), dir.resolve("corpus.jsonl"))));
        for (Path f : files) {
            labelled.addAll(LabelledQuestion.read(f, questionsCorpus));
        }
        String command = String.format(
                Locale.ROOT,
                "./cited train answerer --seed %d --lambda %s -k %d (%d SciFact claims and %d questions over %s)",
                seed,
                lambda,
                k,
                labelled.stream().filter(q -> q.id().startsWith("scifact-")).count(),
                labelled.stream().filter(q -> !q.id().startsWith("scifact-")).count(),
                questionsCorpus);
        PrintWriter err = spec.commandLine().getErr();
        try (Cited cited = Cited.open(options.settings(), err)) {
            SelectorTrainer trainer = new SelectorTrainer(
                    cited.retriever(),
                    cited.backend(),
                    new SentenceFeatures(cited.embedder(), cited.backend().termStatistics()));
            SelectorModel model = trainer.train(labelled, new SelectorTrainer.Settings(k, seed, lambda, command), err);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, model.json());
            err.println("wrote " + target);
        }
        return 0;
    }
}
