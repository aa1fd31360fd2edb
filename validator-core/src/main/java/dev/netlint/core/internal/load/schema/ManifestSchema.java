package dev.netlint.core.internal.load.schema;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What netlint reads of a Kubernetes manifest: a document with {@code apiVersion} and {@code kind}, as
 * {@code kubectl}, {@code helm template} and {@code kustomize build} write them. Of a {@code Service}
 * it reads the name, namespace, type and addresses (the deprecated but common
 * {@code spec.loadBalancerIP}, the MetalLB annotations, {@code spec.clusterIP} and
 * {@code spec.clusterIPs}), what MetalLB's address sharing depends on (the {@code allow-shared-ip}
 * annotation, {@code spec.ports}' port and protocol, {@code spec.externalTrafficPolicy} and
 * {@code spec.selector}) and the address families ({@code spec.ipFamilies}, {@code spec.ipFamilyPolicy});
 * a {@code List} is read for its items (those of a {@code ServiceList}, which name no kind, as Services);
 * every other kind, and every other key, is passed over without a word.
 */
public final class ManifestSchema {

    private ManifestSchema() {
    }

    /**
     * The MetalLB annotations, each under its stable prefix {@code metallb.io/} and its deprecated one
     * {@code metallb.universe.tf/}; where a service writes both, MetalLB reads the stable one
     * ({@code valueForAnnotation} and {@code SharingKey} in its {@code controller/service.go}).
     */
    static final String METALLB_IPS = "metallb.universe.tf/loadBalancerIPs";
    static final String METALLB_IO_IPS = "metallb.io/loadBalancerIPs";
    static final String METALLB_SHARED = "metallb.universe.tf/allow-shared-ip";
    static final String METALLB_IO_SHARED = "metallb.io/allow-shared-ip";

    /**
     * A manifest as far as netlint reads it; {@code items} of a {@code List}; {@code held} the problems of
     * an item that names no kind, reported only if its list says what it is ({@code ServiceList}).
     */
    record Manifest(Location location, Located<String> kind, Metadata metadata, Spec spec, List<Manifest> items,
                    List<LoadProblem> held) {

        Manifest(Location location, Located<String> kind, Metadata metadata, Spec spec, List<Manifest> items) {
            this(location, kind, metadata, spec, items, List.of());
        }

        boolean isService() {
            return kind != null && kind.value().equals("Service");
        }

        boolean isList() {
            return kind != null && kind.value().endsWith("List");
        }

        /** Whether its items are Services without saying so: those of a {@code ServiceList}. */
        boolean listsServices() {
            return kind != null && kind.value().equals("ServiceList");
        }
    }

    /** The annotations MetalLB reads, as written: the loadBalancerIPs and allow-shared-ip values it uses. */
    record Annotations(Located<String> loadBalancerIps, Located<String> sharingKey) {
    }

    record Metadata(Located<String> name, Located<String> namespace, Annotations annotations) {
    }

    record Spec(Located<String> type, Located<IPAddress> loadBalancerIp, ClusterIp clusterIp,
                List<Located<IPAddress>> clusterIps, List<Service.Port> ports, Located<String> trafficPolicy,
                Located<String> selector, List<Located<String>> ipFamilies, Located<String> ipFamilyPolicy,
                Set<String> unknown) {

        static final Spec NONE = new Spec(null, null, null, List.of(), List.of(), null, null, List.of(), null,
                Set.of());
    }

    /** {@code spec.clusterIP}: an address, or {@code None} (headless: {@code ip} is {@code null}). */
    record ClusterIp(Located<IPAddress> ip, boolean none) {
    }

    /** A cluster IP that remembers {@code None}, which the API server treats apart. */
    private static final ValueType<ClusterIp> CLUSTER_IP = new ValueType<>() {
        @Override
        public ClusterIp read(Reading in, JsonPointer at) {
            Cursor c = in.cursor();
            boolean none = c.kind() == Cursor.Kind.SCALAR && c.text().equals("None");
            Located<IPAddress> ip = Scalars.CLUSTER_IP.read(in, at);
            return ip == null && !none ? null : new ClusterIp(ip, none);
        }

        @Override
        public String describe() {
            return Scalars.CLUSTER_IP.describe();
        }

        @Override
        public java.util.Map<String, Object> schema() {
            return Scalars.CLUSTER_IP.schema();
        }
    };

    private static final ObjectType.Builder<Annotations> ANNOTATION_KEYS = ObjectType.ignoring("annotations");
    private static final Field<Located<String>> ANNOTATION_METALLB = ANNOTATION_KEYS.field(METALLB_IPS, Scalars.TEXT);
    private static final Field<Located<String>> ANNOTATION_METALLB_IO =
            ANNOTATION_KEYS.field(METALLB_IO_IPS, Scalars.TEXT);
    private static final Field<Located<String>> ANNOTATION_SHARED = ANNOTATION_KEYS.field(METALLB_SHARED, Scalars.TEXT);
    private static final Field<Located<String>> ANNOTATION_IO_SHARED =
            ANNOTATION_KEYS.field(METALLB_IO_SHARED, Scalars.TEXT);
    static final ObjectType<Annotations> ANNOTATIONS = ANNOTATION_KEYS.build(v -> new Annotations(
            stableFirst(v, ANNOTATION_METALLB_IO, ANNOTATION_METALLB),
            stableFirst(v, ANNOTATION_IO_SHARED, ANNOTATION_SHARED)));

    /** The value MetalLB reads: the stable key's when it is written (even blank), else the deprecated key's. */
    private static Located<String> stableFirst(Values v, Field<Located<String>> stable,
                                               Field<Located<String>> deprecated) {
        return v.get(stable) != null ? v.get(stable) : v.get(deprecated);
    }

    private static final ObjectType.Builder<Metadata> METADATA_KEYS = ObjectType.ignoring("metadata");
    private static final Field<Located<String>> METADATA_NAME = METADATA_KEYS.field("name", Scalars.TEXT);
    private static final Field<Located<String>> METADATA_NAMESPACE = METADATA_KEYS.field("namespace", Scalars.TEXT);
    private static final Field<Annotations> METADATA_ANNOTATIONS = METADATA_KEYS.field("annotations", ANNOTATIONS);
    static final ObjectType<Metadata> METADATA = METADATA_KEYS.build(v -> new Metadata(v.get(METADATA_NAME),
            v.get(METADATA_NAMESPACE), v.get(METADATA_ANNOTATIONS, new Annotations(null, null))));

    /** The protocols of a service port ({@code ServicePort.protocol}); TCP when not written. */
    static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    private static final ObjectType.Builder<Service.Port> PORT_KEYS = ObjectType.ignoring("port");
    private static final Field<Located<Long>> PORT_PORT = PORT_KEYS.field("port", Scalars.INTEGER);
    private static final Field<Located<String>> PORT_PROTOCOL = PORT_KEYS.field("protocol",
            Scalars.oneOf("a service port protocol", PROTOCOLS, true));
    /** A port, or {@code null} when its number or protocol did not read: then the ports are unknown. */
    static final ObjectType<Service.Port> PORT = PORT_KEYS.build(v -> v.unknown().isEmpty() && v.get(PORT_PORT) != null
            ? new Service.Port(v.get(PORT_PORT), v.get(PORT_PROTOCOL) == null ? "TCP" : v.get(PORT_PROTOCOL).value())
            : null);

    /**
     * A label selector written as a mapping of texts, in one canonical text ({@code app=dns,tier=web}, keys
     * sorted) as MetalLB compares selectors; a value that is not a text makes it unreadable.
     */
    static final ValueType<Located<String>> SELECTOR = new ValueType<>() {
        @Override
        public Located<String> read(Reading in, JsonPointer at) {
            Cursor c = in.cursor();
            if (c.isNull()) {
                c.advance();
                return null;
            }
            if (c.kind() != Cursor.Kind.MAPPING) {
                in.invalid(in.location(at), "spec.selector must be a mapping of labels, found " + in.found());
                c.skipNode();
                return null;
            }
            Location location = in.location(at);
            c.advance();
            java.util.TreeMap<String, String> labels = new java.util.TreeMap<>();
            boolean readable = true;
            while (c.kind() != Cursor.Kind.MAPPING_END) {
                String key = c.kind() == Cursor.Kind.SCALAR ? c.text() : null;
                c.skipNode();
                if (c.kind() == Cursor.Kind.SCALAR && key != null) {
                    labels.put(key, c.text());
                    c.advance();
                } else {
                    readable = false;
                    c.skipNode();
                }
            }
            c.advance();
            if (!readable) {
                in.invalid(location, "spec.selector must map label names to texts");
                return null;
            }
            StringBuilder text = new StringBuilder();
            labels.forEach((k, v) -> text.append(text.length() == 0 ? "" : ",").append(k).append('=').append(v));
            return new Located<>(text.toString(), location);
        }

        @Override
        public String describe() {
            return "a mapping of labels";
        }
    };

    static final Set<String> IP_FAMILIES = Set.of("IPv4", "IPv6");
    static final Set<String> IP_FAMILY_POLICIES = Set.of("SingleStack", "PreferDualStack", "RequireDualStack");

    private static final ObjectType.Builder<Spec> SPEC_KEYS = ObjectType.ignoring("spec");
    private static final Field<Located<String>> SPEC_TYPE = SPEC_KEYS.field(Service.TYPE,
            Scalars.oneOf("a Kubernetes service type", DeviceSchema.SERVICE_TYPES, true));
    private static final Field<Located<IPAddress>> SPEC_LOAD_BALANCER_IP = SPEC_KEYS.field(Service.LOAD_BALANCER_IP,
            Scalars.address(Scalars.Family.ANY, false, "a load-balancer IP"));
    private static final Field<ClusterIp> SPEC_CLUSTER_IP = SPEC_KEYS.field("clusterIP", CLUSTER_IP);
    private static final Field<List<Located<IPAddress>>> SPEC_CLUSTER_IPS =
            SPEC_KEYS.field("clusterIPs", ListType.of(Scalars.CLUSTER_IP));
    private static final Field<List<Service.Port>> SPEC_PORTS = SPEC_KEYS.field(Service.PORTS, ListType.of(PORT));
    private static final Field<Located<String>> SPEC_TRAFFIC_POLICY =
            SPEC_KEYS.field("externalTrafficPolicy", Scalars.TEXT);
    private static final Field<Located<String>> SPEC_SELECTOR = SPEC_KEYS.field("selector", SELECTOR);
    private static final Field<List<Located<String>>> SPEC_IP_FAMILIES = SPEC_KEYS.field(Service.IP_FAMILIES,
            ListType.of(Scalars.oneOf("an IP family", IP_FAMILIES, true)));
    private static final Field<Located<String>> SPEC_IP_FAMILY_POLICY = SPEC_KEYS.field("ipFamilyPolicy",
            Scalars.oneOf("an IP family policy", IP_FAMILY_POLICIES, true));
    static final ObjectType<Spec> SPEC = SPEC_KEYS.build(v -> new Spec(v.get(SPEC_TYPE), v.get(SPEC_LOAD_BALANCER_IP),
            v.get(SPEC_CLUSTER_IP), v.get(SPEC_CLUSTER_IPS, List.of()), v.get(SPEC_PORTS, List.of()),
            v.get(SPEC_TRAFFIC_POLICY), v.get(SPEC_SELECTOR), v.get(SPEC_IP_FAMILIES, List.of()),
            v.get(SPEC_IP_FAMILY_POLICY), v.unknown()));

    /**
     * The items of a List: manifests, read by this very table (declared lazily, it holds itself). The
     * problems of an item that names no kind are held on it: only its list's kind says whether it is read.
     */
    static final ValueType<List<Manifest>> ITEMS = new ValueType<>() {
        @Override
        public List<Manifest> read(Reading in, JsonPointer at) {
            return ListType.of(ITEM).read(in, at);
        }

        @Override
        public String describe() {
            return "a list of manifests";
        }
    };

    private static final ValueType<Manifest> ITEM = new ValueType<>() {
        @Override
        public Manifest read(Reading in, JsonPointer at) {
            int start = in.problems().size();
            Manifest item = MANIFEST.read(in, at);
            if (item == null || item.kind() != null) {
                return item;
            }
            List<LoadProblem> since = in.problems().subList(start, in.problems().size());
            List<LoadProblem> held = List.copyOf(since);
            since.clear();
            return new Manifest(item.location(), null, item.metadata(), item.spec(), item.items(), held);
        }

        @Override
        public String describe() {
            return "a manifest";
        }
    };

    private static final ObjectType.Builder<Manifest> MANIFEST_KEYS = ObjectType.ignoring("manifest");
    private static final Field<Located<String>> MANIFEST_API_VERSION = MANIFEST_KEYS.field("apiVersion", Scalars.TEXT);
    private static final Field<Located<String>> MANIFEST_KIND = MANIFEST_KEYS.field("kind", Scalars.TEXT);
    private static final Field<Metadata> MANIFEST_METADATA = MANIFEST_KEYS.field("metadata", METADATA);
    private static final Field<Spec> MANIFEST_SPEC = MANIFEST_KEYS.field("spec", SPEC);
    private static final Field<List<Manifest>> MANIFEST_ITEMS = MANIFEST_KEYS.field("items", ITEMS);
    public static final ObjectType<Manifest> MANIFEST = MANIFEST_KEYS.build(v -> manifest(v, v.get(MANIFEST_KIND),
            v.get(MANIFEST_METADATA), v.get(MANIFEST_SPEC), v.get(MANIFEST_ITEMS, List.of())));

    /** The fields a root mapping has when it is a manifest, for the table of a file's root. */
    static final List<String> MANIFEST_KEYS_AT_ROOT = List.of("apiVersion", "kind", "metadata", "spec", "items");

    /**
     * A manifest read from a mapping: of a kind other than Service or a List nothing is read, so what the
     * service tables made of its keys is dropped; a ServiceList reports the held problems of its items.
     */
    static Manifest manifest(Values v, Located<String> kind, Metadata metadata, Spec spec, List<Manifest> items) {
        Manifest manifest = new Manifest(v.location(), kind, metadata, spec, items);
        if (kind != null && !manifest.isService() && !manifest.isList()) {
            v.reading().dropProblemsSince(v.problemsAtStart());
        }
        if (manifest.listsServices()) {
            for (Manifest item : items) {
                v.reading().problems().addAll(item.held());
            }
        }
        return manifest;
    }

    /** Whether a root mapping read with the manifest keys is a manifest: it names its apiVersion and kind. */
    static boolean isManifest(Located<String> apiVersion, Located<String> kind) {
        return apiVersion != null && kind != null;
    }

    /** The services a manifest declares: itself when it is a Service, the services among its items for a List. */
    public static void services(Manifest manifest, Reading reading, List<Service> out) {
        services(manifest, false, reading, out);
    }

    public static void services(Manifest manifest, boolean impliedService, Reading reading, List<Service> out) {
        if (manifest.isList()) {
            for (Manifest item : manifest.items()) {
                services(item, manifest.listsServices() && item.kind() == null, reading, out);
            }
            return;
        }
        if (!manifest.isService() && !impliedService) {
            return;
        }
        Metadata metadata = manifest.metadata() == null ? new Metadata(null, null, new Annotations(null, null))
                : manifest.metadata();
        Spec spec = manifest.spec() == null ? Spec.NONE : manifest.spec();
        if (metadata.name() == null) {
            reading.missing(manifest.location(), "Service has no metadata.name (CoreDNS publishes services by name)");
        }
        Set<String> unknown = new java.util.HashSet<>(spec.unknown());
        Located<String> ipsAnnotation = metadata.annotations().loadBalancerIps();
        List<Located<IPAddress>> annotationIps = addresses(ipsAnnotation, reading, unknown);
        List<Located<IPAddress>> loadBalancer = new ArrayList<>();
        if (spec.loadBalancerIp() != null) {
            loadBalancer.add(spec.loadBalancerIp());
        }
        for (Located<IPAddress> ip : annotationIps) {
            if (loadBalancer.stream().noneMatch(known -> known.value().equals(ip.value()))) {
                loadBalancer.add(ip);
            }
        }
        List<Located<IPAddress>> cluster = !spec.clusterIps().isEmpty() ? spec.clusterIps()
                : spec.clusterIp() == null || spec.clusterIp().ip() == null ? List.of() : List.of(spec.clusterIp().ip());
        boolean headlessWithoutSelector = spec.clusterIp() != null && spec.clusterIp().none()
                && !spec.unknown().contains("selector") && (spec.selector() == null || spec.selector().value().isEmpty());
        String backend = spec.unknown().contains("selector") ? null
                : spec.trafficPolicy() != null && spec.trafficPolicy().value().equals("Local")
                ? (spec.selector() == null ? "" : spec.selector().value()) : "";
        Service.Details more = new Service.Details(spec.loadBalancerIp(), ipsAnnotation,
                metadata.annotations().sharingKey(), spec.ports(), backend, spec.ipFamilies(), spec.ipFamilyPolicy(),
                headlessWithoutSelector);
        out.add(new Service(manifest.location(), metadata.name(), metadata.namespace(), spec.type(), loadBalancer,
                cluster, unknown, more));
    }

    /** The addresses of a MetalLB loadBalancerIPs annotation: comma-separated, either family. */
    private static List<Located<IPAddress>> addresses(Located<String> text, Reading reading, Set<String> unknown) {
        if (text == null) {
            return List.of();
        }
        List<Located<IPAddress>> addresses = new ArrayList<>();
        for (String part : text.value().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Located<IPAddress> ip = Scalars.parseAddress(reading, text.location(), part.trim(), Scalars.Family.ANY,
                    false, "a load-balancer IP");
            if (ip != null) {
                addresses.add(ip);
            } else {
                unknown.add(Service.LOAD_BALANCER_IP.path());
            }
        }
        return addresses;
    }
}
