package dev.netlint.core.rule;

/**
 * A rule's logic. Implementations are stateless, carry {@link Rule} and are found through
 * {@link java.util.ServiceLoader}; the engine may call one from several threads at once.
 */
public interface DeviceRule {

    /** Reports every problem of the device to {@code out}; never throws for bad input. */
    void inspect(DeviceContext context, FindingSink out);
}
