package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "missing-value", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A required value is absent: route interface, destination or next hop; pool name or range; service or required network name; vSwitch interface")
public final class MissingValueRule extends LoaderRule {
}
