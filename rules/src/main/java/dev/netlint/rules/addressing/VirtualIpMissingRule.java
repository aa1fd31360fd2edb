package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.VirtualIp;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * A {@code vip} block that leaves the virtual IP settings of a two-node cluster incomplete: "Virtual IP
 * settings are required. If you do not configure this IP, you will be blocked when configuring the
 * Device settings" ("Tutorial: Configure network for Azure Stack Edge Pro with GPU"). Judged only where
 * the files write the block: no virtual IP in it, a virtual IP without its network, or a static one
 * without its address. A device whose files write no {@code vip} block (the vendor's two-node export
 * writes none) is not judged: its virtual IPs are unknown, not missing.
 */
@Rule(id = "virtual-ip-missing", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "A vip block without the virtual IP settings a two-node cluster requires")
public final class VirtualIpMissingRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        if (device.vips() == null || !device.vips().unknown().isEmpty()) {
            return;
        }
        if (device.vips().entries().isEmpty()) {
            if (device.nodeCount() >= 2) {
                out.report(device.vips().location(), "vip sets no virtual IP (neither acsVIP nor nfsVIP), but"
                        + " virtual IP settings are required on a two-node cluster: clients connect to the cluster"
                        + " through them, and the device settings cannot be configured without them",
                        "add acsVIP with the cluster network and a free address of it, or isDhcpEnabled: true");
            }
            return;
        }
        for (VirtualIp vip : device.vips().entries()) {
            String named = "the " + vip.service() + " virtual IP (" + vip.key().value() + ")";
            Location entry = vip.key().location() == null ? vip.location() : vip.key().location();
            if ((vip.networkAddress() == null || vip.networkMask() == null) && !vip.unknown(VirtualIp.NETWORK)
                    && !vip.unknown(VirtualIp.NETWORK_ADDRESS) && !vip.unknown(VirtualIp.NETWORK_SUBNET)) {
                out.report(entry, named + " names no cluster network (network.address and"
                        + " network.subnet): a virtual IP is an available IP in the cluster network, taken from"
                        + " it by DHCP or chosen in it", "add the network the virtual IP is taken from");
            }
            if (vip.dhcpEnabled() == null && !vip.unknown(VirtualIp.DHCP_ENABLED)) {
                out.report(entry, named + " does not say isDhcpEnabled: the virtual IP settings are DHCP"
                        + " or static", "add isDhcpEnabled: true, or false with the address");
            } else if (vip.isStatic() && vip.address() == null && !vip.unknown(VirtualIp.ADDRESS)) {
                out.report(vip.dhcpEnabled().location(), named + " is static (isDhcpEnabled: false) but has no"
                        + " address: a static virtual IP is a free IP of the cluster network that you enter",
                        "add the address, or set isDhcpEnabled: true to have the device pick one");
            }
        }
    }
}
