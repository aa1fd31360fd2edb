package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "unknown-key", severity = Severity.WARNING, category = Category.INPUT,
        summary = "A key netlint does not know where it knows them all, or a near miss of a known key")
public final class UnknownKeyRule extends LoaderRule {
}
