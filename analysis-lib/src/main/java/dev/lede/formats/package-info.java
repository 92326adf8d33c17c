/**
 * Documents as journalists receive them: text and provenance out of web pages, PDFs, Word, ODT
 * and RTF files and e-mails, below {@code dev.lede.corpus} (which loads them into documents) and
 * depending on no other Lede package.
 *
 * <p>{@link dev.lede.formats.Formats#extract} gives one {@link dev.lede.formats.Extracted} per
 * part of a file (the file itself; each message of a mailbox; each e-mail attachment), with its
 * {@link dev.lede.formats.Format}, metadata and, for PDFs, a {@link dev.lede.formats.PageMap} from
 * character offsets to page numbers. Web pages are read with jsoup (main-content extraction and
 * {@code <meta>}/Open Graph/JSON-LD metadata); everything else goes through Apache Tika, which is
 * loaded only when such a file is met. Unreadable files (encrypted, corrupt, scanned without a
 * text layer) raise {@link dev.lede.formats.UnreadableFileException}, never an empty text.
 */
package dev.lede.formats;
