package dev.lede.progress;

/**
 * Where {@link Progress} is drawn. Called from Progress's timer thread at most every
 * {@link Progress#INTERVAL_MS} ({@link #begin} once the work has run {@link Progress#DELAY_MS},
 * then {@link #update}), and from the thread that ends the work ({@link #end}, only after a
 * {@link #begin}). Never called for work that ended before it was shown. The Lede kernel installs
 * one that keeps one notebook display per piece of work ({@link Progress.State#id()}) and removes
 * it at the end; {@link Progress} draws a text bar on a terminal's stderr by itself.
 *
 * <pre>{@code
 * Progress.listenWith(new ProgressListener() {          // e.g. into a log, once a second at most
 *     public void begin(Progress.State s) { log.info(s.text()); }
 *     public void update(Progress.State s) { }
 *     public void end(Progress.State s) { log.info(s.text()); }
 * });
 * }</pre>
 */
public interface ProgressListener {

    /** The work has run long enough to be shown: show {@code s}. */
    void begin(Progress.State s);

    /** Replace what is shown for {@code s.id()} with {@code s}. */
    void update(Progress.State s);

    /** The work has ended ({@code s.ended()}): remove or close what is shown for {@code s.id()}. */
    void end(Progress.State s);
}
