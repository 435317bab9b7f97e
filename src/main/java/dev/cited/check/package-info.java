/**
 * Check: a model's reply and the numbered sources in, the reply with only backed citations out,
 * judged in code the way a careful reader holding the abstracts would, whatever model wrote it.
 *
 * <p>{@link dev.cited.check.NumberedSources} numbers the retrieved papers (one paper, one number,
 * stable within a conversation) and renders them for a prompt. {@link dev.cited.check.AnswerReader}
 * reads the reply as models write it into a {@link dev.cited.check.Reply}: Markdown blocks
 * (paragraphs, list items, headings, framing lines, a closing source list) and statements, each
 * with the source numbers it cites, the numbers it names in passing and its quotes. {@link
 * dev.cited.check.CitationChecker} judges every statement marker by marker with a {@code
 * SupportFinder} (quotes by {@code QuoteSupport}, the paper's metadata, one or two sentences, the claim's terms read by
 * {@code ClaimTerms}, its numbers by {@code NumberGuard}, what a sentence only asks left out by
 * {@code Inquiry}) and the claim checks: {@link
 * dev.cited.check.Quantities} (numbers in digits and words; interval ends by {@code Intervals}, units
 * by {@code Measures}),
 * {@link dev.cited.check.Polarity} (negation and direction; {@code NegationCues}, {@code Antonyms}, {@code PolarityLexicon}, {@code SwappedComparison}), {@link dev.cited.check.Verdict} ("Yes", "No", "Partly") and {@link
 * dev.cited.check.AbsenceStatement} ("source [2] does not mention X"), with {@code DegreeWords}
 * (absolutes and comparatives a claim may not add; groups in {@code degree-words.tsv}) and {@code
 * ForeignTerms} (words borrowed from another listed source), {@code SwappedNumbers} (two numbers
 * given to each other's content), {@code MisplacedNumbers} (a number of other content), {@code Synonyms} ({@code synonyms.tsv}); {@code LeadIn} lets a
 * lead-in to a list stand with its items' citations; {@code Decline} recognises a reply that
 * declines the question. It returns the checked text
 * in the reply's shape ({@link dev.cited.check.Reply#render}), the {@link
 * dev.cited.check.Citation citations} with the exact sentence each relies on, warnings for humans,
 * and one {@link dev.cited.check.Judgement} per statement as data.
 *
 * <p>Depends on {@code index} (the embedder, the term analysis), {@code ingest} and {@code
 * retrieve} (the hits it numbers); knows nothing of models, prompts or HTTP.
 */
package dev.cited.check;
