package dev.netlint.core.model;

import java.util.List;
import java.util.Set;

/**
 * A {@code vSwitches} entry.
 *
 * @param interfaceNames the port(s) the switch is bound to; more than one is teaming
 * @param enabledForStorage {@code enabledForStorage}: the switch carries storage and cluster traffic (on a
 *     two-node cluster, the topology's switches), or {@code null} when not written
 */
public record VSwitch(Location location, Located<String> name, List<Located<String>> interfaceNames,
                      Located<String> type, Located<Boolean> enabledForCompute,
                      Located<Boolean> enableEmbeddedTeaming, Located<Long> mtu, List<Pool> pools,
                      Located<Boolean> enabledForStorage, Set<String> unknown) {
    public VSwitch {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** A switch whose file does not say whether it carries storage traffic. */
    public VSwitch(Location location, Located<String> name, List<Located<String>> interfaceNames,
                   Located<String> type, Located<Boolean> enabledForCompute, Located<Boolean> enableEmbeddedTeaming,
                   Located<Long> mtu, List<Pool> pools, Set<String> unknown) {
        this(location, name, interfaceNames, type, enabledForCompute, enableEmbeddedTeaming, mtu, pools, null,
                unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public VSwitch(Location location, Located<String> name, List<Located<String>> interfaceNames, Located<String> type, Located<Boolean> enabledForCompute, Located<Boolean> enableEmbeddedTeaming, Located<Long> mtu, List<Pool> pools) {
        this(location, name, interfaceNames, type, enabledForCompute, enableEmbeddedTeaming, mtu, pools, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }

    /** Whether {@code enabledForCompute} is known: absent (false) or read, not written unreadably. */
    public boolean computeKnown() {
        return !unknown("enabledForCompute");
    }

    /** Whether every pool of the switch and its name could be read: only then is a missing pool missing. */
    public boolean poolsKnown() {
        return !unknown("ipAddressPools") && pools.stream().noneMatch(p -> p.unknown("name"));
    }

    /** Whether {@code enabledForStorage} is written {@code true}. */
    public boolean isStorage() {
        return enabledForStorage != null && Boolean.TRUE.equals(enabledForStorage.value());
    }

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
