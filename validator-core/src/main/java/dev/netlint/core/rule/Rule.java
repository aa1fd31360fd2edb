package dev.netlint.core.rule;

import dev.netlint.core.finding.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
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
@Repeatable(Rule.List.class)
public @interface Rule {

    /** Stable kebab-case id, such as {@code pool-overlap}. */
    String id();

    /** Default severity; a rule may report a milder case at a lower level. */
    Severity severity();

    /** One line: what the rule finds. */
    String summary();

    /** The group of the rule catalogue. */
    Category category();

    /**
     * Former ids of a renamed rule. Levels, suppressions (inline, in {@code .netlint.yaml}) and baseline
     * entries that name one keep applying to the rule; an inline suppression that names one gets an info
     * saying the id is deprecated and which id replaces it. An alias is kebab-case and no rule's id.
     */
    String[] aliases() default {};

    /**
     * Several rules on one class: the input rules, whose findings the loader makes while it reads, have
     * their metadata on one class and no logic of their own.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Rule[] value();
    }
}
