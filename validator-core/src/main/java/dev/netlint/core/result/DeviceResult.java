package dev.netlint.core.result;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.rule.DeviceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of one device, sorted by file, line, column and rule, with the files' text.
 *
 * @param rulesOff the rules that did not run on this device because configuration turned them off
 * @param context the device as the rules saw it (model, address plan, forwarding model), for the reports
 *     that draw it; {@code null} unless the engine was asked to keep it ({@link Engine#keepingModels})
 * @param profile the name of the profile the device was checked with, {@code null} when not known
 * @param model the device file's {@code deviceInfo.model}, {@code null} when it does not say
 * @param deviceFiles false for a folder whose files are all plainly not device files (a repository's
 *     {@code package.json}): reported with their infos, but no device in the summary
 * @param levels the levels that configuration set for rules of this device ({@code rules:} in
 *     {@code .netlint.yaml}, {@code --rule}), by rule id; a rule not in it keeps its own severity
 */
public record DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources,
                           Set<String> rulesOff, DeviceContext context, String profile, String model,
                           boolean deviceFiles, Map<String, RuleLevel> levels) {

    public DeviceResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        sources = Map.copyOf(sources);
        rulesOff = Set.copyOf(rulesOff);
        levels = Map.copyOf(levels);
    }

    /** A result whose configured levels are not recorded beyond the rules turned off. */
    public DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources,
                        Set<String> rulesOff, DeviceContext context, String profile, String model,
                        boolean deviceFiles) {
        this(path, files, findings, sources, rulesOff, context, profile, model, deviceFiles, Map.of());
    }

    /** A result of a device with a device file. */
    public DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources,
                        Set<String> rulesOff, DeviceContext context, String profile, String model) {
        this(path, files, findings, sources, rulesOff, context, profile, model, true);
    }

    /** A result whose profile and model are not recorded. */
    public DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources,
                        Set<String> rulesOff, DeviceContext context) {
        this(path, files, findings, sources, rulesOff, context, null, null);
    }

    /** A result without the device's model. */
    public DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources,
                        Set<String> rulesOff) {
        this(path, files, findings, sources, rulesOff, null);
    }

    /** A result where every rule ran. */
    public DeviceResult(String path, List<String> files, List<Finding> findings, Map<String, SourceText> sources) {
        this(path, files, findings, sources, Set.of());
    }

    /** The same device with other findings (a baseline applied, for instance). */
    public DeviceResult withFindings(List<Finding> value) {
        return new DeviceResult(path, files, value, sources, rulesOff, context, profile, model, deviceFiles, levels);
    }
}
