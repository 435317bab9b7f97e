/**
 * Cited: answers questions over collections of scientific abstracts; every claim cites a paper.
 *
 * <p>The data flows through one package per stage, dependencies pointing one way:
 *
 * <pre>
 *   ingest → index → retrieve → answer ← llm (model profiles and provider clients)
 *                                  ↓
 *                                 eval (uses retrieve and answer)
 * </pre>
 *
 * <p>{@link dev.cited.Main} is the only class that knows every stage: it wires each stage's
 * command (which lives beside the code it drives) into the {@code cited} command line.
 */
package dev.cited;
