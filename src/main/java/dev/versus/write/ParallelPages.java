package dev.versus.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one task per item on a fixed pool of threads, in batches, with a bounded number of
 * batches in flight: the items come from a lazy iterator, so memory stays flat however many
 * pages there are. The first failure stops the run and is rethrown, but only once no task runs
 * any more: the caller then deletes the staging folder, and a page still being written into it (or
 * beside it, a streamed page's scratch file) would leave files behind the failed build.
 */
public final class ParallelPages {
    private static final int BATCH_SIZE = 256;

    private ParallelPages() {
    }

    public static <T> void forEach(Iterator<T> items, int threads, Consumer<T> task) throws PageFailure {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "versus-render");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicBoolean stopped = new AtomicBoolean();
        List<Future<?>> pending = new ArrayList<>();
        try {
            while (items.hasNext()) {
                List<T> batch = nextBatch(items);
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        runUnlessStopped(batch, task, stopped);
                    } finally {
                        inFlight.release();
                    }
                }));
                checkDone(pending);
            }
            for (Future<?> future : pending) {
                await(future);
            }
        } finally {
            stopped.set(true);
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    /** Each item of the batch in turn, until this or another batch fails. */
    private static <T> void runUnlessStopped(List<T> batch, Consumer<T> task, AtomicBoolean stopped) {
        for (T item : batch) {
            if (stopped.get()) {
                return;
            }
            try {
                task.accept(item);
            } catch (RuntimeException | Error e) {
                stopped.set(true);
                throw e;
            }
        }
    }

    /**
     * Waits for the items being handled when the run stopped: at most one per thread, since the
     * others see the stop before they begin. An interrupt (a second Ctrl-C) does not cut the wait
     * short, only remembered: the staging folder must not be deleted under a running task.
     */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> nextBatch(Iterator<T> items) {
        List<T> batch = new ArrayList<>(BATCH_SIZE);
        while (items.hasNext() && batch.size() < BATCH_SIZE) {
            batch.add(items.next());
        }
        return batch;
    }

    /** Drops finished batches and surfaces a failure as soon as one is seen. */
    private static void checkDone(List<Future<?>> pending) throws PageFailure {
        Iterator<Future<?>> it = pending.iterator();
        while (it.hasNext()) {
            Future<?> future = it.next();
            if (future.isDone()) {
                await(future);
                it.remove();
            }
        }
    }

    private static void await(Future<?> future) throws PageFailure {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new PageFailure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageFailure(e);
        }
    }

    /** A page could not be rendered or written; the cause says which and why. */
    public static final class PageFailure extends Exception {
        PageFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
