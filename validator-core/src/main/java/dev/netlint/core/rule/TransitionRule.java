package dev.netlint.core.rule;

/**
 * A transition rule's logic: it judges the change from the device that runs today to the proposed
 * one, not either device alone. A transition rule carries {@link Rule} like any rule and implements
 * {@link DeviceRule} too, with nothing to say about a single device, so that it is registered, listed and
 * documented with the others; {@code netlint diff} runs it.
 */
public interface TransitionRule extends DeviceRule {

    /** Reports every problem of the transition to {@code out}; never throws for bad input. */
    void inspect(Transition transition, FindingSink out);

    /** A single device has no transition: nothing to report. */
    @Override
    default void inspect(DeviceContext context, FindingSink out) {
    }
}
