/**
 * Select: which sentences of the retrieved papers answer a question. Sits between {@code
 * retrieve} and {@code answer}: the offline {@link dev.cited.answer.ExtractiveAnswerer} quotes
 * what {@link dev.cited.select.SentenceSelector} chooses.
 *
 * <ul>
 *   <li>{@link dev.cited.select.SentenceFeatures}: per candidate sentence, evidence computed from
 *       what the index stores (sentence vectors, the collection's {@link
 *       dev.cited.retrieve.TermStatistics}, titles, retrieval scores), the question's {@link
 *       dev.cited.select.AnswerType}, whether the sentence {@linkplain dev.cited.select.Definitions
 *       defines} a word of the question and the sentence's role in its abstract; each feature again
 *       for texts put as questions, so that one model serves claims and questions;
 *   <li>{@link dev.cited.select.SelectorModel}: logistic-regression weights over those features and
 *       the thresholds that decide how many sentences to quote (for claims and for questions apart), stored as a versioned JSON resource
 *       ({@code selector-v2.json}) with the command that produced it;
 *   <li>{@link dev.cited.select.AnswerabilityModel}: the question-level decision whether the
 *       sources answer at all, a second logistic regression over {@link
 *       dev.cited.select.AnswerabilityFeatures} (the selector's best probabilities, absolute dense
 *       and BM25 evidence of the top paper, the share of the question's IDF mass the sources hold,
 *       terms the collection has barely seen), stored in the same file;
 *   <li>{@link dev.cited.select.SelectorTrainer} (driven by {@code cited train answerer}): retrains
 *       it from SciFact's rationale sentences ({@link dev.cited.select.SciFactClaims}) and question
 *       sets with gold answer sentences ({@link dev.cited.select.LabelledQuestion}), seeded; {@link
 *       dev.cited.select.AnswerabilityTrainer} fits the answerability decision and chooses its
 *       threshold by a stated rule, also from off-collection questions and an arXiv sample drawn
 *       from the arXiv dump ({@link dev.cited.select.ArxivDump});
 *   <li>{@link dev.cited.select.RationaleScore}: lenient sentence-level precision, recall and F1,
 *       shared by training and {@code cited eval rationales}.
 * </ul>
 *
 * <p>Depends on {@code retrieve}, {@code index}, {@code ingest} and {@code check} (numbered
 * sources); imports neither Lucene nor Javalin, nor {@code answer}.
 */
package dev.cited.select;
