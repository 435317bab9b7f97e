package dev.cited.cli;

import picocli.CommandLine.Command;

/** {@code cited train}: retrains the models Cited ships. */
@Command(
        name = "train",
        description = "Retrain a model Cited ships.",
        mixinStandardHelpOptions = true,
        subcommands = {TrainAnswererCommand.class})
public final class TrainCommand {}
