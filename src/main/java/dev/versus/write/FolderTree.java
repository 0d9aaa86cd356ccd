package dev.versus.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Visits the folders of a tree on several threads: a folder is entered after its parent, and
 * left after all its subfolders were left. A site fans out into many small folders (one per
 * page), so whole subtrees are independent work and the threads need no order between them.
 * The first failure stops the walk; every thread has stopped when {@link #walk} returns, so the
 * caller can clean up without a worker still writing behind it.
 */
final class FolderTree {
    private FolderTree() {
    }

    /** What to do in each folder; {@code T} says where a folder is (a path, or a pair of them). */
    interface Visitor<T> {
        /** Does this folder's own work and returns the subfolders to visit. */
        List<T> enter(T folder) throws IOException;

        /** Runs once every subfolder returned by {@link #enter} has been left. */
        default void leave(T folder) throws IOException {
        }
    }

    static <T> void walk(T root, int threads, Visitor<T> visitor) throws IOException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Visit<T> rootVisit = new Visit<>(root, visitor, failure);
        if (threads <= 1) {
            rootVisit.compute();
        } else {
            // execute, not invoke: invoke may run the root on this thread, whose forks would then
            // go to the common pool. After shutdown the pool still runs the forks of its own tasks.
            ForkJoinPool pool = new ForkJoinPool(threads);
            pool.execute(rootVisit);
            pool.shutdown();
            awaitTermination(pool, failure);
        }
        rethrow(failure.get());
    }

    /** Waits even when interrupted: returning with workers still running would race the cleanup. */
    private static void awaitTermination(ForkJoinPool pool, AtomicReference<Throwable> failure) {
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
                failure.compareAndSet(null, new Cancellation.Cancelled());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /**
     * Failures are recorded, never thrown, so that invokeAll waits for every sibling: a thrown
     * one would cancel the siblings not yet started but leave the running ones running.
     */
    private static final class Visit<T> extends RecursiveAction {
        private final T folder;
        private final Visitor<T> visitor;
        private final AtomicReference<Throwable> failure;

        Visit(T folder, Visitor<T> visitor, AtomicReference<Throwable> failure) {
            this.folder = folder;
            this.visitor = visitor;
            this.failure = failure;
        }

        @Override
        protected void compute() {
            if (failure.get() != null) {
                return;
            }
            try {
                List<T> subfolders = visitor.enter(folder);
                if (!subfolders.isEmpty()) {
                    visitAll(subfolders);
                }
                if (failure.get() == null) {
                    visitor.leave(folder);
                }
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        private void visitAll(List<T> subfolders) {
            if (!inForkJoinPool()) {
                // Not in a pool: one thread, depth first, as a plain walk would go.
                for (T subfolder : subfolders) {
                    new Visit<>(subfolder, visitor, failure).compute();
                }
                return;
            }
            List<Visit<T>> visits = new ArrayList<>(subfolders.size());
            for (T subfolder : subfolders) {
                visits.add(new Visit<>(subfolder, visitor, failure));
            }
            invokeAll(visits);
        }
    }
}
