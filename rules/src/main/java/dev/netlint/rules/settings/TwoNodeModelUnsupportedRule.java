package dev.netlint.rules.settings;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A device of two nodes whose {@code deviceInfo.model} names a model that the vendor does not cluster:
 * "Two-node configurations are only supported on Azure Stack Edge Pro GPU and Azure Stack Edge Pro 2
 * devices" ("Use a config file to deploy an Azure Stack Edge device"). The plain {@code Azure Stack Edge}
 * that the vendor's own two-node export writes says no model, and a model that names no Azure Stack Edge
 * is not judged: both are unknown, not unsupported.
 */
@Rule(id = "two-node-model-unsupported", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "A two-node configuration for a model that the vendor does not cluster")
public final class TwoNodeModelUnsupportedRule implements DeviceRule {

    /** What separates the words of a model name. */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        Located<String> model = device.model();
        if (model == null || supportedOrUnknown(model.value())) {
            return;
        }
        int count = context.nodes().count();
        if (count < 2) {
            return;
        }
        List<Related> related = new ArrayList<>();
        if (device.nodes().size() >= 2 && device.nodes().get(1).location() != null) {
            related.add(new Related(device.nodes().get(1).location(), "the second node"));
        }
        out.report(model.location(), "deviceInfo.model is " + model.value() + ", but the configuration has "
                + count + " nodes: two-node configurations are only supported on Azure Stack Edge Pro GPU and"
                + " Azure Stack Edge Pro 2 devices", "configure each " + model.value()
                + " as a device of its own, one node per package", related.toArray(Related[]::new));
    }

    /**
     * Whether the model is one the vendor clusters (Pro GPU, Pro - 1 GPU, Pro - 2 GPU, Pro 2), or one this
     * rule cannot name: the plain {@code Azure Stack Edge} of the exports, or no Azure Stack Edge at all.
     */
    static boolean supportedOrUnknown(String model) {
        String words = " " + NOT_WORD.matcher(model.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
        if (!words.contains(" azure stack edge ") && !words.startsWith(" ase ")) {
            return true;
        }
        if (words.contains(" gpu ") || words.contains(" pro 2 ")) {
            return true;
        }
        return words.equals(" azure stack edge ") || words.equals(" ase ");
    }
}
