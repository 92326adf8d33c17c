package dev.lede.corpus;

import dev.lede.corpus.io.TextFiles;
import dev.lede.formats.Extracted;
import dev.lede.formats.Format;
import dev.lede.formats.Formats;
import dev.lede.formats.PageMap;
import dev.lede.formats.UnreadableFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents from files of any {@link Format}: plain text through {@link TextFiles}, the rest
 * through {@link Formats} (which loads Apache Tika only for PDF, Word, ODT, RTF and e-mail). Each
 * document keeps its provenance in its metadata: {@link Formats#FILE}, {@link Formats#FORMAT}, and
 * for a part of a file {@link Formats#PART} (and {@link Formats#ATTACHED_TO}); a PDF's document
 * also its {@link Formats#PAGES} and its {@link PageMap}.
 */
final class DocumentFiles {

    private DocumentFiles() {
    }

    /**
     * What {@link Formats#extract(Path, String)} gave for one file, or what it threw: files are
     * extracted ahead on the load's threads, then taken in order, so the documents, the report and
     * the first error are those of a load on one thread.
     */
    record Extraction(List<Extracted> parts, RuntimeException failure) {

        static Extraction of(Path file, String name) {
            try {
                return new Extraction(Formats.extract(file, name), null);
            } catch (RuntimeException e) {
                return new Extraction(null, e);
            }
        }

        List<Extracted> get() {
            if (failure != null) {
                throw failure;
            }
            return parts;
        }
    }

    /** Whether the file named {@code name} is read through {@link Formats} (not as plain text). */
    static boolean extracted(String name) {
        return Format.ofFileName(name).map(f -> !f.isPlainText()).orElse(false);
    }

    /**
     * The extractions of {@code files} (file i named {@code names.get(i)}) on {@code threads}, in
     * the files' order; {@code null} for a file whose name needs none.
     */
    static Extraction[] extractAll(List<Path> files, List<String> names, Parallelism threads) {
        Extraction[] out = new Extraction[files.size()];
        threads.forEach(files.size(), i -> {
            if (extracted(names.get(i))) {
                out[i] = Extraction.of(files.get(i), names.get(i));
            }
        });
        return out;
    }

    /**
     * The documents of one file found in a folder (or given alone): the file, then its parts;
     * {@code pre} is its extraction made ahead ({@link #extractAll}; only read for a file that
     * needs one).
     */
    static List<Document> read(Path file, String name, Extraction pre, LoadOptions options,
                               CorpusReaders.Report report) {
        String stem = name.substring(0, name.lastIndexOf('.'));
        Format format = Format.ofFileName(name).orElseThrow();
        if (format.isPlainText()) {
            TextFiles.Decoded decoded = TextFiles.read(file, file.toString(), options.lenientUtf8());
            report.replaced(name, decoded.replaced(), decoded.firstReplacedByte());
            // as in a folder of text files only: a headline title and the detected language too
            Metadata m = CorpusReaders.folderMetadata(decoded.text()).with(Formats.FILE, name)
                    .with(Formats.FORMAT, format.label());
            return List.of(new Document(stem, decoded.text(), m, name));
        }
        List<Extracted> parts;
        try {
            parts = pre.get();
        } catch (UnreadableFileException e) {
            if (options.skipUnreadable()) {
                report.warn("skipped " + e.getMessage());
                return List.of();
            }
            throw unreadable(e);
        }
        List<Document> out = new ArrayList<>(parts.size());
        for (Extracted x : parts) {
            Map<String, String> m = new LinkedHashMap<>(x.metadata());
            m.put(Formats.FILE, name);
            if (x.parent() != null) {
                m.put(Formats.ATTACHED_TO, x.parent().isEmpty() ? stem : stem + "#" + x.parent());
            }
            String id = x.part().isEmpty() ? stem : stem + "#" + x.part();
            String source = x.part().isEmpty() ? name : name + "#" + x.part();
            out.add(new Document(id, x.text(), Metadata.checked("'" + source + "'", m), source, x.pages()));
        }
        return out;
    }

    /**
     * The whole-file part of a non-text file named by a manifest row, for the row's own metadata to
     * override, from its extraction made ahead ({@link #extractAll}).
     */
    static Extracted manifestFile(Path file, String where, String name, Extraction pre, LoadOptions options,
                                  CorpusReaders.Report report) {
        Format format = Format.ofFileName(name).orElseThrow();
        if (format == Format.MBOX) {
            throw new IllegalArgumentException(where + ": '" + name + "' is a mailbox of many messages: load the"
                    + " mailbox itself (Corpus.load) or its folder to get one document per message");
        }
        try {
            return pre.get().get(0);
        } catch (UnreadableFileException e) {
            if (options.skipUnreadable()) {
                report.warn("skipped " + where + ": " + e.getMessage());
                return null;
            }
            throw new IllegalArgumentException(where + ": " + unreadable(e).getMessage(), e);
        }
    }

    private static UnreadableFileException unreadable(UnreadableFileException e) {
        if (e.reason() == UnreadableFileException.Reason.TIKA_MISSING) {
            return e;
        }
        return new UnreadableFileException(e.file(), e.reason(), e.getMessage().substring(e.file().length() + 4)
                + " (or load with LoadOptions.builder().skipUnreadable(true) to skip such files and list them in"
                + " the load report)", e);
    }
}
