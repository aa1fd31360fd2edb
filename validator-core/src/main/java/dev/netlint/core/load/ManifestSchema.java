package dev.netlint.core.load;

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
 * {@code spec.clusterIPs}); a {@code List} is read for its items; every other kind, and every other key,
 * is passed over without a word.
 */
final class ManifestSchema {

    private ManifestSchema() {
    }

    /** The annotations by which MetalLB is asked for addresses: a comma-separated list, either family. */
    static final String METALLB_IPS = "metallb.universe.tf/loadBalancerIPs";
    static final String METALLB_IO_IPS = "metallb.io/loadBalancerIPs";

    /** A manifest as far as netlint reads it; {@code items} of a {@code List}. */
    record Manifest(Location location, Located<String> kind, Metadata metadata, Spec spec, List<Manifest> items) {

        boolean isService() {
            return kind != null && kind.value().equals("Service");
        }

        boolean isList() {
            return kind != null && kind.value().endsWith("List");
        }
    }

    record Metadata(Located<String> name, Located<String> namespace, List<Located<IPAddress>> annotationIps) {
    }

    record Spec(Located<String> type, Located<IPAddress> loadBalancerIp, Located<IPAddress> clusterIp,
                List<Located<IPAddress>> clusterIps) {
    }

    /** A comma-separated list of addresses in one text, as the MetalLB annotations write them. */
    private static final ValueType<List<Located<IPAddress>>> ADDRESS_LIST = new ValueType<>() {
        @Override
        public List<Located<IPAddress>> read(Reading in, JsonPointer at) {
            Located<String> text = Scalars.TEXT.read(in, at);
            if (text == null) {
                return List.of();
            }
            List<Located<IPAddress>> addresses = new ArrayList<>();
            for (String part : text.value().split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Located<IPAddress> ip = Scalars.parseAddress(in, text.location(), part.trim(), Scalars.Family.ANY,
                        false, "a load-balancer IP");
                if (ip != null) {
                    addresses.add(ip);
                }
            }
            return addresses;
        }

        @Override
        public String describe() {
            return "a comma-separated list of addresses";
        }
    };

    private static final ObjectType.Builder<List<Located<IPAddress>>> ANNOTATION_KEYS =
            ObjectType.ignoring("annotations");
    private static final Field<List<Located<IPAddress>>> ANNOTATION_METALLB =
            ANNOTATION_KEYS.field(METALLB_IPS, ADDRESS_LIST);
    private static final Field<List<Located<IPAddress>>> ANNOTATION_METALLB_IO =
            ANNOTATION_KEYS.field(METALLB_IO_IPS, ADDRESS_LIST);
    static final ObjectType<List<Located<IPAddress>>> ANNOTATIONS = ANNOTATION_KEYS.build(v -> {
        List<Located<IPAddress>> all = new ArrayList<>(v.get(ANNOTATION_METALLB, List.of()));
        all.addAll(v.get(ANNOTATION_METALLB_IO, List.of()));
        return all;
    });

    private static final ObjectType.Builder<Metadata> METADATA_KEYS = ObjectType.ignoring("metadata");
    private static final Field<Located<String>> METADATA_NAME = METADATA_KEYS.field("name", Scalars.TEXT);
    private static final Field<Located<String>> METADATA_NAMESPACE = METADATA_KEYS.field("namespace", Scalars.TEXT);
    private static final Field<List<Located<IPAddress>>> METADATA_ANNOTATIONS =
            METADATA_KEYS.field("annotations", ANNOTATIONS);
    static final ObjectType<Metadata> METADATA = METADATA_KEYS.build(v -> new Metadata(v.get(METADATA_NAME),
            v.get(METADATA_NAMESPACE), v.get(METADATA_ANNOTATIONS, List.of())));

    private static final ObjectType.Builder<Spec> SPEC_KEYS = ObjectType.ignoring("spec");
    private static final Field<Located<String>> SPEC_TYPE = SPEC_KEYS.field("type",
            Scalars.oneOf("a Kubernetes service type", DeviceSchema.SERVICE_TYPES, true));
    private static final Field<Located<IPAddress>> SPEC_LOAD_BALANCER_IP = SPEC_KEYS.field("loadBalancerIP",
            Scalars.address(Scalars.Family.ANY, false, "a load-balancer IP"));
    private static final Field<Located<IPAddress>> SPEC_CLUSTER_IP = SPEC_KEYS.field("clusterIP", Scalars.CLUSTER_IP);
    private static final Field<List<Located<IPAddress>>> SPEC_CLUSTER_IPS =
            SPEC_KEYS.field("clusterIPs", ListType.of(Scalars.CLUSTER_IP));
    static final ObjectType<Spec> SPEC = SPEC_KEYS.build(v -> new Spec(v.get(SPEC_TYPE), v.get(SPEC_LOAD_BALANCER_IP),
            v.get(SPEC_CLUSTER_IP), v.get(SPEC_CLUSTER_IPS, List.of())));

    /** The items of a {@code List}: manifests, read by this very table (declared lazily, it holds itself). */
    private static final ValueType<List<Manifest>> ITEMS = new ValueType<>() {
        @Override
        public List<Manifest> read(Reading in, JsonPointer at) {
            return ListType.of(MANIFEST).read(in, at);
        }

        @Override
        public String describe() {
            return "a list of manifests";
        }
    };

    private static final ObjectType.Builder<Manifest> MANIFEST_KEYS = ObjectType.ignoring("manifest");
    private static final Field<Located<String>> MANIFEST_API_VERSION = MANIFEST_KEYS.field("apiVersion", Scalars.TEXT);
    private static final Field<Located<String>> MANIFEST_KIND = MANIFEST_KEYS.field("kind", Scalars.TEXT);
    private static final Field<Metadata> MANIFEST_METADATA = MANIFEST_KEYS.field("metadata", METADATA);
    private static final Field<Spec> MANIFEST_SPEC = MANIFEST_KEYS.field("spec", SPEC);
    private static final Field<List<Manifest>> MANIFEST_ITEMS = MANIFEST_KEYS.field("items", ITEMS);
    static final ObjectType<Manifest> MANIFEST = MANIFEST_KEYS.build(ManifestSchema::manifest);

    /** The fields a root mapping has when it is a manifest, for the table of a file's root. */
    static final List<String> MANIFEST_KEYS_AT_ROOT = List.of("apiVersion", "kind", "metadata", "spec", "items");

    private static Manifest manifest(Values v) {
        Manifest manifest = new Manifest(v.location(), v.get(MANIFEST_KIND), v.get(MANIFEST_METADATA),
                v.get(MANIFEST_SPEC), v.get(MANIFEST_ITEMS, List.of()));
        if (!manifest.isService() && !manifest.isList()) {
            // of other kinds nothing is read: what the service tables made of their keys is not a finding
            v.reading().dropProblemsSince(v.problemsAtStart());
        }
        return manifest;
    }

    /** Whether a root mapping read with the manifest keys is a manifest: it names its apiVersion and kind. */
    static boolean isManifest(Located<String> apiVersion, Located<String> kind) {
        return apiVersion != null && kind != null;
    }

    /** The services a manifest declares: itself when it is a Service, the services among its items for a List. */
    static void services(Manifest manifest, Reading reading, List<Service> out) {
        if (manifest.isList()) {
            for (Manifest item : manifest.items()) {
                services(item, reading, out);
            }
            return;
        }
        if (!manifest.isService()) {
            return;
        }
        Metadata metadata = manifest.metadata() == null ? new Metadata(null, null, List.of()) : manifest.metadata();
        Spec spec = manifest.spec() == null ? new Spec(null, null, null, List.of()) : manifest.spec();
        if (metadata.name() == null) {
            reading.missing(manifest.location(), "Service has no metadata.name (CoreDNS publishes services by name)");
        }
        List<Located<IPAddress>> loadBalancer = new ArrayList<>();
        if (spec.loadBalancerIp() != null) {
            loadBalancer.add(spec.loadBalancerIp());
        }
        for (Located<IPAddress> ip : metadata.annotationIps()) {
            if (loadBalancer.stream().noneMatch(known -> known.value().equals(ip.value()))) {
                loadBalancer.add(ip);
            }
        }
        List<Located<IPAddress>> cluster = !spec.clusterIps().isEmpty() ? spec.clusterIps()
                : spec.clusterIp() == null ? List.of() : List.of(spec.clusterIp());
        out.add(new Service(manifest.location(), metadata.name(), metadata.namespace(), spec.type(), loadBalancer,
                cluster, Set.of()));
    }
}
