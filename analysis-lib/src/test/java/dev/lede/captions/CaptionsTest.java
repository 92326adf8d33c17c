package dev.lede.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Metadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionsTest {

    @TempDir
    Path dir;

    static Path bulletins() {
        return Path.of(System.getProperty("lede.data"), "captions-evening-bulletin");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private IllegalArgumentException fails(String name, String content, CaptionOptions options) throws IOException {
        Path p = write(name, content);
        return assertThrows(IllegalArgumentException.class, () -> Captions.load(p, options));
    }

    @Test
    void shippedBulletinsLoadWithTimesAndOffsets() {
        Captions c = Captions.load(bulletins());
        assertTrue(c.loadReport().isClean(), c.loadReport().toString());
        assertEquals(List.of("harbour-2023-09-13", "harbour-2024-06-19"), c.corpus().ids());
        CaptionTrack a = c.track("harbour-2023-09-13");
        assertEquals(12, a.cues().size());
        assertEquals(66.0, a.runningTime());
        assertEquals(Metadata.of(java.util.Map.of("outlet", "Harbour TV", "published", "2023-09-13",
                "title", "Evening bulletin")), a.metadata());
        Cue four = a.cues().get(3);
        assertEquals(4, four.number());
        assertEquals(15000, four.startMillis());
        assertEquals(21000, four.endMillis());
        assertEquals(16, four.line());
        // two lines joined by a space; cues joined by line breaks in the document
        assertEquals("Abroad, the leaders of Russia and North Korea held a summit today in the Russian Far East.",
                four.text());
        assertEquals(four.text(), four.span().of(a.document().text()));
        assertEquals('\n', a.document().text().charAt(four.span().start() - 1));
        CaptionTrack b = c.track("harbour-2024-06-19");
        assertEquals(10, b.cues().size());
        assertEquals(60.0, b.runningTime());
        // the voice tag is gone, the NOTE block skipped, the identifier not part of the text
        assertEquals("Good evening. This is the Harbour TV evening bulletin.", b.cues().get(0).text());
        assertEquals(LocalDate.of(2024, 6, 19), b.metadata().published().orElseThrow());
        assertEquals(7, b.cues().get(0).line());
    }

    @Test
    void tokensKeepOffsetsAndTimes() {
        CaptionTrack a = Captions.load(bulletins()).track("harbour-2023-09-13");
        TimedToken pyongyang = a.tokens().stream().filter(t -> t.term().equals("pyongyang")).findFirst().orElseThrow();
        assertEquals(7, pyongyang.cue());
        assertEquals(33000, pyongyang.startMillis());
        assertEquals(38000, pyongyang.endMillis());
        assertEquals("Pyongyang", a.document().text().substring(pyongyang.start(), pyongyang.end()));
        Cue seven = a.cues().get(6);
        assertEquals(seven.span().start(), pyongyang.start());
        // the start of a cue is its start time; the middle of its text is halfway through it
        assertEquals(33.0, a.secondsAt(seven.span().start()));
        assertEquals(a.cues().get(7), a.cueAt(seven.span().end()));  // the line break after a cue belongs to the next
    }

    @Test
    void secondsInsideACueAreSpreadEvenly() throws IOException {
        CaptionTrack t = Captions.load(write("even.csv", "start,end,text\n0,10,abcdefghij\n12,14,kl\n")).tracks().get(0);
        assertEquals(5.0, t.secondsAt(5));
        assertEquals(12.0, t.secondsAt(10));  // the line break belongs to the next cue
        assertEquals(13.0, t.secondsAt(12));
        assertEquals(14.0, t.secondsAt(13));
    }

    @Test
    void srtMinimalAndCsvOfTheSameCues() throws IOException {
        Path srt = write("a.srt", "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Hello</i> &amp; welcome\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:04,000\r\n{\\an8}second\r\n");
        Path csv = write("a.csv", "start,end,text\n1,2.5,Hello & welcome\n00:00:03.000,00:00:04,second\n");
        for (Path p : List.of(srt, csv)) {
            CaptionTrack t = Captions.load(p).tracks().get(0);
            assertEquals("a", t.id());
            assertEquals("Hello & welcome\nsecond", t.document().text());
            assertEquals(List.of(1000L, 3000L), t.cues().stream().map(Cue::startMillis).toList());
            assertEquals(List.of(2500L, 4000L), t.cues().stream().map(Cue::endMillis).toList());
        }
    }

    @Test
    void overlappingCueIsAnErrorNamingFileAndCue() throws IOException {
        String text = "1\n00:00:01,000 --> 00:00:05,000\none\n\n2\n00:00:04,000 --> 00:00:06,000\ntwo\n";
        IllegalArgumentException e = fails("overlap.srt", text, CaptionOptions.strict());
        assertEquals("overlap.srt cue 2 (line 6) starts at 00:00:04.000, before cue 1 ends (00:00:05.000):"
                + " overlapping cues; correct the timing or load with CaptionOptions.Repair.TRIM_OVERLAPS", e.getMessage());
        Captions repaired = Captions.load(dir.resolve("overlap.srt"),
                CaptionOptions.builder().repair(CaptionOptions.Repair.TRIM_OVERLAPS).build());
        assertEquals(4000, repaired.tracks().get(0).cues().get(0).endMillis());
        assertEquals(List.of("overlap.srt cue 2 (line 6) starts at 00:00:04.000, before cue 1 ends (00:00:05.000):"
                + " cue 1 cut short by 00:01.000 to end at 00:00:04.000"), repaired.loadReport().warnings());
    }

    @Test
    void reversedCueIsAlwaysAnError() throws IOException {
        String text = "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n";
        IllegalArgumentException e = fails("rev.vtt", text,
                CaptionOptions.builder().repair(CaptionOptions.Repair.TRIM_OVERLAPS, CaptionOptions.Repair.RENUMBER).build());
        assertEquals("rev.vtt cue 1 (line 3) ends before it starts (00:00:05.000 --> 00:00:02.000): correct its timing",
                e.getMessage());
    }

    @Test
    void outOfOrderCueIsAnError() throws IOException {
        String text = "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nlater\n\n00:00:01.000 --> 00:00:02.000\nearlier\n";
        assertEquals("order.vtt cue 2 (line 6) starts at 00:00:01.000, not after cue 1 (00:00:05.000): cues are out"
                + " of order; sort them by start time", fails("order.vtt", text, CaptionOptions.strict()).getMessage());
    }

    @Test
    void missingTimestampsAreErrors() throws IOException {
        assertEquals("gap.srt cue 2 (line 6): missing timestamps, expected a line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'"
                        + " after cue number 2, found 'no timing here': add the cue's timing or remove the cue",
                fails("gap.srt", "1\n00:00:01,000 --> 00:00:02,000\na\n\n2\nno timing here\n", CaptionOptions.strict())
                        .getMessage());
        assertEquals("half.srt cue 1 (line 2): the timing line '00:00:01,000 -->' is not 'HH:MM:SS,mmm --> HH:MM:SS,mmm':"
                        + " give both timestamps",
                fails("half.srt", "1\n00:00:01,000 -->\na\n", CaptionOptions.strict()).getMessage());
        assertEquals("bad.vtt cue 1 (line 3): timestamp '00:00:61.000' has 61 seconds (at most 59): correct it",
                fails("bad.vtt", "WEBVTT\n\n00:00:61.000 --> 00:01:02.000\na\n", CaptionOptions.strict()).getMessage());
        assertEquals("t.csv cue 2 (line 3): missing timestamp in column 'end': give seconds (12.5) or HH:MM:SS.mmm",
                fails("t.csv", "start,end,text\n1,2,a\n3,,b\n", CaptionOptions.strict()).getMessage());
        assertEquals("x.vtt line 1: a WebVTT file must start with 'WEBVTT', found '1': is this a SubRip file? name it .srt",
                fails("x.vtt", "1\n00:00:01,000 --> 00:00:02,000\na\n", CaptionOptions.strict()).getMessage());
    }

    @Test
    void brokenNumberingIsAnErrorOrRenumbered() throws IOException {
        String text = "1\n00:00:01,000 --> 00:00:02,000\na\n\n3\n00:00:03,000 --> 00:00:04,000\nb\n\n"
                + "00:00:05,000 --> 00:00:06,000\nc\n";
        assertEquals("num.srt cue 2 (line 6) is numbered 3, expected 2: broken numbering; fix the numbers or load with"
                + " CaptionOptions.Repair.RENUMBER", fails("num.srt", text, CaptionOptions.strict()).getMessage());
        Captions c = Captions.load(dir.resolve("num.srt"),
                CaptionOptions.builder().repair(CaptionOptions.Repair.RENUMBER).build());
        assertEquals(List.of(1, 2, 3), c.tracks().get(0).cues().stream().map(Cue::number).toList());
        assertEquals(List.of("num.srt cue 2 (line 6) is numbered 3: renumbered 2",
                "num.srt cue 3 (line 9) has no number: renumbered 3"), c.loadReport().warnings());
    }

    @Test
    void emptyCuesAreLeftOutAndReported() throws IOException {
        Path p = write("e.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i> </i>\n\n00:00:03.000 --> 00:00:04.000\nb\n");
        Captions c = Captions.load(p);
        assertEquals("b", c.tracks().get(0).document().text());
        assertEquals(1, c.tracks().get(0).cues().get(0).number());
        assertEquals(List.of("e.vtt cue 1 (line 3) has no text: left out"), c.loadReport().warnings());
    }

    @Test
    void manifestErrorsNameTheLine() throws IOException {
        write("one.srt", "1\n00:00:01,000 --> 00:00:02,000\na\n");
        write(Captions.MANIFEST, "file,published\none.srt,19.06.2024\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Captions.load(dir));
        assertEquals("captions.csv line 2: published date '19.06.2024' is not an ISO date (yyyy-MM-dd)", e.getMessage());
    }

    @Test
    void folderWithoutManifestLoadsCaptionFilesInNameOrder() throws IOException {
        write("b.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nsecond file\n");
        write("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nfirst file\n");
        write("notes.txt", "ignored");
        Captions c = Captions.load(dir);
        assertEquals(List.of("a", "b"), c.corpus().ids());
        assertEquals("second file", c.track("b").document().text());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals("folder empty has no .srt or .vtt files and no captions.csv: give a caption file or a folder of them",
                assertThrows(IllegalArgumentException.class, () -> Captions.load(empty)).getMessage());
        assertEquals("notes.txt' is not a caption file", assertThrows(IllegalArgumentException.class,
                () -> Captions.load(dir.resolve("notes.txt"))).getMessage().substring(1, 33));
    }
}
