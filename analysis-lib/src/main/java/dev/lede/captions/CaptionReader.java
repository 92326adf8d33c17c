package dev.lede.captions;

import dev.lede.corpus.io.CsvTable;
import dev.lede.corpus.io.TextFiles;
import dev.lede.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses SubRip, WebVTT and CSV captions into checked cues; see {@link Captions} for the formats. */
final class CaptionReader {

    /** A file's cues and the text they make (cue texts joined by line breaks). */
    record Parsed(String text, List<Cue> cues) {
    }

    /** A cue as read, before checking: number as written (null when absent), times, text, line. */
    private record Raw(Integer number, long start, long end, String text, long line) {
    }

    private static final Pattern SRT_TIME = Pattern.compile("(\\d{1,3}):(\\d{2}):(\\d{2})[,.](\\d{3})");
    private static final Pattern VTT_TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d{1,3})?");

    private CaptionReader() {
    }

    static Parsed read(Path file, String shown, CaptionOptions options, List<String> warnings) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Raw> raw;
        Format format;
        if (name.endsWith(".srt")) {
            format = Format.SRT;
            raw = srt(TextFiles.read(file, shown, false).text(), shown);
        } else if (name.endsWith(".vtt")) {
            format = Format.VTT;
            raw = vtt(TextFiles.read(file, shown, false).text(), shown);
        } else if (name.endsWith(".csv")) {
            format = Format.CSV;
            raw = csv(file, shown);
        } else {
            throw new IllegalArgumentException("'" + shown + "' is not a caption file: give a SubRip (.srt), WebVTT"
                    + " (.vtt) or CSV (.csv with columns start, end, text) file");
        }
        return check(raw, format, shown, options, warnings);
    }

    private enum Format {
        SRT, VTT, CSV
    }

    // ---------------------------------------------------------------- SubRip

    static List<Raw> srt(String text, String shown) {
        List<Raw> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        int cue = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            cue++;
            long first = i + 1;
            Integer number = null;
            String head = lines[i].strip();
            if (head.matches("\\d+")) {
                number = Integer.valueOf(head.length() > 9 ? "999999999" : head);
                i++;
            }
            if (i >= lines.length || lines[i].isBlank() || !lines[i].contains("-->")) {
                throw new IllegalArgumentException(shown + " cue " + cue + " (line " + (i < lines.length ? i + 1 : first)
                        + "): missing timestamps, expected a line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'"
                        + (number == null ? " after the cue number" : " after cue number " + number)
                        + ", found '" + (i < lines.length ? lines[i].strip() : "end of file")
                        + "': add the cue's timing or remove the cue");
            }
            long timingLine = i + 1;
            long[] times = timing(lines[i], SRT_TIME, "HH:MM:SS,mmm --> HH:MM:SS,mmm", shown, cue, timingLine);
            i++;
            StringBuilder body = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                body.append(body.length() == 0 ? "" : "\n").append(lines[i]);
                i++;
            }
            out.add(new Raw(number, times[0], times[1], body.toString(), timingLine));
        }
        return out;
    }

    // ---------------------------------------------------------------- WebVTT

    static List<Raw> vtt(String text, String shown) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !(lines[0].equals("WEBVTT") || lines[0].startsWith("WEBVTT ")
                || lines[0].startsWith("WEBVTT\t"))) {
            throw new IllegalArgumentException(shown + " line 1: a WebVTT file must start with 'WEBVTT', found '"
                    + (lines.length == 0 ? "" : lines[0].strip()) + "': is this a SubRip file? name it .srt");
        }
        List<Raw> out = new ArrayList<>();
        int i = 1;
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // header lines
        }
        int cue = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            String first = lines[i].strip();
            if (first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t")
                    || first.equals("STYLE") || first.equals("REGION")) {
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            cue++;
            long blockLine = i + 1;
            if (!lines[i].contains("-->")) {
                i++; // a cue identifier
            }
            if (i >= lines.length || lines[i].isBlank() || !lines[i].contains("-->")) {
                throw new IllegalArgumentException(shown + " cue " + cue + " (line " + blockLine
                        + "): missing timestamps, expected a line 'HH:MM:SS.mmm --> HH:MM:SS.mmm' after '" + first
                        + "': add the cue's timing or remove the block");
            }
            long timingLine = i + 1;
            long[] times = timing(lines[i], VTT_TIME, "HH:MM:SS.mmm --> HH:MM:SS.mmm", shown, cue, timingLine);
            i++;
            StringBuilder body = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                body.append(body.length() == 0 ? "" : "\n").append(lines[i]);
                i++;
            }
            out.add(new Raw(cue, times[0], times[1], body.toString(), timingLine));
        }
        return out;
    }

    private static long[] timing(String line, Pattern time, String expected, String shown, int cue, long lineNo) {
        Matcher m = ARROW.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException(shown + " cue " + cue + " (line " + lineNo + "): the timing line '"
                    + line.strip() + "' is not '" + expected + "': give both timestamps");
        }
        return new long[] {millis(m.group(1), time, expected, shown, cue, lineNo),
                millis(m.group(2), time, expected, shown, cue, lineNo)};
    }

    private static long millis(String s, Pattern time, String expected, String shown, int cue, long lineNo) {
        Matcher m = time.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException(shown + " cue " + cue + " (line " + lineNo + "): timestamp '" + s
                    + "' is not of the form " + expected.substring(0, expected.indexOf(' ')) + ": correct it");
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        if (min > 59 || sec > 59) {
            throw new IllegalArgumentException(shown + " cue " + cue + " (line " + lineNo + "): timestamp '" + s
                    + "' has " + (min > 59 ? min + " minutes" : sec + " seconds") + " (at most 59): correct it");
        }
        return ((h * 60 + min) * 60 + sec) * 1000 + Long.parseLong(m.group(4));
    }

    // ---------------------------------------------------------------- CSV

    static List<Raw> csv(Path file, String shown) {
        CsvTable table = CsvTable.read(file, shown, ',', false);
        for (String c : List.of("start", "end", "text")) {
            if (!table.has(c)) {
                throw new IllegalArgumentException(shown + ": no column '" + c + "' (columns are " + table.columns()
                        + "): a caption CSV needs columns start, end and text");
            }
        }
        List<Raw> out = new ArrayList<>();
        int cue = 0;
        for (CsvTable.Row row : table.rows()) {
            cue++;
            long start = csvTime(row.get("start"), "start", shown, cue, row.line());
            long end = csvTime(row.get("end"), "end", shown, cue, row.line());
            out.add(new Raw(cue, start, end, row.get("text"), row.line()));
        }
        return out;
    }

    private static long csvTime(String value, String column, String shown, int cue, long line) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(shown + " cue " + cue + " (line " + line + "): missing timestamp in column '"
                    + column + "': give seconds (12.5) or HH:MM:SS.mmm");
        }
        if (SECONDS.matcher(v).matches()) {
            int dot = v.indexOf('.');
            String whole = dot < 0 ? v : v.substring(0, dot);
            String frac = dot < 0 ? "" : v.substring(dot + 1);
            if (whole.length() > 12) {
                throw new IllegalArgumentException(shown + " cue " + cue + " (line " + line + "): " + column
                        + " '" + v + "' is too large: give seconds from the start of the recording");
            }
            return Long.parseLong(whole) * 1000 + (frac.isEmpty() ? 0 : Long.parseLong((frac + "00").substring(0, 3)));
        }
        if (v.contains(":")) {
            String t = v.replace(',', '.');
            int dot = t.indexOf('.');
            t = dot < 0 ? t + ".000" : t.length() - dot - 1 < 3 ? t + "00".substring(0, 3 - (t.length() - dot - 1)) : t;
            return millis(t, VTT_TIME, "HH:MM:SS.mmm --> ...", shown, cue, line);
        }
        throw new IllegalArgumentException(shown + " cue " + cue + " (line " + line + "): " + column + " '" + v
                + "' is not a time: give seconds (12.5, at most 3 decimals) or HH:MM:SS.mmm");
    }

    // ---------------------------------------------------------------- checks

    private static Parsed check(List<Raw> raw, Format format, String shown, CaptionOptions options,
                                List<String> warnings) {
        // 1. numbering (SubRip only: WebVTT identifiers are optional, CSV rows are numbered by position)
        if (format == Format.SRT) {
            for (int k = 0; k < raw.size(); k++) {
                Raw r = raw.get(k);
                if (r.number() == null || r.number() != k + 1) {
                    String what = r.number() == null ? "has no number" : "is numbered " + r.number();
                    if (!options.repairs(CaptionOptions.Repair.RENUMBER)) {
                        throw new IllegalArgumentException(shown + " cue " + (k + 1) + " (line " + r.line() + ") " + what
                                + ", expected " + (k + 1) + ": broken numbering; fix the numbers or load with"
                                + " CaptionOptions.Repair.RENUMBER");
                    }
                    warnings.add(shown + " cue " + (k + 1) + " (line " + r.line() + ") " + what + ": renumbered " + (k + 1));
                }
            }
        }
        // 2. times: reversed cues are errors; overlaps are errors or trimmed
        long[] start = new long[raw.size()];
        long[] end = new long[raw.size()];
        for (int k = 0; k < raw.size(); k++) {
            Raw r = raw.get(k);
            start[k] = r.start();
            end[k] = r.end();
            if (r.end() <= r.start()) {
                throw new IllegalArgumentException(shown + " cue " + (k + 1) + " (line " + r.line() + ") "
                        + (r.end() < r.start() ? "ends before it starts" : "ends when it starts") + " ("
                        + Cue.clock(r.start()) + " --> " + Cue.clock(r.end()) + "): correct its timing");
            }
            if (k > 0 && r.start() <= start[k - 1]) {
                throw new IllegalArgumentException(shown + " cue " + (k + 1) + " (line " + r.line() + ") starts at "
                        + Cue.clock(r.start()) + ", not after cue " + k + " (" + Cue.clock(start[k - 1])
                        + "): cues are out of order; sort them by start time");
            }
            if (k > 0 && r.start() < end[k - 1]) {
                String overlap = "cue " + (k + 1) + " (line " + r.line() + ") starts at " + Cue.clock(r.start())
                        + ", before cue " + k + " ends (" + Cue.clock(end[k - 1]) + ")";
                if (!options.repairs(CaptionOptions.Repair.TRIM_OVERLAPS)) {
                    throw new IllegalArgumentException(shown + " " + overlap + ": overlapping cues; correct the"
                            + " timing or load with CaptionOptions.Repair.TRIM_OVERLAPS");
                }
                warnings.add(shown + " " + overlap + ": cue " + k + " cut short by "
                        + Cue.clock(end[k - 1] - r.start()).substring(3) + " to end at " + Cue.clock(r.start()));
                end[k - 1] = r.start();
            }
        }
        // 3. text: tags removed, lines joined; empty cues left out
        StringBuilder text = new StringBuilder();
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Raw r = raw.get(k);
            String t = clean(r.text());
            if (t.isEmpty()) {
                warnings.add(shown + " cue " + (k + 1) + " (line " + r.line() + ") has no text: left out");
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int from = text.length();
            text.append(t);
            cues.add(new Cue(cues.size() + 1, start[k], end[k], t, new Span(from, text.length()), r.line()));
        }
        return new Parsed(text.toString(), List.copyOf(cues));
    }

    /** Markup removed ({@code <i>}, {@code <v Name>}, {@code {\an8}}), entities decoded, lines joined by a space. */
    static String clean(String body) {
        String t = TAG.matcher(body).replaceAll("");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder b = new StringBuilder();
        for (String line : t.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(s);
            }
        }
        return b.toString();
    }
}
