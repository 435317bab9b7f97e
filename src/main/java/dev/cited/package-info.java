/**
 * Cited: answers questions over collections of scientific abstracts; every claim cites a paper.
 *
 * <p>The data flows through one package per stage, dependencies pointing one way (checked by
 * {@code PackageDependencyTest}):
 *
 * <pre>
 *   ingest → index → retrieve → opensearch          (papers in → ranked papers out)
 *                       ↓
 *                     check                         (a reply in → only backed citations out)
 *                       ↓
 *            llm  →  answer  →  present  →  chat  →  serve
 *                       ↓     (question + papers in → cited answer and its outcome → one view,
 *                       ↓      rendered per surface: terminal, Markdown, Slack, Mattermost → HTTP)
 *                  eval, bench                      (measure retrieval, answers, speed)
 *
 *   app   the composition root: builds every part from one settings record
 *   cli   the command line: options → settings → app; the only package that imports picocli;
 *         prints with present's terminal renderer
 * </pre>
 *
 * <p>Only {@code app} knows every stage; only {@code cli} knows the command line.
 */
package dev.cited;
