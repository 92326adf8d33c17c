package dev.lede.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * How many threads Lede's heavy steps may use: counting terms, building document-term matrices,
 * cosine similarity and k-means all read this one setting. It is carried by the data: set it on
 * {@link Tokens#withParallelism(Parallelism)} and the frequencies, the matrix made from those
 * tokens, its similarities and its clusters use it; {@code DocumentTermMatrix.withParallelism}
 * changes it later. Results never depend on it: work is cut into pieces that write their own
 * slots, and pieces are combined in a fixed order.
 *
 * <pre>{@code
 * Tokens tokens = corpus.tokens().withParallelism(Parallelism.of(1)); // on the calling thread only
 * DocumentTermMatrix m = DocumentTermMatrix.of(tokens);               // one thread too
 * }</pre>
 *
 * @param threads at least 1; 1 runs everything on the calling thread
 */
public record Parallelism(int threads) {

    public Parallelism {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " < 1: give 1 or more");
        }
    }

    /** One thread per available processor (the default everywhere). */
    public static Parallelism available() {
        return new Parallelism(Runtime.getRuntime().availableProcessors());
    }

    /** {@code threads} threads (1: the calling thread only). */
    public static Parallelism of(int threads) {
        return new Parallelism(threads);
    }

    /** Everything on the calling thread. */
    public static Parallelism sequential() {
        return new Parallelism(1);
    }

    /** Whether more than one thread may work. */
    public boolean isParallel() {
        return threads > 1;
    }

    /**
     * Runs {@code body} for every index in {@code [0, n)}, on up to {@link #threads()} threads (the
     * calling thread among them), and returns when all are done. The first exception thrown by a
     * piece is rethrown once every running piece has ended; pieces not yet started are skipped.
     */
    public void forEach(int n, IntConsumer body) {
        if (n <= 0) {
            return;
        }
        int workers = Math.min(threads, n);
        if (workers == 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable worker = () -> {
            for (int i; (i = next.getAndIncrement()) < n; ) {
                try {
                    body.accept(i);
                } catch (Throwable t) {
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = t;
                        }
                    }
                    next.set(n);
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            helpers.add(Pool.EXECUTOR.submit(worker));
        }
        worker.run();
        boolean interrupted = false;
        for (Future<?> f : helpers) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    // the pieces already running finish quickly; stop handing out new ones
                    interrupted = true;
                    next.set(n);
                } catch (ExecutionException e) {
                    break; // the worker records its own failures
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on " + threads + " threads");
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    /** Runs the tasks as {@link #forEach(int, IntConsumer)} does and returns their results in task order. */
    public <T> List<T> map(List<? extends Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            out.add(null);
        }
        forEach(tasks.size(), i -> {
            try {
                out.set(i, tasks.get(i).call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    /** Daemon threads shared by every Parallelism, made when first needed and reused. */
    private static final class Pool {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lede-worker-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
