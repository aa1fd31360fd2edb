package dev.netlint.core.input;

import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "duplicate-key", severity = Severity.ERROR, category = "Input",
        summary = "The same key twice in one mapping")
public final class DuplicateKeyRule extends LoaderRule {
}
