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
