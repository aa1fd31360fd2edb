package dev.netlint.core.model;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Set;

/** A {@code virtualNetworks} entry. */
public record VirtualNetwork(Location location, Located<String> name, Located<String> vSwitchName,
                             Located<Long> vlanId, Located<IPAddress> subnetMask, Located<IPAddress> gateway,
                             Located<IPAddress> network, Located<Boolean> enabledForKubernetes, List<Pool> pools,
        Set<String> unknown) {
    public static final Key<VirtualNetwork> IP_ADDRESS_POOLS = Key.of(VirtualNetwork.class, "ipAddressPools");

    public VirtualNetwork {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** The same without unknown keys: every key was read, or absent. */
    public VirtualNetwork(Location location, Located<String> name, Located<String> vSwitchName, Located<Long> vlanId, Located<IPAddress> subnetMask, Located<IPAddress> gateway, Located<IPAddress> network, Located<Boolean> enabledForKubernetes, List<Pool> pools) {
        this(location, name, vSwitchName, vlanId, subnetMask, gateway, network, enabledForKubernetes, pools, Set.of());
    }

    /**
     * Whether {@code key} was written with a value that could not be read (a wrong type, an address
     * that does not parse, a list with an element that does not): unknown, not absent, so the rules that
     * would judge its absence stay silent.
     */
    public boolean unknown(Key<VirtualNetwork> key) {
        return unknown.contains(key.path());
    }

    /** The virtual network's subnet as a prefix block, or {@code null} when unknown. */
    public IPAddress subnet() {
        if (network == null) {
            return null;
        }
        IPAddress value = network.value();
        if (value.isPrefixed()) {
            return Addresses.block(value);
        }
        Integer mask = subnetMask == null ? null : subnetMask.value().getBlockMaskPrefixLength(true);
        return mask == null ? null : value.toPrefixBlock(mask);
    }

    /**
     * Whether the device made this network itself: after a virtual switch is created, "the device
     * automatically creates a virtual network and subnet that corresponds to it", named after the switch
     * with {@code -internal} ("Create a new virtual switch in Azure Stack Edge Pro GPU via PowerShell",
     * https://learn.microsoft.com/azure/databox-online/azure-stack-edge-gpu-create-virtual-switch-powershell),
     * and an export lists it beside the user's networks. Its name and its switch's name are compared
     * without regard to case.
     */
    public boolean isDeviceMade() {
        if (name == null || vSwitchName == null) {
            return false;
        }
        String own = name.value().trim();
        String vSwitch = vSwitchName.value().trim();
        return !vSwitch.isEmpty() && own.equalsIgnoreCase(vSwitch + "-internal");
    }

    public String describe() {
        return name == null ? "virtual network" : "virtual network " + name.value();
    }
}
