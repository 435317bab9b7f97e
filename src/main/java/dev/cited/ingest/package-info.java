/**
 * Ingest: turns abstract collections on disk into {@link dev.cited.ingest.Paper papers}.
 *
 * <p>Three input formats are read, each by its own reader:
 *
 * <ul>
 *   <li>{@link dev.cited.ingest.AbstractDumpReader} for scraped abstract dumps (one abstract per
 *       line, {@code Abstract:} prefixes, {@code arXiv:} ids that trail their abstract on the next
 *       line, comment lines, noise lines, LaTeX residue);
 *   <li>{@link dev.cited.ingest.ArxivJsonReader} for arXiv metadata JSON lines (gzip accepted);
 *   <li>{@link dev.cited.ingest.BeirCorpusReader} for BEIR {@code corpus.jsonl}.
 * </ul>
 *
 * <p>Readers emit {@link dev.cited.ingest.RawRecord raw records} and report bad input as {@link
 * dev.cited.ingest.IngestProblem problems} naming file and line; a bad record never stops the
 * rest of a file. {@link dev.cited.ingest.PaperMerger} then merges exact duplicates into one
 * text, groups revised wordings of one paper into numbered {@link dev.cited.ingest.PaperVersion
 * versions}, and assigns stable ids: the arXiv id where known, the collection's own id for BEIR,
 * else a content-derived id that is the same on every re-ingest. A {@link
 * dev.cited.ingest.Catalog} shipped beside a collection adds verified titles, years and URLs.
 * {@link dev.cited.ingest.CorpusLoader} ties it together and returns a {@link
 * dev.cited.ingest.Corpus} with an {@link dev.cited.ingest.IngestReport}.
 *
 * <p>This package depends on nothing else in Cited.
 */
package dev.cited.ingest;
