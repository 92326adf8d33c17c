/**
 * Documents and their tokens: the hub every analysis reads.
 *
 * <p>Entry points: {@link dev.lede.corpus.Corpus} (load a folder, a manifest or a CSV; select
 * documents by metadata), {@link dev.lede.corpus.Tokens} (a corpus tokenized, with the steps that
 * shape its terms) and {@link dev.lede.corpus.TermFrequencies} (how often each term occurs, by
 * document or by metadata group). {@link dev.lede.corpus.LoadOptions} and
 * {@link dev.lede.corpus.CsvOptions} say how files are read; {@link dev.lede.corpus.LoadReport} says
 * what was repaired on the way.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load(Path.of("data/putin-pyongyang-2024"));
 * TermFrequencies tf = corpus.tokens().removeStopwords(Stopwords.forLanguages()).frequencies();
 * tf.top(10);
 * }</pre>
 *
 * <p>Depends on {@code dev.lede.text} (tokenizing) and {@code dev.lede.display} (rendering) only.
 */
package dev.lede.corpus;
