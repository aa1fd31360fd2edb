package dev.netlint.core.input;

import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.Severity;

@Rule(id = "conflicting-declaration", severity = Severity.ERROR, category = Category.INPUT,
        summary = "The same root key in two files of one device")
public final class ConflictingDeclarationRule extends LoaderRule {
}
