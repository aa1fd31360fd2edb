package dev.netlint.core.plan;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, whichever thread asks first; the others wait for it. What the
 * plan and the rule context build only when a rule asks (the table of the routes, the owners of pool
 * addresses), so that a device whose rules never ask does not pay for them.
 *
 * @param <T> the value, never {@code null}
 */
public final class Lazy<T> implements Supplier<T> {

    private Supplier<? extends T> maker;
    private volatile T value;

    private Lazy(Supplier<? extends T> maker) {
        this.maker = maker;
    }

    /** A value that {@code maker} computes on the first {@link #get}. */
    public static <T> Lazy<T> of(Supplier<? extends T> maker) {
        return new Lazy<>(Objects.requireNonNull(maker, "maker"));
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(maker.get(), "a lazy value may not be null");
                    value = result;
                    maker = null;
                }
            }
        }
        return result;
    }
}
