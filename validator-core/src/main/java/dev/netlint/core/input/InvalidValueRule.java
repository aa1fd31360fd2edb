package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "invalid-value", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A value of the wrong type, or an address, mask, prefix, range or number that does not parse")
public final class InvalidValueRule extends LoaderRule {
}
