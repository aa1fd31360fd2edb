package dev.netlint.rules.pools;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Pool;
import dev.netlint.core.model.Service;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.plan.AddressKey;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import dev.netlint.rules.support.AddressSharing;
import dev.netlint.rules.support.ComputePools;
import dev.netlint.rules.support.Wording;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fewer external service IPs than LoadBalancer services: {@code KubernetesServiceIPs} is too small, or
 * absent while services need it (error). MetalLB gives each LoadBalancer service its own address, but
 * where services share one ({@link AddressSharing}: the same address asked for, or the same
 * {@code allow-shared-ip} key and different ports) it is counted once. A pool with exactly as many
 * addresses as are needed leaves none for the IoT Edge service, which the vendor's deployment checklist
 * counts on top of them (warning).
 */
@Rule(id = "service-pool-too-small", severity = Severity.ERROR, category = Category.POOLS,
        summary = "KubernetesServiceIPs holds fewer addresses than there are LoadBalancer services, or none (error),"
                + " or exactly as many, leaving none for the IoT Edge service (warning)")
public final class ServicePoolTooSmallRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        List<VSwitch> compute = device.computeVSwitches();
        // a pool that did not read may be (part of) KubernetesServiceIPs: its size is unknown
        if (compute.isEmpty() || !device.computeKnown() || !device.poolsKnown()) {
            return;
        }
        List<Service> services = device.kubernetes().services().stream().filter(Service::isLoadBalancer).toList();
        if (services.isEmpty()) {
            return;
        }
        // one service per address needed: the first to take it
        List<Service> balanced = addresses(services);
        List<Pool> pools = ComputePools.named(device, Pool.KUBERNETES_SERVICE_IPS);
        if (pools.isEmpty()) {
            if (!ComputePools.misplaced(device, Pool.KUBERNETES_SERVICE_IPS)) {
                VSwitch vSwitch = compute.get(0);
                String need = services.size() == 1 ? "LoadBalancer " + services.get(0).describe() + " needs an"
                        + " external IP" : balanced.size() == services.size()
                        ? services(services.size()) + " need an external IP each"
                        : services(services.size()) + " need " + Wording.addresses(BigInteger.valueOf(balanced.size()))
                        + " (some share one)";
                out.report(vSwitch.location(), vSwitch.describe() + " has no " + Pool.KUBERNETES_SERVICE_IPS
                        + " pool, but " + need + ": add a range of at least "
                        + Wording.addresses(BigInteger.valueOf(balanced.size() + 1L)) + " (one more for the IoT Edge"
                        + " service) free in the subnet of "
                        + (vSwitch.port() == null ? "its port" : vSwitch.port()),
                        new Related(balanced.get(0).location(), balanced.get(0).describe()));
            }
            return;
        }
        BigInteger capacity = BigInteger.ZERO;
        for (Pool pool : pools) {
            if (pool.range() == null) {
                return;
            }
            capacity = capacity.add(pool.range().value().count());
        }
        int comparison = capacity.compareTo(BigInteger.valueOf(balanced.size()));
        Pool pool = pools.get(0);
        String holds = pools.size() == 1 ? pool.describe() + " holds " : Pool.KUBERNETES_SERVICE_IPS + " pools hold ";
        if (comparison > 0) {
            return;
        }
        String each = balanced.size() == services.size() ? services(services.size()) + ": MetalLB gives each its own"
                + " address" : services(services.size()) + " that need " + Wording.addresses(BigInteger.valueOf(
                balanced.size())) + " (MetalLB gives each its own address, shared ones counted once)";
        if (comparison == 0) {
            Service last = balanced.get(balanced.size() - 1);
            out.report(Severity.WARNING, pool.range().location(), holds + Wording.addresses(capacity) + " for "
                    + each + ", which leaves none for the"
                    + " IoT Edge service (the deployment checklist asks for 1 static IP for it, and one more for each"
                    + " service or module)", "widen it to at least " + (balanced.size() + 1) + " addresses",
                    List.of(new Related(last.location(), last.describe() + ", LoadBalancer service "
                            + (services.indexOf(last) + 1) + " of " + services.size() + ", takes the last address")));
            return;
        }
        Service firstLeftOut = balanced.get(capacity.intValueExact());
        out.report(Severity.ERROR, pool.range().location(), holds + Wording.addresses(capacity) + " for "
                        + each + ", so " + (balanced.size() - capacity.intValueExact()) + " would get none",
                "widen it to at least " + (balanced.size() + 1) + " addresses (one more for the IoT Edge service)",
                List.of(new Related(firstLeftOut.location(), firstLeftOut.describe() + ", LoadBalancer service "
                        + (services.indexOf(firstLeftOut) + 1) + " of " + services.size())));
    }

    private static String services(int count) {
        return count == 1 ? "1 LoadBalancer service" : count + " LoadBalancer services";
    }

    /**
     * The services that each take an address of their own, in order: a service that asks for an address
     * already taken shares it (whether MetalLB lets it is {@code service-ip-conflict}'s business); one that
     * asks for none joins the first address whose services it may share with, as MetalLB's allocator
     * prefers an address its sharing key already holds.
     */
    private static List<Service> addresses(List<Service> services) {
        List<Service> own = new ArrayList<>();
        Map<AddressKey, AddressSharing> byAddress = new HashMap<>();
        Map<String, List<AddressSharing>> byKey = new HashMap<>();
        for (Service service : services) {
            boolean taken = false;
            for (Located<IPAddress> ip : service.loadBalancerIps()) {
                AddressSharing on = byAddress.get(AddressKey.of(ip.value().withoutPrefixLength()));
                if (on != null) {
                    on.admit(service);
                    taken = true;
                }
            }
            if (!taken && service.loadBalancerIps().isEmpty() && service.details().shares()) {
                for (AddressSharing on : byKey.getOrDefault(service.details().sharingKey().value(), List.of())) {
                    if (on.admit(service).kind() == AddressSharing.Kind.SHARES) {
                        taken = true;
                        break;
                    }
                }
            }
            if (taken) {
                continue;
            }
            own.add(service);
            AddressSharing sharing = new AddressSharing(service);
            for (Located<IPAddress> ip : service.loadBalancerIps()) {
                byAddress.putIfAbsent(AddressKey.of(ip.value().withoutPrefixLength()), sharing);
            }
            if (service.details().shares()) {
                byKey.computeIfAbsent(service.details().sharingKey().value(), k -> new ArrayList<>()).add(sharing);
            }
        }
        return own;
    }
}
