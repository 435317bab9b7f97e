package dev.cited.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cited} command line: wires every stage's command together. */
@Command(
        name = "cited",
        mixinStandardHelpOptions = true,
        version = "cited 0.1.0",
        description = "Answers questions over collections of paper abstracts, citing a paper for every claim.",
        subcommands = {
            IndexCommand.class,
            SearchCommand.class,
            AskCommand.class,
            ServeCommand.class,
            ModelsCommand.class,
            EvalCommand.class,
            FeedbackCommand.class,
            BenchCommand.class,
            TrainCommand.class
        })
public final class Main {

    /** Lucene logs its vectorization set-up at INFO on every start; keep the terminal quiet. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Main() {}

    public static void main(String[] args) {
        // DJL warns about CUDA and tokenizer defaults on every start; only errors are worth a line.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        System.exit(run(args));
    }

    /** Runs the command line on standard out and error; returns 0 ok, 1 failure, 2 bad usage. */
    public static int run(String... args) {
        return run(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                args);
    }

    /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        LUCENE_LOG.setLevel(Level.WARNING);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(Main::reportFailure);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int reportFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof IllegalArgumentException) {
            err.println("cited: " + e.getMessage());
            return 2;
        }
        String message = e instanceof NoSuchFileException nsf ? "no such file: " + nsf.getFile() : e.getMessage();
        err.println("cited: " + (message == null ? e.getClass().getSimpleName() : message));
        if (Boolean.getBoolean("cited.debug")) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
