/**
 * Select: which sentences of the retrieved papers answer a question. Sits between {@code
 * retrieve} and {@code answer}: the offline {@link dev.cited.answer.ExtractiveAnswerer} quotes
 * what {@link dev.cited.select.SentenceSelector} chooses.
 *
 * <ul>
 *   <li>{@link dev.cited.select.SentenceFeatures}: per candidate sentence, evidence computed from
 *       what the index stores (sentence vectors, the collection's {@link
 *       dev.cited.retrieve.TermStatistics}, titles, retrieval scores), the question's {@link
 *       dev.cited.select.AnswerType} and the sentence's role in its abstract;
 *   <li>{@link dev.cited.select.SelectorModel}: logistic-regression weights over those features and
 *       the thresholds that decide how many sentences to quote and when to abstain, stored as a
 *       versioned JSON resource ({@code selector-v1.json}) with the command that produced it;
 *   <li>{@link dev.cited.select.SelectorTrainer} (driven by {@code cited train answerer}): retrains
 *       it from SciFact's rationale sentences ({@link dev.cited.select.SciFactClaims}) and question
 *       sets with gold answer sentences ({@link dev.cited.select.LabelledQuestion}), seeded;
 *   <li>{@link dev.cited.select.RationaleScore}: lenient sentence-level precision, recall and F1,
 *       shared by training and {@code cited eval rationales}.
 * </ul>
 *
 * <p>Depends on {@code retrieve}, {@code index}, {@code ingest} and {@code check} (numbered
 * sources); imports neither Lucene nor Javalin, nor {@code answer}.
 */
package dev.cited.select;
