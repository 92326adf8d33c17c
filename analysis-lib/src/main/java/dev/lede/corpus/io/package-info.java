/**
 * Machinery below {@code dev.lede.corpus} and the analyses, with no dependency on any of them:
 * strict reading of text and CSV files (invalid UTF-8, malformed CSV and unreadable files become
 * errors that name the file, the line or byte, and what to do) and the one rule for unknown
 * document ids ({@link dev.lede.corpus.io.DocumentIds}: an error naming the id and the nearest known ones),
 * the term index that counting and vectorizing share ({@link dev.lede.corpus.io.TermIndex}),
 * and the folders of jars that heavy analyses open only when first asked for ({@link dev.lede.corpus.io.JarFolder}).
 *
 * <pre>{@code
 * TextFiles.Decoded d = TextFiles.read(path, "data/a.txt", false); // strict UTF-8, the BOM dropped
 * }</pre>
 */
package dev.lede.corpus.io;
