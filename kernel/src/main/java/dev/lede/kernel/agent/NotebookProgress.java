package dev.lede.kernel.agent;

import dev.lede.progress.Progress;
import dev.lede.progress.ProgressListener;
import java.util.Locale;
import java.util.Map;

/**
 * Long work's progress as one notebook display per piece of work: {@code display_data} with a
 * display id when the work has run a second, {@code update_display_data} at most four times a
 * second, and at the end an update to an empty text, so that the finished cell shows only its
 * results and a notebook saved from the browser holds no timings. The kernel passes these on only
 * to frontends that take input ({@code allow_stdin}), never to nbconvert (see {@code Output}).
 */
final class NotebookProgress implements ProgressListener {

    /** What the display becomes at the end: classic Notebook keeps the old output for an empty bundle. */
    static final Map<String, String> EMPTY = Map.of("text/plain", "");

    static String displayId(Progress.State s) {
        return String.format(Locale.ROOT, "lede-progress-%d-%d", ProcessHandle.current().pid(), s.id());
    }

    @Override
    public void begin(Progress.State s) {
        Notebook.progress(s.bundle().asMap(), displayId(s), false);
    }

    @Override
    public void update(Progress.State s) {
        Notebook.progress(s.bundle().asMap(), displayId(s), true);
    }

    @Override
    public void end(Progress.State s) {
        Notebook.progress(EMPTY, displayId(s), true);
    }
}
