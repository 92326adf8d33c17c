package dev.lede.captions;

import dev.lede.display.Tables;
import dev.lede.display.Rendering;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadReport;
import dev.lede.corpus.Metadata;
import dev.lede.corpus.io.CsvTable;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * Timed captions as a corpus: one {@link CaptionTrack} (a broadcast) per caption file, each also
 * a {@link Document} whose text is its cues' texts joined by line breaks, so that tokens keep
 * both their character offsets and, through their cue, their start and end times. Immutable.
 *
 * <h2>Formats</h2>
 * <ul>
 *   <li><b>SubRip</b> ({@code .srt}): blocks separated by blank lines, each a cue number (1, 2,
 *       3, ...), a timing line {@code 00:00:15,000 --> 00:00:21,000} (a full stop before the
 *       milliseconds is accepted too) and one or more lines of text.</li>
 *   <li><b>WebVTT</b> ({@code .vtt}): a first line {@code WEBVTT}, then cues with an optional
 *       identifier, a timing line {@code 00:00:15.000 --> 00:00:21.000} (hours optional, cue
 *       settings after it ignored) and text; {@code NOTE}, {@code STYLE} and {@code REGION}
 *       blocks are skipped.</li>
 *   <li><b>CSV</b> ({@code .csv}): a header with columns {@code start}, {@code end}, {@code text}
 *       (others ignored), one cue per row, times in seconds ({@code 15}, {@code 15.25}) or
 *       {@code HH:MM:SS.mmm}.</li>
 * </ul>
 * In every format markup ({@code <i>}, {@code <v Anchor>}, {@code {\an8}}) is removed, the
 * common entities ({@code &amp;} ...) are decoded and a cue's lines are joined by one space.
 * Files are read as UTF-8 (a BOM and CRLF line ends are fine).
 *
 * <h2>Checks</h2>
 * Cues must be in time order, must not overlap, must end after they start and must have both
 * timestamps; SubRip cues must be numbered 1, 2, 3, .... Any violation is an error naming the
 * file, the cue (its position in the file, from 1) and its line, unless the matching repair of
 * {@link CaptionOptions} is asked for, in which case it is repaired and reported in
 * {@link #loadReport()}. Cues without text are left out and reported.
 *
 * <h2>A folder of broadcasts</h2>
 * A folder with a manifest {@code captions.csv} (columns {@code file} and optionally {@code id};
 * every other column is metadata, e.g. {@code outlet}, {@code published} as yyyy-MM-dd,
 * {@code title}) loads the files it lists, in its order; a folder without one loads its
 * {@code .srt} and {@code .vtt} files in name order, each with its file name (without extension)
 * as id and no metadata. A single file loads as one track.
 *
 * <pre>{@code
 * Captions bulletins = Captions.load(Path.of("data/captions-evening-bulletin"));
 * bulletins.corpus();                        // one document per broadcast
 * bulletins.track("harbour-2024-06-19").cues();
 * Airtime.of(bulletins, Topic.terms("summit", "Pyongyang")).segments();
 * }</pre>
 */
public final class Captions implements Renderable {

    /** {@link #table()} columns. */
    public static final String ID = "id";
    public static final String OUTLET = "outlet";
    public static final String PUBLISHED = "published";
    public static final String CUES = "cues";
    public static final String START = "start";
    public static final String END = "end";
    public static final String RUNNING_TIME = "running_time";
    public static final String SOURCE = "source";
    /** The manifest file name of a folder of captions. */
    public static final String MANIFEST = "captions.csv";

    private final List<CaptionTrack> tracks;
    private final Map<String, CaptionTrack> byId;
    private final LoadReport report;
    private final Corpus corpus;

    private Captions(List<CaptionTrack> tracks, LoadReport report) {
        this.tracks = List.copyOf(tracks);
        this.report = report;
        Map<String, CaptionTrack> ids = new LinkedHashMap<>();
        List<Document> docs = new ArrayList<>();
        for (CaptionTrack t : tracks) {
            CaptionTrack prev = ids.putIfAbsent(t.id(), t);
            if (prev != null) {
                throw new IllegalArgumentException("two broadcasts have the id '" + t.id() + "' ("
                        + prev.document().source() + " and " + t.document().source() + "): give each its own id");
            }
            docs.add(t.document());
        }
        this.byId = ids;
        this.corpus = Corpus.of(docs);
    }

    /** Tracks made in code; ids must be unique. */
    public static Captions of(List<CaptionTrack> tracks) {
        Objects.requireNonNull(tracks, "tracks");
        tracks.forEach(t -> Objects.requireNonNull(t, "track"));
        return new Captions(tracks, LoadReport.none());
    }

    /** {@link #load(Path, CaptionOptions)} with strict checks. */
    public static Captions load(Path path) {
        return load(path, CaptionOptions.strict());
    }

    /**
     * Loads one caption file or a folder (see the class comment).
     *
     * @throws IllegalArgumentException for bad content, naming the file, cue and line
     * @throws UncheckedIOException when a file is missing or unreadable
     */
    public static Captions load(Path path, CaptionOptions options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        List<String> warnings = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<CaptionTrack> tracks = new ArrayList<>();
        if (Files.isDirectory(path)) {
            Path manifest = path.resolve(MANIFEST);
            if (Files.isRegularFile(manifest)) {
                CsvTable table = CsvTable.read(manifest, MANIFEST, ',', false);
                if (!table.has("file")) {
                    throw new IllegalArgumentException(MANIFEST + ": no column 'file' (columns are " + table.columns()
                            + "): list one caption file per row");
                }
                for (CsvTable.Row row : table.rows()) {
                    String file = row.get("file").strip();
                    if (file.isEmpty()) {
                        throw new IllegalArgumentException(MANIFEST + " line " + row.line() + ": empty 'file'");
                    }
                    Map<String, String> meta = new LinkedHashMap<>(row.values());
                    meta.remove("file");
                    String id = meta.remove("id");
                    id = id == null || id.isBlank() ? stem(file) : id.strip();
                    Metadata m = Metadata.of(meta);
                    try {
                        m.published();
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(MANIFEST + " line " + row.line() + ": " + e.getMessage(), e);
                    }
                    tracks.add(read(path.resolve(file), file, id, m, options, warnings, empty));
                }
            } else {
                List<Path> files;
                try (Stream<Path> s = Files.list(path)) {
                    files = s.filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return Files.isRegularFile(p) && (n.endsWith(".srt") || n.endsWith(".vtt"));
                    }).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + path + ": " + e.getMessage(), e);
                }
                if (files.isEmpty()) {
                    throw new IllegalArgumentException("folder " + path.getFileName() + " has no .srt or .vtt files and no "
                            + MANIFEST + ": give a caption file or a folder of them");
                }
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    tracks.add(read(f, name, stem(name), Metadata.empty(), options, warnings, empty));
                }
            }
        } else {
            String name = path.getFileName().toString();
            tracks.add(read(path, name, stem(name), Metadata.empty(), options, warnings, empty));
        }
        return new Captions(tracks, new LoadReport(0, empty, warnings));
    }

    private static CaptionTrack read(Path file, String shown, String id, Metadata metadata, CaptionOptions options,
                                     List<String> warnings, List<String> empty) {
        CaptionReader.Parsed p = CaptionReader.read(file, shown, options, warnings);
        if (p.cues().isEmpty()) {
            empty.add(id);
        }
        return new CaptionTrack(id, p.text(), p.cues(), metadata, shown);
    }

    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public List<CaptionTrack> tracks() {
        return tracks;
    }

    public int size() {
        return tracks.size();
    }

    public CaptionTrack track(String id) {
        CaptionTrack t = byId.get(Objects.requireNonNull(id, "id"));
        if (t == null) {
            throw new IllegalArgumentException("no broadcast '" + id + "'; broadcasts are " + byId.keySet());
        }
        return t;
    }

    /** The broadcasts as a corpus, one document per track, in track order. */
    public Corpus corpus() {
        return corpus;
    }

    /** Repairs made and cues left out while loading (clean for tracks made in code). */
    public LoadReport loadReport() {
        return report;
    }

    /**
     * One row per track: {@value #ID}, {@value #OUTLET}, {@value #PUBLISHED} (string, empty when
     * absent), {@value #CUES} (int), {@value #START}, {@value #END}, {@value #RUNNING_TIME}
     * (double, seconds; NaN for a track without cues), {@value #SOURCE} (string).
     */
    public Table table() {
        return Tables.of("captions", tracks,
                Tables.text(ID, CaptionTrack::id),
                Tables.text(OUTLET, t -> t.metadata().get(Metadata.OUTLET, "")),
                Tables.text(PUBLISHED, t -> t.metadata().get(Metadata.PUBLISHED, "")),
                Tables.integer(CUES, t -> t.cues().size()),
                Tables.decimal(START, t -> t.cues().isEmpty() ? Double.NaN : t.cues().get(0).start()),
                Tables.decimal(END, t -> t.cues().isEmpty() ? Double.NaN : t.cues().get(t.cues().size() - 1).end()),
                Tables.decimal(RUNNING_TIME, t -> t.cues().isEmpty() ? Double.NaN : t.runningTime()),
                Tables.text(SOURCE, t -> t.document().source()));
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = tracks.size() + " caption track" + (tracks.size() == 1 ? "" : "s")
                + (report.isClean() ? "" : "; load report: " + report);
        return Rendering.table(table(), caption);
    }

    @Override
    public String toString() {
        return "Captions[" + tracks.size() + " tracks]";
    }
}
