package dev.cited.cli;

import picocli.CommandLine.Command;

/** {@code cited eval}: groups the evaluation commands. */
@Command(
        name = "eval",
        description = "Measure retrieval and answers on question sets.",
        mixinStandardHelpOptions = true,
        subcommands = {
            EvalQuestionsCommand.class,
            EvalBeirCommand.class,
            EvalCitationsCommand.class,
            EvalRationalesCommand.class
        })
public final class EvalCommand {}
