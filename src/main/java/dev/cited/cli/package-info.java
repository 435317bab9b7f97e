/**
 * CLI: the {@code cited} command line, on picocli.
 *
 * <p>{@link dev.cited.cli.Main} declares the commands. Each command is a thin class: it parses
 * its options, turns them into plain settings records ({@link dev.cited.cli.CollectionOptions},
 * {@link dev.cited.cli.BackendOptions}, {@link dev.cited.cli.RetrieverOptions}, {@link
 * dev.cited.cli.ModelOptions}, gathered by {@link dev.cited.cli.AnswerOptions} into a {@link
 * dev.cited.app.CitedSettings}), asks the composition root ({@link dev.cited.app.Cited}) for the
 * parts it needs, and prints. No other package imports picocli.
 *
 * <p>Depends on {@code app} and the stages' public types.
 */
package dev.cited.cli;
