package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.source.LoadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code service-ip-conflict} on two LoadBalancer services that ask for one address, read from manifests
 * as the loader reads them, against MetalLB's documented rule ("IP address sharing" on its usage page;
 * {@code sharingOK} and {@code checkSharing} in its allocator): they share when both carry the same
 * non-blank {@code allow-shared-ip} key, both use the Cluster traffic policy or select the same pods, and
 * no protocol/port pair repeats; anything else conflicts.
 */
class AddressSharingTest {

    private static final Engine ENGINE = new Engine(Fixtures.rules(), DeviceFinder.PathDisplay.current());

    /** One service as the table writes it: its sharing annotations, traffic policy and selector, ports. */
    record Svc(String key, String oldKey, String policy, String selector, List<String> ports) {

        String yaml(String name) {
            StringBuilder y = new StringBuilder("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n");
            if (key != null || oldKey != null) {
                y.append("  annotations:\n");
                if (key != null) {
                    y.append("    metallb.io/allow-shared-ip: \"").append(key).append("\"\n");
                }
                if (oldKey != null) {
                    y.append("    metallb.universe.tf/allow-shared-ip: \"").append(oldKey).append("\"\n");
                }
            }
            y.append("spec:\n  type: LoadBalancer\n  loadBalancerIP: 192.168.20.34\n");
            if (policy != null) {
                y.append("  externalTrafficPolicy: ").append(policy).append('\n');
            }
            if (selector != null) {
                y.append("  selector: { app: ").append(selector).append(" }\n");
            }
            y.append("  ports:\n");
            for (String port : ports) {
                String[] p = port.split("/");
                y.append("    - { port: ").append(p[1]).append(p[0].equals("-") ? "" : ", protocol: " + p[0])
                        .append(" }\n");
            }
            return y.toString();
        }

        /** The sharing key MetalLB reads: the stable annotation when written, else the deprecated one. */
        String effectiveKey() {
            return key != null ? key : oldKey == null ? "" : oldKey;
        }

        /** MetalLB's backend key: the selector under the Local policy, else none. */
        String backend() {
            return "Local".equals(policy) ? (selector == null ? "" : "app=" + selector) : "";
        }

        List<String> portKeys() {
            return ports.stream().map(p -> p.startsWith("-/") ? "TCP/" + p.substring(2) : p).toList();
        }
    }

    private static boolean conflicts(Svc a, Svc b) {
        String text = a.yaml("first") + b.yaml("second");
        DeviceLoader loader = new DeviceLoader(LoadLimits.DEFAULT, Path::toString);
        List<Finding> findings = ENGINE.checkLoaded(new DeviceInput(Path.of("services.yaml"), "services.yaml",
                List.of()), loader.loadText("services.yaml", text), DeviceSettings.DEFAULT).findings();
        assertThat(findings).as("only the load-balancer IP is judged:\n%s", text)
                .allMatch(f -> f.rule().equals("service-ip-conflict") || f.rule().equals("missing-value"));
        return findings.stream().anyMatch(f -> f.rule().equals("service-ip-conflict"));
    }

    private static List<String> ports(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    private static String orNull(String text) {
        return text == null || text.equals("~") ? null : text;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MetalLB's DNS example: TCP/53 and UDP/53, one key    | k  | ~ | ~     | ~ | TCP/53      | k  | ~ | ~     | ~ | UDP/53  | false
            same key, ports differ (TCP by default)              | k  | ~ | ~     | ~ | -/80        | k  | ~ | ~     | ~ | -/443   | false
            same key, TCP/80 written and defaulted               | k  | ~ | ~     | ~ | -/80        | k  | ~ | ~     | ~ | TCP/80  | true
            same key, one port of several repeats                | k  | ~ | ~     | ~ | TCP/53 UDP/53 | k | ~ | ~   | ~ | UDP/53  | true
            keys differ                                          | k  | ~ | ~     | ~ | TCP/53      | j  | ~ | ~     | ~ | UDP/53  | true
            the first has no key                                 | ~  | ~ | ~     | ~ | TCP/53      | k  | ~ | ~     | ~ | UDP/53  | true
            the second has no key                                | k  | ~ | ~     | ~ | TCP/53      | ~  | ~ | ~     | ~ | UDP/53  | true
            neither has a key                                    | ~  | ~ | ~     | ~ | TCP/53      | ~  | ~ | ~     | ~ | UDP/53  | true
            a blank key is none                                  | '' | ~ | ~     | ~ | TCP/53      | '' | ~ | ~     | ~ | UDP/53  | true
            the deprecated prefix alone, same key                | ~  | k | ~     | ~ | TCP/53      | ~  | k | ~     | ~ | UDP/53  | false
            the stable key wins over the deprecated one          | j  | k | ~     | ~ | TCP/53      | ~  | k | ~     | ~ | UDP/53  | true
            one prefix each, same key                            | k  | ~ | ~     | ~ | TCP/53      | ~  | k | ~     | ~ | UDP/53  | false
            Local policy, same pods                              | k  | ~ | Local | a | TCP/80      | k  | ~ | Local | a | TCP/443 | false
            Local policy, other pods                             | k  | ~ | Local | a | TCP/80      | k  | ~ | Local | b | TCP/443 | true
            Local and Cluster                                    | k  | ~ | Local | a | TCP/80      | k  | ~ | ~     | a | TCP/443 | true
            Cluster policy, other pods                           | k  | ~ | Cluster | a | TCP/80    | k  | ~ | ~     | b | TCP/443 | false
            """)
    void sharingFollowsMetalLb(String name, String keyA, String oldA, String policyA, String selectorA, String portsA,
                               String keyB, String oldB, String policyB, String selectorB, String portsB,
                               boolean conflict) {
        Svc a = new Svc(orNull(keyA), orNull(oldA), orNull(policyA), orNull(selectorA), ports(portsA));
        Svc b = new Svc(orNull(keyB), orNull(oldB), orNull(policyB), orNull(selectorB), ports(portsB));
        assertThat(conflicts(a, b)).as(name).isEqualTo(conflict);
    }

    @Provide
    Arbitrary<Svc> services() {
        Arbitrary<String> keys = Arbitraries.of("", "k", "j").injectNull(0.3);
        Arbitrary<String> policies = Arbitraries.of("Local", "Cluster").injectNull(0.4);
        Arbitrary<String> selectors = Arbitraries.of("a", "b").injectNull(0.2);
        Arbitrary<List<String>> ports = Arbitraries.of("TCP/53", "UDP/53", "-/80", "TCP/443", "SCTP/80")
                .set().ofMinSize(1).ofMaxSize(3).map(set -> {
                    List<String> sorted = new ArrayList<>(set);
                    Collections.sort(sorted);
                    return sorted;
                });
        return Combinators.combine(keys, keys, policies, selectors, ports).as(Svc::new);
    }

    @Property(tries = 150)
    void sharedExactlyWhenKeyBackendAndPortsAllow(@ForAll("services") Svc a, @ForAll("services") Svc b) {
        boolean shares = !a.effectiveKey().isBlank() && a.effectiveKey().equals(b.effectiveKey())
                && a.backend().equals(b.backend()) && Collections.disjoint(a.portKeys(), b.portKeys());
        assertThat(conflicts(a, b)).as("%s%s", a.yaml("first"), b.yaml("second")).isEqualTo(!shares);
    }
}
