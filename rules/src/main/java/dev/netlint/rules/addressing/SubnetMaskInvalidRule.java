package dev.netlint.rules.addressing;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Ipv4Config;
import dev.netlint.core.model.Ipv6Config;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.Nodes;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSegment;
import java.util.StringJoiner;

/**
 * A mask that is not a run of ones then zeros, or a mask and a {@code /len} that say two different
 * subnets. Either way the subnet is unknown, and the rules that need it stay silent.
 */
@Rule(id = "subnet-mask-invalid", severity = Severity.ERROR, category = Category.ADDRESSING,
        summary = "A subnet mask is not contiguous, or disagrees with the prefix length written on the address")
public final class SubnetMaskInvalidRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Nodes nodes = context.nodes();
        for (NetInterface port : context.device().interfaces()) {
            if (port.isDhcp()) {
                continue; // a DHCP port's values are a lease, not a plan
            }
            String name = Ports.describe(nodes, port);
            Ipv4Config v4 = port.ipv4();
            if (v4 != null) {
                checkMask(v4.subnetMask(), v4.address(), "iPv4 address", name, true, out);
            }
            Ipv6Config v6 = port.ipv6();
            if (v6 != null) {
                checkIpv6(v6, name, out);
            }
        }
        for (VirtualNetwork network : context.device().virtualNetworks()) {
            IPAddress address = network.network() == null ? null : network.network().value();
            checkMask(network.subnetMask(), network.network(), "network", network.describe(),
                    address == null || address.isIPv4(), out);
        }
    }

    private static void checkMask(Located<IPAddress> mask, Located<IPAddress> address, String addressName,
                                  String owner, boolean ipv4, FindingSink out) {
        if (mask == null) {
            return;
        }
        IPAddress value = mask.value();
        String shown = value.toCanonicalString();
        if (value.isIPv4() != ipv4) {
            out.report(mask.location(), "subnetMask " + shown + " of " + owner + " is an "
                    + (value.isIPv4() ? "IPv4" : "IPv6") + " value; the " + addressName + " is "
                    + (ipv4 ? "IPv4" : "IPv6"));
            return;
        }
        Integer fromMask = value.getBlockMaskPrefixLength(true);
        if (fromMask == null) {
            out.report(mask.location(), "subnetMask " + shown + " of " + owner + " is not contiguous ("
                    + bits(value) + "): a mask is a run of 1 bits followed by 0 bits");
            return;
        }
        if (address == null) {
            return;
        }
        Integer written = address.value().getNetworkPrefixLength();
        if (written != null && !written.equals(fromMask)) {
            disagreement(out, address, addressName + " " + address.value().toCanonicalString() + " of " + owner
                    + " says /" + written, mask, "subnetMask " + shown + " says /" + fromMask);
        }
    }

    private static void checkIpv6(Ipv6Config v6, String owner, FindingSink out) {
        Located<Long> length = v6.prefixLength();
        if (length == null) {
            return;
        }
        if (length.value() < 0 || length.value() > 128) {
            out.report(length.location(), "prefixLength " + length.value() + " of the iPv6 address of " + owner
                    + " is outside 0-128");
            return;
        }
        Located<IPAddress> address = v6.address();
        Integer written = address == null ? null : address.value().getNetworkPrefixLength();
        if (written != null && written != length.value().intValue()) {
            disagreement(out, address, "iPv6 address " + address.value().toCanonicalString() + " of " + owner
                    + " says /" + written, length, "prefixLength says /" + length.value());
        }
    }

    /** Reports at the later of the two values, naming both prefix lengths. */
    private static void disagreement(FindingSink out, Located<?> a, String aSays, Located<?> b, String bSays) {
        boolean aLater = a.location().compareTo(b.location()) > 0;
        Location later = aLater ? a.location() : b.location();
        Location earlier = aLater ? b.location() : a.location();
        out.report(later, aSays + " but " + bSays + ": the two disagree, so the subnet is unknown", "keep one of them",
                new Related(earlier, aLater ? bSays : aSays));
    }

    /** {@code 11111111.11111111.11100001.00000000}: shows where the ones stop being contiguous. */
    private static String bits(IPAddress mask) {
        StringJoiner joined = new StringJoiner(mask.isIPv4() ? "." : ":");
        for (IPAddressSegment segment : mask.getSegments()) {
            String binary = Integer.toBinaryString(segment.getSegmentValue());
            joined.add("0".repeat(segment.getBitCount() - binary.length()) + binary);
        }
        return joined.toString();
    }
}
