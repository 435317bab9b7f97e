/**
 * Eval: measures retrieval and answers on real question sets.
 *
 * <ul>
 *   <li>{@link dev.cited.eval.BeirEvaluation}: nDCG@10 and Recall@100 of a retriever on a BEIR
 *       collection (queries and qrels), the numbers published for SciFact;
 *   <li>{@link dev.cited.eval.QuestionSetEvaluation}: for a question set with relevant papers
 *       and answer terms ({@link dev.cited.eval.Question}), Recall@k and MRR of retrieval, and of
 *       the answers: answer-term hit rate, whether a relevant paper is cited, citation validity
 *       (every marker resolves, every quote is verbatim in its cited version) and abstention
 *       precision and recall.
 * </ul>
 *
 * <p>Uses {@code backend}, {@code retrieve} and {@code answer}; nothing depends on it.
 */
package dev.cited.eval;
