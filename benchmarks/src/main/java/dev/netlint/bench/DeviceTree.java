package dev.netlint.bench;

import dev.netlint.bench.Doc.Mapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A tree of realistic, varied devices, one folder each ({@code region-NN/site-NNNN}): one-node and
 * two-node, one file or a device file beside a {@code kubernetes} file, YAML and JSON (the JSON device
 * file in the shape of the vendor's export), a few routes (some as failover pairs), required networks
 * and services each, sometimes IPv6, a virtual network, a web proxy or custom cluster subnets.
 *
 * <p>One device in twenty is broken on purpose, each in one way from {@link Breakage}; its folder
 * holds a {@code .expected} file naming the rule that must fire (a file starting with a dot is never a
 * device file). Every other device is clean for every rule of the catalogue.
 */
final class DeviceTree {

    static final int DEFAULT_DEVICES = 1_000;
    static final String EXPECTED_FILE = ".expected";
    /** One device in this many is broken on purpose. */
    static final int BROKEN_EVERY = 20;
    static final int REGIONS = 10;

    /** How a broken device is broken, and the rule that must then fire. */
    enum Breakage {
        POOL_OVERLAP("pool-overlap"),
        NEXT_HOP_NOT_ON_LINK("route-next-hop-not-on-link"),
        SERVICE_IP_OUTSIDE_RANGE("service-ip-outside-range"),
        NETWORK_UNREACHABLE("network-unreachable"),
        PARSE_ERROR("parse-error"),
        UNKNOWN_KEY("unknown-key"),
        DUPLICATE_IP("duplicate-ip"),
        COMPUTE_PORT_DHCP("compute-port-dhcp"),
        CLUSTER_CIDR_OVERLAP("cluster-cidr-overlap"),
        SERVICE_NAME_INVALID("service-name-invalid"),
        ROUTE_AMBIGUOUS("route-ambiguous"),
        DUPLICATE_KEY("duplicate-key"),
        MTU_OUT_OF_RANGE("mtu-out-of-range"),
        WEB_PROXY_INVALID("web-proxy-invalid"),
        SERVICE_POOL_TOO_SMALL("service-pool-too-small"),
        ROUTE_INTERFACE_NOT_COMPUTE("route-interface-not-compute"),
        DNS_SUFFIX_INVALID("dns-suffix-invalid");

        final String rule;

        Breakage(String rule) {
            this.rule = rule;
        }
    }

    /** How a device's files are laid out. */
    enum Layout {
        /** {@code config.yaml} with both root keys. */
        ONE_YAML,
        /** The vendor's export {@code device.json} beside a hand-written {@code kubernetes.yaml}. */
        EXPORT_AND_YAML,
        /** {@code device.yaml} and {@code kubernetes.yaml}. */
        TWO_YAML,
        /** {@code config.json} with both root keys. */
        ONE_JSON
    }

    /** What was written: devices by layout, node count and breakage. */
    record Summary(int devices, Map<Layout, Integer> layouts, int twoNode, Map<Breakage, Integer> broken) {

        int brokenCount() {
            return broken.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DeviceTree() {
    }

    static Summary write(Path root, int devices, long seed) throws IOException {
        return write(root, devices, seed, BROKEN_EVERY, false);
    }

    /** As {@link #write(Path, int, long)}, one device in {@code brokenEvery} broken (tests break more). */
    static Summary write(Path root, int devices, long seed, int brokenEvery) throws IOException {
        return write(root, devices, seed, brokenEvery, false);
    }

    /**
     * As {@link #write(Path, int, long, int)}; with {@code yamlOnly}, the same devices with every file
     * written as YAML ({@code device.yaml} for the export's {@code device.json}, {@code config.yaml} for
     * {@code config.json}).
     */
    static Summary write(Path root, int devices, long seed, int brokenEvery, boolean yamlOnly) throws IOException {
        Random random = new Random(seed);
        Map<Layout, Integer> layouts = new EnumMap<>(Layout.class);
        Map<Breakage, Integer> broken = new EnumMap<>(Breakage.class);
        int twoNode = 0;
        for (int i = 0; i < devices; i++) {
            Breakage breakage = i % brokenEvery == brokenEvery / 3
                    ? Breakage.values()[(i / brokenEvery) % Breakage.values().length] : null;
            Site site = new Site(i, new Random(random.nextLong()), breakage);
            Path folder = root.resolve(String.format("region-%02d", i % REGIONS)).resolve(String.format("site-%04d", i));
            write(site, folder, yamlOnly);
            layouts.merge(site.layout, 1, Integer::sum);
            twoNode += site.nodes == 2 ? 1 : 0;
            if (breakage != null) {
                broken.merge(breakage, 1, Integer::sum);
            }
        }
        return new Summary(devices, layouts, twoNode, broken);
    }

    /** Writes one device's files in its layout, and the rule a broken one must fire. */
    private static void write(Site site, Path folder, boolean yamlOnly) throws IOException {
        Files.createDirectories(folder);
        List<String> header = List.of("Device " + site.name + " (" + site.nodes + " node"
                + (site.nodes == 2 ? "s" : "") + "), generated for the netlint benchmark.");
        switch (site.layout) {
            case ONE_YAML -> yaml(folder.resolve("config.yaml"), header,
                    Doc.map().put("device", site.device).put("kubernetes", site.kubernetes));
            case EXPORT_AND_YAML -> {
                if (yamlOnly) {
                    yaml(folder.resolve("device.yaml"), header, Doc.map().put("device", site.device));
                } else {
                    json(folder.resolve("device.json"), Doc.map().put("device", site.device));
                }
                yaml(folder.resolve("kubernetes.yaml"), header, Doc.map().put("kubernetes", site.kubernetes));
            }
            case TWO_YAML -> {
                yaml(folder.resolve("device.yaml"), header, Doc.map().put("device", site.device));
                yaml(folder.resolve("kubernetes.yaml"), header, Doc.map().put("kubernetes", site.kubernetes));
            }
            case ONE_JSON -> {
                Mapping root = Doc.map().put("device", site.device).put("kubernetes", site.kubernetes);
                if (yamlOnly) {
                    yaml(folder.resolve("config.yaml"), header, root);
                } else {
                    json(folder.resolve("config.json"), root);
                }
            }
        }
        if (site.breakage != null) {
            Files.writeString(folder.resolve(EXPECTED_FILE), site.breakage.rule + "\n", StandardCharsets.UTF_8);
        }
    }

    private static void yaml(Path file, List<String> header, Mapping root) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Doc.yaml(root, header, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(Path file, Mapping root) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Doc.json(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
