package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "parse-error", severity = Severity.ERROR, category = Category.INPUT,
        summary = "YAML or JSON syntax error, or a file that cannot be read within the limits")
public final class ParseErrorRule extends LoaderRule {
}
