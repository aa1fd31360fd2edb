package dev.netlint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the class that implements it. The registry refuses a rule without it,
 * with an id that is not kebab-case, a duplicate id, or no doc page at
 * {@code dev/netlint/rules/docs/ID.md} on the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {

    /** Stable kebab-case id, such as {@code pool-overlap}. */
    String id();

    /** Default severity; a rule may report a milder case at a lower level. */
    Severity severity();

    /** One line: what the rule finds. */
    String summary();

    /** The group of the rule catalogue. */
    Category category();
}
