/**
 * Eval: measures retrieval and answers on real question sets.
 *
 * <ul>
 *   <li>{@link dev.cited.eval.BeirEvaluation}: nDCG@10, Recall@10 and Recall@100 of a retriever
 *       on a BEIR collection (queries and qrels), the numbers published for SciFact, over all
 *       queries or a {@link dev.cited.eval.QuerySplit} of them (ids that are multiples of 5 held
 *       out, the rest for tuning);
 *   <li>{@link dev.cited.eval.QuestionSetEvaluation}: for a question set with relevant papers
 *       and answer terms ({@link dev.cited.eval.Question}), Recall@k and MRR of retrieval, and of
 *       the answers: answer-term hit rate, whether a relevant paper is cited, citation validity
 *       (every marker resolves, every quote is verbatim in its cited version) and abstention
 *       precision and recall;
 *   <li>{@link dev.cited.eval.CitationEvaluation}: replays hand-labelled model answers ({@link
 *       dev.cited.eval.LabelledAnswer}: every statement labelled faithful, a fault of a named kind,
 *       or no claim) through the real {@code CitationChecker} and reads its per-claim judgements:
 *       faithful statements kept with a citation, faults still shown with one (per kind),
 *       statements that claim nothing removed without a warning, and declined answers turned into
 *       abstentions, per corpus, style and split ({@link dev.cited.eval.CitationReport}), with
 *       every miss listed. A statement is matched to the claim whose span covers more than half of
 *       it;
 *   <li>{@link dev.cited.eval.RationaleEvaluation}: SciFact sentence-level rationale precision,
 *       recall and F1 of the sentences the answers quote, with retrieval or with the gold abstracts
 *       as sources ({@code GivenPapersRetriever}), training and held-out claims reported apart.
 * </ul>
 *
 * <p>Uses {@code backend}, {@code retrieve}, {@code select}, {@code answer} and {@code ingest};
 * nothing depends on it.
 */
package dev.cited.eval;
