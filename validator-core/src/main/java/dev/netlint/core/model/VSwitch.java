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
    public static final Key<VSwitch> INTERFACE_NAME = Key.of(VSwitch.class, "interfaceName");
    /** The ports as device software 2312 and later writes them, instead of {@link #INTERFACE_NAME}. */
    public static final Key<VSwitch> INTERFACES = Key.of(VSwitch.class, "interfaces");
    public static final Key<VSwitch> ENABLED_FOR_COMPUTE = Key.of(VSwitch.class, "enabledForCompute");
    public static final Key<VSwitch> IP_ADDRESS_POOLS = Key.of(VSwitch.class, "ipAddressPools");

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
    public boolean unknown(Key<VSwitch> key) {
        return unknown.contains(key.path());
    }

    /** Whether {@code enabledForCompute} is known: absent (false) or read, not written unreadably. */
    public boolean computeKnown() {
        return !unknown(ENABLED_FOR_COMPUTE);
    }

    /**
     * Whether the ports the switch is bound to are known: neither {@code interfaceName} nor
     * {@code interfaces} was written unreadably.
     */
    public boolean portsKnown() {
        return !unknown(INTERFACE_NAME) && !unknown(INTERFACES);
    }

    /** Whether every pool of the switch and its name could be read: only then is a missing pool missing. */
    public boolean poolsKnown() {
        return !unknown(IP_ADDRESS_POOLS) && pools.stream().noneMatch(p -> p.unknown(Pool.NAME));
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
