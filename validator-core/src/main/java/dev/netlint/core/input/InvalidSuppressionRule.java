package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

/**
 * The engine reads the suppression comments before the rules run (it alone knows every rule id) and
 * hands what it finds wrong to this rule, as the loader does for the other input rules.
 */
@Rule(id = "invalid-suppression", severity = Severity.WARNING, category = Category.INPUT,
        summary = "An inline suppression comment without a reason, naming an unknown rule, or misspelt")
public final class InvalidSuppressionRule extends LoaderRule {
}
