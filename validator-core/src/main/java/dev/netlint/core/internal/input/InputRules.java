package dev.netlint.core.internal.input;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * The input rules. The loader is the only place that sees the syntax, so it makes their findings while
 * it reads, and the engine reports them as it reports every rule's (levels, suppressions, the
 * catalogue); this class holds their metadata and does nothing when the rules run.
 */
@Rule(id = "parse-error", severity = Severity.ERROR, category = Category.INPUT,
        summary = "YAML or JSON syntax error, or a file that cannot be read within the limits")
@Rule(id = "invalid-value", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A value of the wrong type, or an address, mask, prefix, range or number that does not parse")
@Rule(id = "missing-value", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A required value is absent: route interface, destination or next hop; pool name or range;"
                + " service or required network name; vSwitch interface")
@Rule(id = "unknown-key", severity = Severity.WARNING, category = Category.INPUT,
        summary = "A key netlint does not know where it knows them all, or a near miss of a known key")
@Rule(id = "duplicate-key", severity = Severity.ERROR, category = Category.INPUT,
        summary = "The same key twice in one mapping")
@Rule(id = "conflicting-declaration", severity = Severity.ERROR, category = Category.INPUT,
        summary = "Two files of one device declare one thing: a root key, a service differently, or another subnet")
@Rule(id = "link-outside-tree", severity = Severity.ERROR, category = Category.INPUT,
        summary = "A symbolic link whose target is outside the tree being checked: never read")
@Rule(id = "invalid-suppression", severity = Severity.WARNING, category = Category.INPUT,
        summary = "An inline suppression comment without a reason, naming an unknown rule, or misspelt")
public final class InputRules implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        // the loader's findings are these rules' findings: the engine reports them
    }
}
