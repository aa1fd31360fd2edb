package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "duplicate-key", severity = Severity.ERROR, category = Category.INPUT,
        summary = "The same key twice in one mapping")
public final class DuplicateKeyRule extends LoaderRule {
}
