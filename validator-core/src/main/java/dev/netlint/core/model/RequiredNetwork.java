package dev.netlint.core.model;

import inet.ipaddr.IPAddress;

/** A {@code kubernetes.requiredNetworks} entry: a remote subnet the workloads must reach. */
public record RequiredNetwork(Location location, Located<String> name, Located<IPAddress> prefix) {

    public IPAddress block() {
        if (prefix == null) {
            return null;
        }
        IPAddress value = prefix.value();
        return value.isPrefixed() && !value.isPrefixBlock() ? value.toPrefixBlock() : value;
    }

    public String describe() {
        String label = name == null ? "required network" : "required network " + name.value();
        return prefix == null ? label : label + " " + block().toCanonicalString();
    }
}
