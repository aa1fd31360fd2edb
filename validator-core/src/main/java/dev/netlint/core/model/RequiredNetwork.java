package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.Set;

/** A {@code kubernetes.requiredNetworks} entry: a remote subnet the workloads must reach. */
public record RequiredNetwork(Location location, Located<String> name, Located<IPAddress> prefix,
        Set<String> unknown) {
    public RequiredNetwork {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public RequiredNetwork(Location location, Located<String> name, Located<IPAddress> prefix) {
        this(location, name, prefix, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(String key) {
        return unknown.contains(key);
    }

    public IPAddress block() {
        if (prefix == null) {
            return null;
        }
        return Addresses.block(prefix.value());
    }

    public String describe() {
        String label = name == null ? "required network" : "required network " + name.value();
        return prefix == null ? label : label + " " + block().toCanonicalString();
    }
}
