package dev.versus.build;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A step run on a thread of its own while the build goes on with another that does not need it
 * (the templates compile while the snapshot is read). Its result, or what it threw, is taken
 * where the build needs it, so failures surface in the build's order and with their own type.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String name, Callable<T> step) {
        FutureTask<T> task = new FutureTask<>(step);
        Thread thread = new Thread(task, "versus-" + name);
        thread.setDaemon(true); // a build that failed elsewhere does not wait for it to end
        thread.start();
        return new Background<>(task);
    }

    /** A step already done: its result is {@code value}. */
    static <T> Background<T> done(T value) {
        FutureTask<T> task = new FutureTask<>(() -> value);
        task.run();
        return new Background<>(task);
    }

    /** The step's result; what it threw is thrown here as it was. */
    T get() throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
