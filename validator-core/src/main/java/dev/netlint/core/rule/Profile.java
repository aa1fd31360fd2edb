package dev.netlint.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a device model has: its ports, its management port, the ports whose MTU can be set, and the
 * ports that a two-node cluster may team. {@code generic} knows no ports, so no port check runs under it.
 *
 * @param clusterTeamPorts the ports that the vendor's two-node topologies group into one teamed
 *     virtual switch on each node ("Clustering on your Azure Stack Edge Pro GPU device", supported
 *     networking topologies): Port3 and Port4 on the Pro GPU ("Using switches and NIC teaming"), Port1
 *     and Port2 on the Pro 2 ("With Port 1 and Port 2 in same subnets", a teamed virtual switch); empty
 *     when the profile does not know
 */
public record Profile(String name, List<String> ports, String managementPort, Set<String> mtuConfigurable,
                      Set<String> clusterTeamPorts) {

    public static final Profile ASE_PRO_GPU = new Profile("ase-pro-gpu",
            List.of("Port1", "Port2", "Port3", "Port4", "Port5", "Port6"), "Port1",
            Set.of("Port1", "Port2", "Port3", "Port4"), Set.of("Port3", "Port4"));
    public static final Profile ASE_PRO_2 = new Profile("ase-pro-2",
            List.of("Port1", "Port2", "Port3", "Port4"), "Port1", Set.of("Port1", "Port2"), Set.of("Port1", "Port2"));
    public static final Profile GENERIC = new Profile("generic", List.of(), null, Set.of(), Set.of());
    public static final Profile DEFAULT = ASE_PRO_GPU;

    private static final List<Profile> ALL = List.of(ASE_PRO_GPU, ASE_PRO_2, GENERIC);

    public static List<Profile> all() {
        return ALL;
    }

    public static Optional<Profile> named(String name) {
        return ALL.stream().filter(p -> p.name.equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * The profile of a device model as the vendor's exports write {@code deviceInfo.model}, compared
     * without regard to case, spaces and punctuation:
     * <ul>
     *   <li>{@code Azure Stack Edge Pro 2} (not {@code Pro - 2 GPU}, a Pro GPU with two GPUs):
     *       {@code ase-pro-2};</li>
     *   <li>{@code Azure Stack Edge Pro GPU}, {@code Pro - 1 GPU}, {@code Pro - 2 GPU}, and the plain
     *       {@code Azure Stack Edge} that the exports of "Use a config file to deploy an Azure Stack Edge
     *       device" show (https://learn.microsoft.com/azure/databox-online/azure-stack-edge-zero-touch-provisioning;
     *       a page for the Pro GPU, Pro R and Mini R, not the Pro 2), and {@code Azure Stack Edge Pro}
     *       (the FPGA model, whose six ports are the Pro GPU's): {@code ase-pro-gpu};</li>
     *   <li>{@code Azure Stack Edge Pro R} and {@code Mini R}, whose ports netlint has no profile for:
     *       {@code generic}, which judges no port name rather than the wrong ones.</li>
     * </ul>
     * Empty for a model netlint does not know.
     */
    public static Optional<Profile> forModel(String model) {
        String words = " " + model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim() + " ";
        if (!words.contains(" azure stack edge ") && !words.contains(" ase ")) {
            return Optional.empty();
        }
        if (words.contains(" pro r ") || words.contains(" mini r ")) {
            return Optional.of(GENERIC);
        }
        if (words.matches(".* pro 2 (?!gpu ).*") || words.endsWith(" pro 2 ")) {
            return Optional.of(ASE_PRO_2);
        }
        if (words.contains(" gpu ") || words.equals(" azure stack edge ") || words.equals(" azure stack edge pro ")) {
            return Optional.of(ASE_PRO_GPU);
        }
        return Optional.empty();
    }

    public static String names() {
        return ALL.stream().map(Profile::name).collect(Collectors.joining(", "));
    }

    /** Whether this profile judges port names at all. */
    public boolean knowsPorts() {
        return !ports.isEmpty();
    }

    /** Whether the profile has the port, in any case; a loop, not a stream: asked for every route of a device. */
    public boolean hasPort(String port) {
        for (String p : ports) {
            if (p.equalsIgnoreCase(port)) {
                return true;
            }
        }
        return false;
    }

    public boolean isManagementPort(String port) {
        return managementPort != null && port != null && managementPort.equalsIgnoreCase(port.trim());
    }

    /**
     * The data ports, those that may carry the device's Internet connection: every port but the
     * management port, which is for the initial configuration only ("Port2 - Port6" on the Pro GPU,
     * "Port 2 - Port 4" on the Pro 2, in the vendor's deployment checklists). Empty under {@code generic}.
     */
    public List<String> dataPorts() {
        return ports.stream().filter(p -> !isManagementPort(p)).toList();
    }

    public boolean isMtuConfigurable(String port) {
        return port != null && mtuConfigurable.contains(canonical(port));
    }

    /**
     * Whether a two-node cluster may team exactly these ports (compared without regard to case): the
     * profile's {@link #clusterTeamPorts}, all of them and no other.
     */
    public boolean isClusterTeam(Set<String> teamed) {
        if (clusterTeamPorts.isEmpty() || teamed.size() != clusterTeamPorts.size()) {
            return false;
        }
        return teamed.stream().allMatch(p -> clusterTeamPorts.contains(canonical(p.trim())));
    }

    /** Whether the port is one of those a two-node cluster teams (Port1 on the Pro 2, not on the Pro GPU). */
    public boolean isClusterTeamPort(String port) {
        return port != null && clusterTeamPorts.contains(canonical(port.trim()));
    }

    /** The ports a two-node cluster may team, in port order: {@code Port3 and Port4}. */
    public String describeClusterTeam() {
        return ports.stream().filter(clusterTeamPorts::contains).collect(Collectors.joining(" and "));
    }

    private static String canonical(String port) {
        String lower = port.toLowerCase(Locale.ROOT);
        return lower.startsWith("port") ? "Port" + port.substring(4) : port;
    }
}
