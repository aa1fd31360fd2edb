package dev.netlint.core.model;

import java.util.Set;

/** An {@code ipAddressPools} entry of a vSwitch or a virtual network. */
public record Pool(Location location, Located<String> name, Located<AddressRange> range,
        Set<String> unknown) {
    public static final Key<Pool> NAME = Key.of(Pool.class, "name");

    public Pool {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public Pool(Location location, Located<String> name, Located<AddressRange> range) {
        this(location, name, range, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(Key<Pool> key) {
        return unknown.contains(key.path());
    }

    public static final String KUBERNETES_NODE_IPS = "KubernetesNodeIPs";
    public static final String KUBERNETES_SERVICE_IPS = "KubernetesServiceIPs";

    public String nameOrRange() {
        if (name != null) {
            return name.value();
        }
        return range == null ? "pool" : range.value().text();
    }

    public boolean isNamed(String expected) {
        return name != null && name.value().equalsIgnoreCase(expected);
    }

    public boolean isKubernetesPool() {
        return isNamed(KUBERNETES_NODE_IPS) || isNamed(KUBERNETES_SERVICE_IPS);
    }

    /** {@code KubernetesNodeIPs 192.168.20.20-192.168.20.22}. */
    public String describe() {
        String label = name == null ? "pool" : name.value();
        return range == null ? label : label + " " + range.value().describe();
    }
}
