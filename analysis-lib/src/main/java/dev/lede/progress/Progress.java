package dev.lede.progress;

import dev.lede.display.Html;
import dev.lede.display.MimeBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Progress of one long piece of work (counting a large file, k-means, text reuse, a Spark job),
 * shown while it runs and gone when it ends: in a Lede notebook as one display updated in place,
 * in a terminal as a one-line text bar on stderr, and nowhere else (tests, logs, a notebook run by
 * nbconvert). The work only counts: {@link #advance(long)} adds to a counter, one call per block,
 * document or iteration; a timer thread reads the counter and draws, at most {@link #INTERVAL_MS}
 * apart, and only once the work has run {@link #DELAY_MS} (short work shows nothing).
 *
 * <pre>{@code
 * try (Progress p = Progress.start("Counting big.txt", Files.size(file), Progress.Unit.BYTES)) {
 *     for (...) { ...; p.advance(blockBytes); }
 * }
 * }</pre>
 *
 * <p>Where it is drawn is the {@link ProgressListener} in force: the Lede kernel installs one
 * that makes notebook displays; in a plain JVM a text bar is drawn when stderr is a terminal
 * (environment {@code LEDE_PROGRESS}: {@code auto}, the default; {@code off}; or {@code terminal}
 * to draw the bar on stderr whatever it is). With no listener, {@link #start} returns a progress
 * that does nothing. Only one progress is shown at a time: one started while another runs (work
 * nested in work) counts silently. Always end it, with {@link #done()} or try-with-resources.
 */
public final class Progress implements AutoCloseable {

    /** What the work counts; {@link #BYTES} are shown in kB, MB, GB. */
    public enum Unit {
        BYTES("byte", "bytes"),
        LINES("line", "lines"),
        DOCUMENTS("document", "documents"),
        PAIRS("pair", "pairs"),
        ITERATIONS("iteration", "iterations"),
        STAGES("stage", "stages"),
        TASKS("task", "tasks"),
        ITEMS("item", "items");

        private final String one;
        private final String many;

        Unit(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** The unit's name for {@code n} of it ("1 document", "2 documents"). */
        public String name(long n) {
            return n == 1 ? one : many;
        }
    }

    /** How long work runs before its progress is first shown. */
    public static final long DELAY_MS = 1000;
    /** The least time between two updates of the display (at most 4 a second). */
    public static final long INTERVAL_MS = 250;

    private static final AtomicReference<Progress> ACTIVE = new AtomicReference<>();
    private static volatile ProgressListener listener;
    private static volatile boolean listenerChosen;
    private static volatile long delayMs = DELAY_MS;
    private static ScheduledExecutorService timer;
    private static final Progress NONE = new Progress(null, "", 0, Unit.ITEMS, false, null, 0, 0);
    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    private final ProgressListener to;
    private final LongSupplier clock;
    private final long delay;
    private final long interval;
    private final long id;
    private final long started;
    private final LongAdder count;
    private volatile String label;
    private volatile long total;
    private volatile Unit unit;
    private volatile boolean atMost;
    private volatile String note = "";
    private volatile long stageStarted;
    private ScheduledFuture<?> ticking;
    private boolean shown;
    private boolean finished;
    private long lastShown;

    Progress(ProgressListener to, String label, long total, Unit unit, boolean atMost, LongSupplier clock,
             long delayNanos, long intervalNanos) {
        this.to = to;
        this.label = Objects.requireNonNull(label, "label");
        this.total = Math.max(0, total);
        this.unit = Objects.requireNonNull(unit, "unit");
        this.atMost = atMost;
        this.clock = clock;
        this.delay = delayNanos;
        this.interval = intervalNanos;
        this.id = to == null ? 0 : IDS.incrementAndGet();
        this.count = to == null ? null : new LongAdder();
        this.started = clock == null ? 0 : clock.getAsLong();
        this.stageStarted = started;
    }

    /**
     * Starts showing the progress of work that will count {@code total} {@code unit}s ({@code 0}
     * when unknown: counts and elapsed time are shown, no estimate).
     */
    public static Progress start(String label, long total, Unit unit) {
        return begin(label, total, unit, false);
    }

    /**
     * As {@link #start} for work that may end early, before {@code most} (k-means that converges,
     * a search that stops): the estimate of what is left reads "at most".
     */
    public static Progress startAtMost(String label, long most, Unit unit) {
        return begin(label, most, unit, true);
    }

    private static Progress begin(String label, long total, Unit unit, boolean atMost) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        ProgressListener l = listener();
        if (l == null || ACTIVE.get() != null) {
            return NONE;
        }
        long delay = delayMs;
        Progress p = new Progress(l, label, total, unit, atMost, System::nanoTime,
                TimeUnit.MILLISECONDS.toNanos(delay), TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS));
        if (!ACTIVE.compareAndSet(null, p)) {
            return NONE;
        }
        if (delay == 0) {
            p.tick(); // shown at once, on this thread
        }
        // Fixed delay: the next tick starts at least INTERVAL_MS after the previous one ended.
        synchronized (p) {
            p.ticking = timer().scheduleWithFixedDelay(p::tick, delay == 0 ? INTERVAL_MS : delay, INTERVAL_MS,
                    TimeUnit.MILLISECONDS);
        }
        return p;
    }

    private static synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "lede-progress");
                th.setDaemon(true);
                return th;
            });
            t.setRemoveOnCancelPolicy(true);
            timer = t;
        }
        return timer;
    }

    /** Adds {@code n} to what is done (any thread; as cheap as adding to a counter). */
    public void advance(long n) {
        if (count != null) {
            count.add(n);
        }
    }

    /** A short detail shown after the counts, e.g. "stage 2 of 3" or "40 documents moved". */
    public void note(String detail) {
        if (count != null) {
            note = detail == null ? "" : detail;
        }
    }

    /**
     * Goes on in the same display with a new step: its own label, total and unit, counted from 0,
     * the estimate of what is left taken from this step alone (elapsed time is the whole work's).
     */
    public void stage(String label, long total, Unit unit) {
        if (count == null) {
            return;
        }
        synchronized (this) {
            this.label = Objects.requireNonNull(label, "label");
            this.unit = Objects.requireNonNull(unit, "unit");
            this.total = Math.max(0, total);
            this.atMost = false;
            this.note = "";
            count.reset();
            stageStarted = clock.getAsLong();
        }
    }

    /** Ends the work: the notebook display is removed, the terminal bar becomes a summary line. */
    public void done() {
        if (count == null) {
            return;
        }
        boolean end;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            if (ticking != null) {
                ticking.cancel(false);
            }
            end = shown;
        }
        ACTIVE.compareAndSet(this, null);
        if (end) {
            try {
                to.end(state(clock.getAsLong(), true));
            } catch (RuntimeException e) {
                // progress must never break the work it reports on
            }
        }
    }

    @Override
    public void close() {
        done();
    }

    /** What is known now (for listeners and for code that reports elsewhere). */
    public State state() {
        return count == null ? new State(0, label, unit, 0, 0, false, "", 0, -1, false)
                : state(clock.getAsLong(), false);
    }

    /**
     * The timer's step: draws the current state if the work has run {@link #DELAY_MS} and the last
     * drawing is at least {@link #INTERVAL_MS} old; returns what was drawn, or null.
     */
    synchronized State tick() {
        if (finished || count == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (now - started < delay || shown && now - lastShown < interval) {
            return null;
        }
        State s = state(now, false);
        try {
            if (shown) {
                to.update(s);
            } else {
                to.begin(s);
            }
        } catch (RuntimeException e) {
            // a listener that fails stops drawing, never the work
        }
        shown = true;
        lastShown = now;
        return s;
    }

    private State state(long now, boolean ended) {
        long done = count.sum();
        long t = total;
        long stageElapsed = now - stageStarted;
        return new State(id, label, unit, done, t, atMost, note, now - started, remaining(done, t, stageElapsed), ended);
    }

    /**
     * Nanoseconds left at the rate so far ({@code elapsed * (total - done) / done}), 0 when done
     * reaches the total, -1 when unknown (no total, or nothing done yet).
     */
    static long remaining(long done, long total, long elapsedNanos) {
        if (total <= 0 || done <= 0) {
            return -1;
        }
        if (done >= total) {
            return 0;
        }
        return (long) ((double) elapsedNanos * (total - done) / done);
    }

    /** The listener in force: set with {@link #listenWith}, else chosen from the environment. */
    public static ProgressListener listener() {
        if (!listenerChosen) {
            synchronized (Progress.class) {
                if (!listenerChosen) {
                    listener = TerminalBar.fromEnvironment(System.getenv("LEDE_PROGRESS"));
                    listenerChosen = true;
                }
            }
        }
        return listener;
    }

    /** Shows progress through {@code l} from now on ({@code null}: nowhere), after {@link #DELAY_MS}. */
    public static void listenWith(ProgressListener l) {
        listenWith(l, DELAY_MS);
    }

    /**
     * Shows progress through {@code l} from now on, work that has run {@code delayMillis} (0: all
     * work, shown as it starts; for a log that wants every step, or a test of what work reports).
     */
    public static void listenWith(ProgressListener l, long delayMillis) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delay " + delayMillis + " ms: give 0 or more");
        }
        synchronized (Progress.class) {
            listener = l;
            delayMs = delayMillis;
            listenerChosen = true;
        }
    }

    /** Whether {@code LEDE_PROGRESS} allows progress at all (it is not {@code off}). */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(String.valueOf(System.getenv("LEDE_PROGRESS")).trim());
    }

    /**
     * What a listener draws: the work's label, unit, what is done of what total (0: unknown),
     * whether the total is an upper bound, a detail note, time since the start and the estimated
     * time left (nanoseconds; -1 when unknown), and whether the work has ended.
     *
     * @param id distinguishes one piece of work from another in this JVM (display ids)
     */
    public record State(long id, String label, Unit unit, long done, long total, boolean atMost, String note,
                        long elapsedNanos, long remainingNanos, boolean ended) {

        /** Width of the text bar between its brackets. */
        public static final int BAR = 20;

        /** Share done, 0 to 1, or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }

        /**
         * One line: {@code Counting big.txt: [########............] 42%  84.0 of 200.0 MB  1.2 s, about 1.7 s left};
         * once ended, {@code Counting big.txt: 200.0 MB in 3.2 s}.
         */
        public String text() {
            if (ended) {
                return label + ": " + amount(done) + " in " + duration(elapsedNanos);
            }
            return label + ": " + (total > 0 ? bar() + " " : "") + details();
        }

        /** The line without the label's bar: percentage, counts, times and note (the HTML beside a progress bar). */
        public String details() {
            StringBuilder b = new StringBuilder();
            if (total > 0) {
                b.append((int) Math.floor(fraction() * 100)).append("%  ");
                b.append(unit == Unit.BYTES ? bytesOf(done, total) : String.format(Locale.ROOT, "%,d of %s%,d %s",
                        done, atMost ? "at most " : "", total, unit.name(total))).append("  ");
            } else if (done > 0) {
                b.append(amount(done)).append("  ");
            }
            b.append(duration(elapsedNanos));
            if (remainingNanos >= 0) {
                b.append(atMost ? ", at most " : ", about ").append(duration(remainingNanos)).append(" left");
            }
            if (!note.isEmpty()) {
                b.append("  (").append(note).append(')');
            }
            return b.toString();
        }

        /** {@code [#####...............]}, {@link #BAR} wide. */
        public String bar() {
            return bar(BAR);
        }

        /** The bar {@code width} characters wide between its brackets. */
        public String bar(int width) {
            int full = (int) Math.floor(Math.max(0, fraction()) * width);
            return "[" + "#".repeat(full) + ".".repeat(width - full) + "]";
        }

        /** The display: HTML with a {@code <progress>} bar, and {@link #text()} as plain text. */
        public MimeBundle bundle() {
            String bar = total > 0 ? String.format(Locale.ROOT,
                    "<progress max=\"1000\" value=\"%d\" style=\"width:16em;vertical-align:middle\"></progress> ",
                    (long) Math.floor(fraction() * 1000)) : "";
            return MimeBundle.builder()
                    .text(text())
                    .html("<div class=\"lede-progress\" style=\"font-family:monospace;font-size:90%;white-space:pre\">"
                            + Html.escape(label) + ": " + bar + Html.escape(details()) + "</div>")
                    .build();
        }

        private String amount(long n) {
            return unit == Unit.BYTES ? bytes(n) : String.format(Locale.ROOT, "%,d %s", n, unit.name(n));
        }
    }

    private static final String[] BYTE_UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB"};

    /** Decimal units (1 MB = 1,000,000 bytes), one decimal from kB on. */
    static String bytes(long n) {
        int u = scale(n);
        return u == 0 ? String.format(Locale.ROOT, "%,d bytes", n)
                : String.format(Locale.ROOT, "%.1f %s", n / Math.pow(1000, u), BYTE_UNITS[u]);
    }

    /** {@code 84.0 of 200.0 MB}: both in the total's unit. */
    static String bytesOf(long done, long total) {
        int u = scale(total);
        if (u == 0) {
            return String.format(Locale.ROOT, "%,d of %,d bytes", done, total);
        }
        double d = Math.pow(1000, u);
        return String.format(Locale.ROOT, "%.1f of %.1f %s", done / d, total / d, BYTE_UNITS[u]);
    }

    private static int scale(long n) {
        int u = 0;
        for (long x = Math.abs(n); x >= 1000 && u < BYTE_UNITS.length - 1; x /= 1000) {
            u++;
        }
        return u;
    }

    /** {@code 0.4 s}, {@code 9.9 s}, {@code 42 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
    static String duration(long nanos) {
        double s = nanos / 1e9;
        if (s < 9.95) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long whole = Math.round(s);
        if (whole < 60) {
            return whole + " s";
        }
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        long min = whole / 60;
        return String.format(Locale.ROOT, "%d h %02d min", min / 60, min % 60);
    }
}
