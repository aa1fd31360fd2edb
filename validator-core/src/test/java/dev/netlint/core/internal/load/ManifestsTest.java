package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import inet.ipaddr.IPAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kubernetes manifests in a device folder, as kubectl, {@code helm template} and {@code kustomize build}
 * write them: the services they declare join the device, with pointers into the document (document
 * index first); other kinds and other keys are passed over without a word.
 */
class ManifestsTest {

    private static List<Service> services(FileContent content) {
        return content.contribution() == null ? List.of() : content.contribution().services();
    }

    private static List<String> ips(List<Located<IPAddress>> ips) {
        return ips.stream().map(ip -> ip.value().toCanonicalString()).toList();
    }

    @Test
    void theServicesOfAHelmTemplateOutputAreRead() {
        FileContent content = LoaderTexts.yaml("""
                ---
                # Source: shop/templates/service.yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  labels: { app: web }
                spec:
                  type: LoadBalancer
                  loadBalancerIP: 192.168.20.31
                  ports: [{ port: 80, targetPort: 8080 }]
                  selector: { app: web }
                ---
                # Source: shop/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: web }
                spec:
                  replicas: 2
                  type: Recreate
                  template: { spec: { containers: [{ name: web, image: nginx }] } }
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: db
                  annotations:
                    metallb.universe.tf/loadBalancerIPs: 192.168.20.32, fd00::32
                spec:
                  type: LoadBalancer
                  clusterIPs: [172.28.0.20, None]
                """);

        assertThat(content.problems()).isEmpty();
        assertThat(content.deviceKey()).isNull();
        assertThat(services(content)).extracting(s -> s.name().value(), s -> s.type().value(),
                        s -> ips(s.loadBalancerIps()), s -> ips(s.clusterIps()))
                .containsExactly(tuple("web", "LoadBalancer", List.of("192.168.20.31"), List.of()),
                        tuple("db", "LoadBalancer", List.of("192.168.20.32", "fd00::32"), List.of("172.28.0.20")));
        Service web = services(content).get(0);
        assertThat(web.namespace().value()).isEqualTo("shop");
        assertThat(web.loadBalancerIp().location())
                .isEqualTo(new Location("test.yaml", 11, 19, "/0/spec/loadBalancerIP"));
        assertThat(services(content).get(1).loadBalancerIp().location().pointer())
                .isEqualTo("/2/metadata/annotations/metallb.universe.tf~1loadBalancerIPs");
    }

    @Test
    void theItemsOfAListAreRead() {
        FileContent content = LoaderTexts.read("svc.json", """
                {"apiVersion": "v1", "kind": "List", "items": [
                  {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"type": "y"}},
                  {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web",
                   "annotations": {"metallb.io/loadBalancerIPs": "192.168.20.33"}},
                   "spec": {"type": "LoadBalancer", "clusterIP": "None"}}]}
                """);

        assertThat(content.problems()).isEmpty();
        assertThat(services(content)).singleElement().satisfies(s -> {
            assertThat(ips(s.loadBalancerIps())).containsExactly("192.168.20.33");
            assertThat(s.clusterIps()).isEmpty();
            assertThat(s.location().pointer()).isEqualTo("/0/items/1");
        });
    }

    @Test
    void theItemsOfAServiceListAreServicesThoughTheyNameNoKind() {
        FileContent content = LoaderTexts.yaml("""
                apiVersion: v1
                items:
                  - metadata: { name: kubernetes, namespace: default }
                    spec: { type: ClusterIP, clusterIP: 172.28.0.1 }
                  - metadata: { name: web, namespace: shop }
                    spec: { type: LoadBalancer, clusterIP: 172.28.0.300 }
                kind: ServiceList
                metadata: { resourceVersion: "12" }
                """);

        assertThat(services(content)).extracting(s -> s.name().value()).containsExactly("kubernetes", "web");
        assertThat(content.problems()).extracting(LoadProblem::rule, p -> p.location().line())
                .containsExactly(tuple(LoadProblem.INVALID_VALUE, 6));
    }

    @Test
    void theKindlessItemsOfAnotherListAreNotRead() {
        FileContent content = LoaderTexts.yaml("""
                apiVersion: apps/v1
                kind: DeploymentList
                items:
                  - metadata: { name: web }
                    spec:
                      selector: { matchLabels: { app: web } }
                      ports: [{ port: eighty }]
                """);

        assertThat(services(content)).isEmpty();
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void metallbReadsTheStableAnnotationBeforeTheDeprecatedOne() {
        FileContent content = LoaderTexts.yaml("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: dns
                  annotations:
                    metallb.universe.tf/loadBalancerIPs: 192.168.20.40
                    metallb.universe.tf/allow-shared-ip: old
                    metallb.io/loadBalancerIPs: 192.168.20.34
                    metallb.io/allow-shared-ip: dns
                spec:
                  type: LoadBalancer
                  externalTrafficPolicy: Local
                  selector: { tier: edge, app: dns }
                  ports:
                    - { name: dns, port: 53 }
                    - { name: dns-udp, port: 53, protocol: UDP }
                """);

        assertThat(content.problems()).isEmpty();
        assertThat(services(content)).singleElement().satisfies(s -> {
            assertThat(ips(s.loadBalancerIps())).containsExactly("192.168.20.34");
            assertThat(s.details().ipsAnnotation().value()).isEqualTo("192.168.20.34");
            assertThat(s.details().specLoadBalancerIp()).isNull();
            assertThat(s.details().sharingKey().value()).isEqualTo("dns");
            assertThat(s.details().ports()).extracting(Service.Port::describe).containsExactly("TCP/53", "UDP/53");
            assertThat(s.details().backend()).isEqualTo("app=dns,tier=edge");
        });
    }

    @Test
    void aPortThatDoesNotReadMakesThePortsUnknown() {
        FileContent content = LoaderTexts.yaml("""
                apiVersion: v1
                kind: Service
                metadata: { name: dns }
                spec:
                  type: LoadBalancer
                  ipFamilyPolicy: PreferDualStack
                  ipFamilies: [IPv4, IPv7]
                  ports: [{ port: 53, protocol: tcp }]
                """);

        assertThat(content.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.INVALID_VALUE)
                .hasSize(2);
        assertThat(services(content)).singleElement().satisfies(s -> {
            assertThat(s.unknown(Service.PORTS)).isTrue();
            assertThat(s.unknown(Service.IP_FAMILIES)).isTrue();
            assertThat(s.details().ipFamilyPolicy().value()).isEqualTo("PreferDualStack");
        });
    }

    @Test
    void aServicesWrongValuesAreFindingsAtTheirPlaceButOtherKindsAreNotJudged() {
        FileContent content = LoaderTexts.yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: web }
                spec: { type: Recreate, clusterIP: 10.0.0.300 }
                ---
                apiVersion: v1
                kind: Service
                metadata: { name: web }
                spec: { type: LoadBalancr, loadBalancerIP: 192.168.20.300 }
                """);

        assertThat(content.problems()).extracting(LoadProblem::rule, p -> p.location().line(),
                        p -> p.location().pointer())
                .containsExactly(tuple(LoadProblem.INVALID_VALUE, 9, "/1/spec/type"),
                        tuple(LoadProblem.INVALID_VALUE, 9, "/1/spec/loadBalancerIP"));
    }

    @Test
    void aServiceWithoutANameIsAMissingValue() {
        FileContent content = LoaderTexts.yaml("apiVersion: v1\nkind: Service\nspec: { type: ClusterIP }\n");

        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.MISSING_VALUE);
            assertThat(p.message()).isEqualTo("Service has no metadata.name (CoreDNS publishes services by name)");
        });
    }

    @Test
    void aDeviceFileStaysOneDocumentAndAManifestFileCannotHoldADevice() {
        FileContent device = LoaderTexts.yaml("kubernetes: {}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
        FileContent manifests = LoaderTexts.yaml("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\ndevice: {}\n");

        assertThat(device.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("a second YAML document starts here"));
        assertThat(manifests.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("a device document in a file of Kubernetes manifests"));
    }
}
