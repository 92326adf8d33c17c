package dev.lede.kernel;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The kernel's helper threads: named, and daemons, so that none keeps a shut-down kernel alive. */
final class Daemons {

    private Daemons() {
    }

    /** A single-thread scheduler whose thread is called {@code name}. */
    static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> thread(name, r));
    }

    /** Runs {@code task} at once on a thread of its own; its result or failure completes the future. */
    static <T> CompletableFuture<T> supply(String name, Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        thread(name, () -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }).start();
        return f;
    }

    private static Thread thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
