/**
 * Progress of long work, shown while it runs: {@link dev.lede.progress.Progress} is what long
 * steps (counting a large file, k-means, text reuse, Spark jobs) feed, one call per block or
 * iteration; a {@link dev.lede.progress.ProgressListener} draws it (the Lede kernel's notebook
 * display, or a text bar on a terminal). Nothing is drawn for short work, in tests or logs, or in
 * a notebook run by nbconvert. Depends only on {@code dev.lede.display}.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("Scoring", documents.size(), Progress.Unit.DOCUMENTS)) {
 *     for (Document d : documents) { score(d); p.advance(1); }
 * }
 * }</pre>
 */
package dev.lede.progress;
