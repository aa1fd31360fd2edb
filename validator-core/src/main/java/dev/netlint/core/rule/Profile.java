package dev.netlint.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a device model has: its ports, its management port and the ports whose MTU can be set.
 * {@code generic} knows no ports, so no port check runs under it.
 */
public record Profile(String name, List<String> ports, String managementPort, Set<String> mtuConfigurable) {

    public static final Profile ASE_PRO_GPU = new Profile("ase-pro-gpu",
            List.of("Port1", "Port2", "Port3", "Port4", "Port5", "Port6"), "Port1",
            Set.of("Port1", "Port2", "Port3", "Port4"));
    public static final Profile ASE_PRO_2 = new Profile("ase-pro-2",
            List.of("Port1", "Port2", "Port3", "Port4"), "Port1", Set.of("Port1", "Port2"));
    public static final Profile GENERIC = new Profile("generic", List.of(), null, Set.of());
    public static final Profile DEFAULT = ASE_PRO_GPU;

    private static final List<Profile> ALL = List.of(ASE_PRO_GPU, ASE_PRO_2, GENERIC);

    public static List<Profile> all() {
        return ALL;
    }

    public static Optional<Profile> named(String name) {
        return ALL.stream().filter(p -> p.name.equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String names() {
        return ALL.stream().map(Profile::name).collect(Collectors.joining(", "));
    }

    /** Whether this profile judges port names at all. */
    public boolean knowsPorts() {
        return !ports.isEmpty();
    }

    public boolean hasPort(String port) {
        return ports.stream().anyMatch(p -> p.equalsIgnoreCase(port));
    }

    public boolean isManagementPort(String port) {
        return managementPort != null && managementPort.equalsIgnoreCase(port);
    }

    public boolean isMtuConfigurable(String port) {
        return port != null && mtuConfigurable.contains(canonical(port));
    }

    private static String canonical(String port) {
        String lower = port.toLowerCase(Locale.ROOT);
        return lower.startsWith("port") ? "Port" + port.substring(4) : port;
    }
}
