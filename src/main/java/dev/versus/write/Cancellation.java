package dev.versus.write;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A request to stop a build (SIGTERM, Ctrl-C), checked between pages. Once the build has started
 * the two renames that swap its site in, a cancel no longer stops it: a site half swapped would be
 * worse than either, so the swap finishes and the new site stays.
 */
public final class Cancellation {

    /** Where the build stands with respect to its swap. */
    public enum State { RUNNING, CANCELLED, SWAPPING, SWAPPED }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

    /** Thrown on a build thread that sees the cancel; the build cleans up on the way out. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled");
        }
    }

    /** Asks the build to stop; has no effect once its swap has begun. */
    public void cancel() {
        state.compareAndSet(State.RUNNING, State.CANCELLED);
    }

    public boolean isCancelled() {
        return state.get() == State.CANCELLED;
    }

    public State state() {
        return state.get();
    }

    void throwIfCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Enters the swap, after which a cancel waits for it; throws if the cancel came first. */
    void enterSwap() {
        if (!state.compareAndSet(State.RUNNING, State.SWAPPING) && state.get() != State.SWAPPING) {
            throw new Cancelled();
        }
    }

    void swapped() {
        state.set(State.SWAPPED);
    }
}
