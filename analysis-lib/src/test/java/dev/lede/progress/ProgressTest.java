package dev.lede.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Throttling, the delay before showing, the estimate of what is left and the drawn text, on a clock the test moves. */
class ProgressTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** Records what a listener is told, as "begin|update|end: text". */
    static final class Recording implements ProgressListener {
        final List<String> calls = new ArrayList<>();
        final List<Progress.State> states = new ArrayList<>();

        @Override
        public synchronized void begin(Progress.State s) {
            calls.add("begin: " + s.text());
            states.add(s);
        }

        @Override
        public synchronized void update(Progress.State s) {
            calls.add("update: " + s.text());
            states.add(s);
        }

        @Override
        public synchronized void end(Progress.State s) {
            calls.add("end: " + s.text());
            states.add(s);
        }
    }

    private static Progress progress(Recording r, AtomicLong clock, String label, long total, Progress.Unit unit,
                                     boolean atMost) {
        return new Progress(r, label, total, unit, atMost, clock::get, Progress.DELAY_MS * MS, Progress.INTERVAL_MS * MS);
    }

    @Test
    void estimateOfWhatIsLeftIsElapsedTimesShareLeftOverShareDone() {
        assertEquals(3 * S, Progress.remaining(25, 100, S));           // a quarter in 1 s: 3 s more
        assertEquals(500 * MS, Progress.remaining(80, 100, 2 * S));    // 2 s * 20 / 80
        assertEquals(0, Progress.remaining(100, 100, 5 * S));
        assertEquals(0, Progress.remaining(130, 100, 5 * S));          // counted past the total: nothing left
        assertEquals(-1, Progress.remaining(0, 100, 5 * S));           // nothing done yet: unknown
        assertEquals(-1, Progress.remaining(40, 0, 5 * S));            // no total: unknown
    }

    @Test
    void nothingIsShownBeforeTheDelayAndNothingAtAllForShortWork() {
        Recording r = new Recording();
        AtomicLong clock = new AtomicLong(7 * S);
        Progress p = progress(r, clock, "Counting a.txt", 1000, Progress.Unit.BYTES, false);
        for (long t = 0; t < 999; t += 10) {
            clock.set(7 * S + t * MS);
            p.advance(1);
            assertNull(p.tick(), "shown at " + t + " ms");
        }
        p.done();
        assertEquals(List.of(), r.calls);
    }

    @Test
    void updatesComeAtMostFourASecondAndTheEndOnlyAfterABeginning() {
        Recording r = new Recording();
        AtomicLong clock = new AtomicLong(0);
        Progress p = progress(r, clock, "Work", 10_000, Progress.Unit.ITEMS, false);
        // a timer far too eager: a tick every 10 ms for 10 s, one item done per tick
        List<Long> drawnAt = new ArrayList<>();
        for (long t = 0; t <= 10_000; t += 10) {
            clock.set(t * MS);
            p.advance(1);
            if (p.tick() != null) {
                drawnAt.add(t);
            }
        }
        // first at 1 s, then every 250 ms: 1000, 1250, ..., 10000
        assertEquals(37, drawnAt.size());
        assertEquals(1000L, drawnAt.get(0));
        for (int i = 1; i < drawnAt.size(); i++) {
            assertEquals(250L, drawnAt.get(i) - drawnAt.get(i - 1));
        }
        p.done();
        p.done(); // twice is once
        assertEquals(38, r.calls.size());
        assertTrue(r.calls.get(0).startsWith("begin: "), r.calls.get(0));
        assertTrue(r.calls.get(1).startsWith("update: "), r.calls.get(1));
        assertEquals("end: Work: 1,001 items in 10 s", r.calls.get(37));
        // at 1 s: 101 items of 10,000 done in 1 s, so 9,899 / 101 s are left
        assertEquals("begin: Work: [....................] 1%  101 of 10,000 items  1.0 s, about 1 min 38 s left",
                r.calls.get(0));
        assertNull(p.tick(), "drawn after the end");
        assertTrue(r.states.stream().allMatch(s -> s.id() == r.states.get(0).id()));
    }

    @Test
    void linesForBytesForAnUpperBoundAndForAnUnknownTotal() {
        Progress.State bytes = new Progress.State(1, "Counting big.txt", Progress.Unit.BYTES, 84_000_000, 200_000_000,
                false, "", 1200 * MS, Progress.remaining(84_000_000, 200_000_000, 1200 * MS), false);
        assertEquals("Counting big.txt: [########............] 42%  84.0 of 200.0 MB  1.2 s, about 1.7 s left",
                bytes.text());
        Progress.State kmeans = new Progress.State(2, "k-means, k = 20", Progress.Unit.ITERATIONS, 7, 100, true,
                "12 documents moved", 2 * S, Progress.remaining(7, 100, 2 * S), false);
        assertEquals("k-means, k = 20: [#...................] 7%  7 of at most 100 iterations  2.0 s, at most 27 s left"
                + "  (12 documents moved)", kmeans.text());
        Progress.State open = new Progress.State(3, "Reading", Progress.Unit.DOCUMENTS, 1234, 0, false, "", 3400 * MS,
                -1, false);
        assertEquals("Reading: 1,234 documents  3.4 s", open.text());
        assertEquals(-1.0, open.fraction());
        Progress.State waiting = new Progress.State(3, "Finding pairs", Progress.Unit.PAIRS, 0, 0, false, "", 3400 * MS,
                -1, false);
        assertEquals("Finding pairs: 3.4 s", waiting.text());
        Progress.State ended = new Progress.State(1, "Counting big.txt", Progress.Unit.BYTES, 200_000_000, 200_000_000,
                false, "", 3210 * MS, 0, true);
        assertEquals("Counting big.txt: 200.0 MB in 3.2 s", ended.text());
        assertEquals("<div class=\"lede-progress\" style=\"font-family:monospace;font-size:90%;white-space:pre\">Counting big.txt: "
                + "<progress max=\"1000\" value=\"420\" style=\"width:16em;vertical-align:middle\"></progress> "
                + "42%  84.0 of 200.0 MB  1.2 s, about 1.7 s left</div>", bytes.bundle().get("text/html"));
        assertEquals(bytes.text(), bytes.bundle().get("text/plain"));
        Progress.State html = new Progress.State(4, "<b>&", Progress.Unit.ITEMS, 1, 2, false, "", S, S, false);
        assertTrue(html.bundle().get("text/html").contains("&lt;b&gt;&amp;: <progress"), html.bundle().get("text/html"));
    }

    @Test
    void durationsAndSizes() {
        assertEquals("0.0 s", Progress.duration(0));
        assertEquals("0.4 s", Progress.duration(400 * MS));
        assertEquals("9.9 s", Progress.duration(9940 * MS));
        assertEquals("10 s", Progress.duration(9960 * MS));
        assertEquals("42 s", Progress.duration(42 * S));
        assertEquals("4 min 05 s", Progress.duration(245 * S));
        assertEquals("2 h 03 min", Progress.duration(7380 * S));
        assertEquals("999 bytes", Progress.bytes(999));
        assertEquals("1.5 kB", Progress.bytes(1500));
        assertEquals("200.0 MB", Progress.bytes(200_000_000));
        assertEquals("1.1 GB", Progress.bytes(1_100_000_000L));
        assertEquals("12 of 900 bytes", Progress.bytesOf(12, 900));
        assertEquals("0.0 of 4.2 GB", Progress.bytesOf(12_000, 4_200_000_000L));
    }

    @Test
    void aStageStartsItsCountAndItsEstimateAfreshInTheSameDisplay() {
        Recording r = new Recording();
        AtomicLong clock = new AtomicLong(0);
        Progress p = progress(r, clock, "Text reuse: shingles", 10, Progress.Unit.DOCUMENTS, false);
        p.advance(10);
        clock.set(4 * S);
        p.stage("Text reuse: aligning pairs", 400, Progress.Unit.PAIRS);
        clock.set(5 * S);
        p.advance(100);
        Progress.State s = p.tick();
        // 100 of 400 pairs in the stage's 1 s: 3 s left; elapsed counts from the start of the work
        assertEquals("Text reuse: aligning pairs: [#####...............] 25%  100 of 400 pairs  5.0 s, about 3.0 s left",
                s.text());
        p.done();
        assertEquals("end: Text reuse: aligning pairs: 100 pairs in 5.0 s", r.calls.get(1));
    }

    @Test
    void countsFromManyThreadsAddUp() throws InterruptedException {
        Recording r = new Recording();
        AtomicLong clock = new AtomicLong(0);
        Progress p = progress(r, clock, "Work", 0, Progress.Unit.ITEMS, false);
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 100_000; k++) {
                    p.advance(1);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(400_000, p.state().done());
    }

    @Test
    void terminalBarRewritesOneLineAndEndsWithASummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalBar bar = new TerminalBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Progress.State a = new Progress.State(1, "Work", Progress.Unit.ITEMS, 5, 10, false, "", 2 * S, 2 * S, false);
        Progress.State b = new Progress.State(1, "Work", Progress.Unit.ITEMS, 10, 10, false, "", 4 * S, 0, true);
        bar.begin(a);
        bar.end(b);
        String first = "Work: [##########..........] 50%  5 of 10 items  2.0 s, about 2.0 s left";
        String last = "Work: 10 items in 4.0 s";
        assertEquals("\r" + first + "\r" + last + " ".repeat(first.length() - last.length()) + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
        Progress.State wide = new Progress.State(1, "Counting kjv-200mb.txt", Progress.Unit.BYTES, 88_100_000,
                202_800_000, false, "", 4600 * MS, 6100 * MS, false);
        String fitted = TerminalBar.fit(wide);
        // 95 characters: the label keeps 15 of its 22 beside a bar of 10
        assertEquals("Counting kjv-20...: [####......] 43%  88.1 of 202.8 MB  4.6 s, about 6.1 s left", fitted);
        assertTrue(fitted.length() <= TerminalBar.WIDTH, fitted);
        Progress.State narrow = new Progress.State(1, "Text reuse: aligning candidate pairs", Progress.Unit.PAIRS,
                1_234_567, 9_876_543, false, "", 4600 * MS, 6100 * MS, false);
        assertEquals("Text reuse: alig...: 12%  1,234,567 of 9,876,543 pairs  4.6 s, about 6.1 s left",
                TerminalBar.fit(narrow));
        // the label never grows back while the same work is drawn, whatever the counts' width
        ByteArrayOutputStream steady = new ByteArrayOutputStream();
        TerminalBar b2 = new TerminalBar(new PrintStream(steady, true, StandardCharsets.UTF_8));
        b2.begin(new Progress.State(5, "Counting kjv-200mb.txt", Progress.Unit.BYTES, 21_000_000, 202_800_000, false,
                "", 1700 * MS, 15 * S, false));
        b2.update(new Progress.State(5, "Counting kjv-200mb.txt", Progress.Unit.BYTES, 21_000_000, 202_800_000, false, "",
                1800 * MS, -1, false));
        String[] drawn = steady.toString(StandardCharsets.UTF_8).split("\r");
        assertEquals("Counting kjv-200...: [#.........] 10%  21.0 of 202.8 MB  1.7 s, about 15 s left", drawn[1]);
        // without an estimate the whole line would fit, but the label stays as it was
        assertEquals("Counting kjv-200...: [#.........] 10%  21.0 of 202.8 MB  1.8 s", drawn[2].stripTrailing());
        String longLine = "x".repeat(200);
        assertEquals("\r" + "x".repeat(TerminalBar.WIDTH - 3) + "...", TerminalBar.line(longLine, 0));
    }

    @Test
    void environmentChoosesTheListener() {
        assertNull(TerminalBar.fromEnvironment("off"));
        assertNull(TerminalBar.fromEnvironment(" OFF "));
        assertTrue(TerminalBar.fromEnvironment("terminal") instanceof TerminalBar);
        // surefire's stderr is a pipe, not a terminal: auto draws nothing
        assertNull(TerminalBar.fromEnvironment(null));
        assertNull(TerminalBar.fromEnvironment("auto"));
    }

    @Test
    void withoutAListenerOrWhileAnotherRunsProgressIsSilent() {
        ProgressListener before = Progress.listener();
        try {
            Progress.listenWith(null);
            Progress none = Progress.start("Work", 10, Progress.Unit.ITEMS);
            none.advance(5);
            none.note("x");
            none.done();
            assertEquals(0, none.state().done());
            Recording r = new Recording();
            Progress.listenWith(r);
            try (Progress outer = Progress.start("Outer", 10, Progress.Unit.ITEMS)) {
                Progress inner = Progress.start("Inner", 10, Progress.Unit.ITEMS);
                assertSame(none, inner, "work nested in shown work counts silently");
                outer.advance(3);
                assertEquals(3, outer.state().done());
                assertNotEquals(0, outer.state().id());
            }
            // ended: the next one is shown again
            try (Progress next = Progress.start("Next", 10, Progress.Unit.ITEMS)) {
                assertNotEquals(none, next);
            }
            assertEquals(List.of(), r.calls, "work under a second is never drawn");
        } finally {
            Progress.listenWith(before);
        }
    }
}
