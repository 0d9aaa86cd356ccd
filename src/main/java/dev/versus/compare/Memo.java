package dev.versus.compare;

import java.util.function.Supplier;

/**
 * A value computed once, when first asked for, by whichever thread asks first; every thread
 * then sees the same value. For what a build may never need (country rankings when no country
 * page is rendered, digests when the preview shows one page).
 */
public final class Memo<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public Memo(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T known = value;
        if (known == null) {
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                }
                known = value;
            }
        }
        return known;
    }
}
