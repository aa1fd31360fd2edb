package dev.netlint.core.model;

import java.util.List;

/**
 * A {@code vSwitches} entry.
 *
 * @param interfaceNames the port(s) the switch is bound to; more than one is teaming
 */
public record VSwitch(Location location, Located<String> name, List<Located<String>> interfaceNames,
                      Located<String> type, Located<Boolean> enabledForCompute,
                      Located<Boolean> enableEmbeddedTeaming, Located<Long> mtu, List<Pool> pools) {

    public boolean isCompute() {
        return enabledForCompute != null && enabledForCompute.value();
    }

    /** The single port the switch is bound to, or {@code null} when none or several. */
    public String port() {
        return interfaceNames.size() == 1 ? interfaceNames.get(0).value() : null;
    }

    public String describe() {
        return name == null ? "vSwitch on " + interfaceNames.stream().map(Located::value).toList() : name.value();
    }
}
