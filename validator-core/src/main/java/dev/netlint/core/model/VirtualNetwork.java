package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.List;

/** A {@code virtualNetworks} entry. */
public record VirtualNetwork(Location location, Located<String> name, Located<String> vSwitchName,
                             Located<Long> vlanId, Located<IPAddress> subnetMask, Located<IPAddress> gateway,
                             Located<IPAddress> network, Located<Boolean> enabledForKubernetes, List<Pool> pools) {

    /** The virtual network's subnet as a prefix block, or {@code null} when unknown. */
    public IPAddress subnet() {
        if (network == null) {
            return null;
        }
        IPAddress value = network.value();
        if (value.isPrefixed()) {
            return value.toPrefixBlock();
        }
        Integer mask = subnetMask == null ? null : subnetMask.value().getBlockMaskPrefixLength(true);
        return mask == null ? null : value.toPrefixBlock(mask);
    }

    public String describe() {
        return name == null ? "virtual network" : "virtual network " + name.value();
    }
}
