package dev.netlint.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.Forwarding.Connected;
import dev.netlint.core.plan.Forwarding.DefaultPath;
import dev.netlint.core.plan.Forwarding.Routed;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link Forwarding} against a brute-force oracle ({@link RandomPlan}) that applies the forwarding model to each
 * route and each address of two 1,024-address universes, IPv4 and IPv6. The plan is drawn from a
 * seeded {@link Random}: a failure reports the seed, which replays it exactly.
 */
class ForwardingPropertyTest {

    @Property(tries = 60)
    void installationAndLookupAgreeWithTheOracle(@ForAll long seed) {
        RandomPlan plan = new RandomPlan(new Random(seed));
        Forwarding forwarding = Forwarding.of(plan.device, AddressPlan.of(plan.device));
        for (KubeRoute route : plan.routes) {
            assertThat(forwarding.state(route) == RouteState.INSTALLED).as("installed: %s (%s)", route.describe(),
                    forwarding.state(route)).isEqualTo(plan.installed(route));
        }
        for (Universe universe : Universe.values()) {
            for (long offset = 0; offset < Universe.SIZE; offset++) {
                IPAddress address = universe.at(offset);
                RandomPlan.Verdict expected = plan.lookup(address);
                Forwarding.Path actual = forwarding.lookup(address);
                if (expected instanceof RandomPlan.Direct) {
                    assertThat(actual).as("%s", address).isInstanceOf(Connected.class);
                    assertThat(((Connected) actual).subnet().contains(address)).isTrue();
                } else if (expected instanceof RandomPlan.Via via) {
                    assertThat(actual).as("%s", address).isInstanceOf(Routed.class);
                    assertThat(((Routed) actual).route()).as("%s", address).isSameAs(via.route());
                } else {
                    assertThat(actual).as("%s", address).isInstanceOf(DefaultPath.class);
                    assertThat(((DefaultPath) actual).egress().isPresent()).isEqualTo(plan.hasEgress(address));
                }
            }
        }
    }

    @Property(tries = 60)
    void coverageAgreesWithTheOracle(@ForAll long seed) {
        Random random = new Random(seed);
        // the networks asked about: most of them the device's required networks, whose coverage the
        // forwarding model works out all at once in address order, the others asked one by one
        List<IPAddress> networks = new ArrayList<>();
        List<IPAddress> required = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            Universe universe = random.nextBoolean() ? Universe.V4 : Universe.V6;
            int length = universe.minPrefix() + random.nextInt(universe.bits() - universe.minPrefix() + 1);
            long start = universe.blockStart(random.nextInt(Universe.SIZE), length);
            IPAddress network = random.nextInt(8) == 0 && length == universe.bits() ? universe.at(start)
                    : universe.at(start, length);
            networks.add(network);
            if (random.nextInt(4) != 0) {
                required.add(network);
            }
        }
        RandomPlan plan = new RandomPlan(random, required);
        Forwarding forwarding = Forwarding.of(plan.device, AddressPlan.of(plan.device));
        for (IPAddress network : networks) {
            Universe universe = network.isIPv4() ? Universe.V4 : Universe.V6;
            int length = network.isPrefixed() ? network.getNetworkPrefixLength() : universe.bits();
            long start = universe.offset(network.getLower());
            long size = universe.blockSize(length);

            boolean anyConnected = false;
            Set<Long> uncovered = new TreeSet<>();
            Set<KubeRoute> via = Collections.newSetFromMap(new IdentityHashMap<>());
            for (long offset = start; offset < start + size; offset++) {
                RandomPlan.Verdict verdict = plan.lookup(universe.at(offset));
                if (verdict instanceof RandomPlan.Direct) {
                    anyConnected = true;
                } else if (verdict instanceof RandomPlan.Via v) {
                    via.add(v.route());
                } else {
                    uncovered.add(offset);
                }
            }

            Coverage coverage = forwarding.coverage(network);
            assertThat(coverage.connected()).as("connected part of %s", network).isEqualTo(anyConnected);
            Set<Long> actualUncovered = new HashSet<>();
            long previousEnd = -2;
            for (IPAddress block : coverage.uncovered()) {
                assertThat(block.isSinglePrefixBlock() || !block.isMultiple()).as("%s is a prefix block", block).isTrue();
                long lower = universe.offset(block.getLower());
                long upper = universe.offset(block.getUpper());
                assertThat(lower).as("uncovered blocks are sorted and disjoint").isGreaterThan(previousEnd);
                previousEnd = upper;
                for (long a = lower; a <= upper; a++) {
                    actualUncovered.add(a);
                }
            }
            assertThat(new TreeSet<>(actualUncovered)).as("uncovered part of %s", network).isEqualTo(uncovered);
            assertThat(coverage.complete()).isEqualTo(uncovered.isEmpty());
            assertThat(coverage.none()).isEqualTo(uncovered.size() == size);
            Set<KubeRoute> actualVia = Collections.newSetFromMap(new IdentityHashMap<>());
            actualVia.addAll(coverage.via());
            assertThat(actualVia).as("routes carrying %s", network).isEqualTo(via);
            assertThat(coverage.via()).hasSize(via.size());
            List<IPAddress> destinations = coverage.via().stream().map(r -> r.destination().toPrefixBlock()).toList();
            for (int i = 1; i < destinations.size(); i++) {
                assertThat(destinations.get(i - 1).getValue()).isLessThanOrEqualTo(destinations.get(i).getValue());
            }
        }
    }
}
