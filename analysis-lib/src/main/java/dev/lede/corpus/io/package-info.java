/**
 * Reading text and CSV files strictly: machinery below {@code dev.lede.corpus} and
 * {@code dev.lede.coverage}, with no dependency on either. Invalid UTF-8, malformed CSV and
 * unreadable files become errors that name the file, the line or byte, and what to do.
 *
 * <pre>{@code
 * TextFiles.Decoded d = TextFiles.read(path, "data/a.txt", false); // strict UTF-8, the BOM dropped
 * }</pre>
 */
package dev.lede.corpus.io;
