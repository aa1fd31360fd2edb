package dev.netlint.core.internal.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.runbook.RunbookReader;
import dev.netlint.core.internal.load.schema.DevicePart;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.Messages;
import dev.netlint.core.internal.load.source.SourceComment;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.internal.load.source.SourceReader;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.Service;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads a device: reads each file once, and merges the files of one folder into one model. */
public final class DeviceLoader {

    private final LoadLimits limits;
    private final Function<Path, String> display;

    /**
     * @param display how a file's path is written in findings (relative to the working directory)
     */
    public DeviceLoader(LoadLimits limits, Function<Path, String> display) {
        this.limits = limits;
        this.display = display;
    }

    /**
     * Loads one device. Never throws: every file that cannot be read or parsed becomes a
     * {@code parse-error}, and the other files are still read.
     */
    public LoadedDevice load(DeviceInput input) {
        List<FileContent> contents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        Map<String, List<SourceComment>> comments = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        if (input.unreadable() != null) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(input.display()),
                    "cannot read the folder: " + Messages.oneLine(input.unreadable())
                            + "; the config files in it and below it are not checked"));
        }
        List<Path> trees = input.treesOrOwnFolder();
        if (isChart(input)) {
            String name = display.apply(input.files().get(0));
            problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.INFO, Location.ofFile(name), "a Helm"
                    + " chart: its templates are not manifests until Helm renders them, so the chart is skipped;"
                    + " check the output of 'helm template' instead", List.of()));
            return new LoadedDevice(merge(input.display(), List.of(name), List.of(), problems), problems, Map.of(),
                    Map.of());
        }
        for (Path folder : attachedFolders(input)) {
            problems.add(new LoadProblem(LoadProblem.MISSING_VALUE, Severity.INFO, Location.ofFile(display.apply(
                    folder)), "no file of this folder declares a device: its manifests and runbooks are checked as"
                    + " part of device " + input.display() + ", the nearest folder above it that declares one",
                    List.of()));
        }
        for (Path file : input.files()) {
            String name = display.apply(file);
            files.add(name);
            if (leavesTrees(file, trees)) {
                problems.add(new LoadProblem(LoadProblem.LINK_OUTSIDE_TREE, Location.ofFile(name),
                        "a symbolic link to " + (Files.isDirectory(file) ? "a folder" : "a file") + " outside the"
                                + " tree being checked; netlint does not read it, so that no report can show what"
                                + " is outside"));
                continue;
            }
            try {
                FileContent content = readFile(file, name, problems);
                if (content != null) {
                    if (content.source().quoted()) {
                        sources.put(name, content.source());
                    }
                    if (!content.comments().isEmpty()) {
                        comments.put(name, content.comments());
                    }
                    problems.addAll(content.problems());
                    contents.add(content);
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), "netlint failed to read"
                        + " this file (" + e.getClass().getSimpleName() + ": " + Messages.abbreviate(
                        String.valueOf(e.getMessage())) + "); this is a defect in netlint, please report it"));
            }
        }
        boolean deviceFiles = input.unreadable() != null || contents.size() < input.files().size()
                || contents.stream().anyMatch(content -> !content.notADeviceFile());
        return new LoadedDevice(merge(input.display(), files, contents, problems), problems, sources, comments,
                deviceFiles);
    }

    /** The name Helm gives a chart's description: a folder holding it is a chart, not a device. */
    static final String CHART_FILE = "Chart.yaml";

    /**
     * Whether the input is a Helm chart: its one file is a {@code Chart.yaml}, as the finder gives a chart
     * folder (or as one is given on its own).
     */
    static boolean isChart(DeviceInput input) {
        return input.files().size() == 1 && input.files().get(0).getFileName() != null
                && input.files().get(0).getFileName().toString().equals(CHART_FILE);
    }

    /** The folders below the device's own whose files the finder added to it ({@link ManifestFolders}). */
    private static List<Path> attachedFolders(DeviceInput input) {
        List<Path> folders = new ArrayList<>();
        for (Path file : input.files()) {
            Path folder = file.getParent();
            if (folder != null && !file.equals(input.path()) && !folder.equals(input.path())
                    && !folders.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /**
     * Whether a file's real path (through every symbolic link on the way) is in none of the trees being
     * checked. A link to nothing is not: reading it reports that.
     */
    private static boolean leavesTrees(Path file, List<Path> trees) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return false;
        }
        for (Path tree : trees) {
            if (real.startsWith(tree)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Loads a device of one file whose text is already in memory (an embedding tool's buffer, a test):
     * {@code path} names the file, and its extension says JSON or YAML.
     */
    public LoadedDevice loadText(String path, String text) {
        List<LoadProblem> problems = new ArrayList<>();
        FileContent content = DeviceFileReader.read(new SourceFile(path, text), limits);
        problems.addAll(content.problems());
        Map<String, List<SourceComment>> comments = content.comments().isEmpty() ? Map.of()
                : Map.of(path, content.comments());
        return new LoadedDevice(merge(path, List.of(path), List.of(content), problems), problems,
                Map.of(path, content.source()), comments);
    }

    /** Reads one file, or records why it cannot be read. */
    private FileContent readFile(Path file, String name, List<LoadProblem> problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name),
                        "is a folder, not a config file"));
                return null;
            }
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
                problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name), "the file is over the"
                        + " size limit of " + limits.maxFileBytes() + " bytes and is not read"));
                return null;
            }
            if (DeviceFinder.isRunbook(file)) {
                return readRunbook(file, name);
            }
            return DeviceFileReader.read(file, name, limits);
        } catch (IOException e) {
            problems.add(new LoadProblem(LoadProblem.PARSE_ERROR, Location.ofFile(name),
                    "cannot read the file: " + ioReason(e)));
        }
        return null;
    }

    /** The longest runbook read: a script of cmdlet calls is small, and its text is held whole. */
    static final int MAX_RUNBOOK_BYTES = 4 * 1024 * 1024;

    /** A PowerShell runbook: decoded as the device files are, then read for its cmdlets. */
    private FileContent readRunbook(Path file, String name) throws IOException {
        if (Files.size(file) > MAX_RUNBOOK_BYTES) {
            return FileContent.contributing(new SourceFile(name, ""), null, List.of(new LoadProblem(
                    LoadProblem.PARSE_ERROR, Location.ofFile(name), "the runbook is over " + MAX_RUNBOOK_BYTES
                    + " bytes and is not read")));
        }
        String text;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            SourceReader reader = SourceReader.of(in, 0);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                read.append(buffer, 0, n);
                if (read.length() > MAX_RUNBOOK_BYTES) {
                    break;
                }
            }
            text = read.toString();
        } catch (SourceReader.Refused e) {
            return FileContent.contributing(new SourceFile(name, ""), null, List.of(new LoadProblem(
                    LoadProblem.PARSE_ERROR, new Location(name, e.line(), e.column(), ""), e.getMessage())));
        }
        RunbookReader.Runbook runbook = RunbookReader.read(name, text);
        Kubernetes read = runbook.kubernetes();
        Kubernetes contribution = new Kubernetes(null, read.podSubnet(), read.serviceSubnet(), List.of(), List.of(),
                List.of(), read.unknown(), List.of(), read.unreadRoutes());
        return FileContent.runbook(new SourceFile(name, text), contribution, runbook.changes(), runbook.problems());
    }

    /** An I/O failure in words: the JDK's messages are often just the path. */
    static String ioReason(IOException e) {
        String kind = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file"
                : e.getClass().getSimpleName();
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? kind : Messages.oneLine(reason);
    }

    private static Device merge(String path, List<String> files, List<FileContent> contents,
                                List<LoadProblem> problems) {
        FileContent deviceFile = null;
        FileContent kubernetesFile = null;
        for (FileContent content : contents) {
            if (content.deviceKey() != null) {
                if (deviceFile == null) {
                    deviceFile = content;
                } else {
                    problems.add(conflict("device", content.deviceKey(), deviceFile.deviceKey()));
                }
            }
            if (content.kubernetesKey() != null) {
                if (kubernetesFile == null) {
                    kubernetesFile = content;
                } else {
                    problems.add(conflict("kubernetes", content.kubernetesKey(), kubernetesFile.kubernetesKey()));
                }
            }
        }
        DevicePart device = deviceFile == null || deviceFile.device() == null ? DevicePart.empty() : deviceFile.device();
        Kubernetes kubernetes = kubernetesFile == null || kubernetesFile.kubernetes() == null
                ? Kubernetes.absent() : kubernetesFile.kubernetes();
        List<Kubernetes> contributions = new ArrayList<>();
        List<List<RunbookReader.RouteChange>> changes = new ArrayList<>();
        for (FileContent content : contents) {
            if (content.contribution() != null) {
                contributions.add(content.contribution());
                changes.add(content.changes());
            }
        }
        if (!contributions.isEmpty()) {
            kubernetes = add(kubernetes, contributions, changes, problems, new ServiceIndex());
        }
        if (deviceFile == null && kubernetesFile == null && !kubernetes.services().isEmpty()) {
            Service first = kubernetes.services().get(0);
            int count = kubernetes.services().size();
            problems.add(new LoadProblem(LoadProblem.MISSING_VALUE, Severity.WARNING, first.location(),
                    (count == 1 ? "the service of " + path + " is" : "the " + count + " services of " + path
                            + " are") + " not checked against any device: no file here, nor in a folder above,"
                            + " declares 'device' or 'kubernetes', so " + (count == 1 ? "its addresses are"
                            : "their addresses are") + " not compared with the device's pools and subnets; check "
                            + (count == 1 ? "it" : "them") + " together with the device's files", List.of()));
        }
        boolean unreadFile = problems.stream().anyMatch(p -> p.rule().equals(LoadProblem.PARSE_ERROR));
        boolean needsPorts = !kubernetes.routes().isEmpty() || !kubernetes.requiredNetworks().isEmpty()
                || !kubernetes.unreadRoutes().isEmpty() || !kubernetes.removals().isEmpty();
        if (deviceFile == null && needsPorts && !files.isEmpty() && !unreadFile) {
            problems.add(new LoadProblem(LoadProblem.MISSING_VALUE, dev.netlint.core.finding.Severity.INFO,
                    Location.ofFile(files.get(0)), "no file of this device declares 'device': its ports, vSwitches"
                    + " and compute port are unknown, not absent, so the checks that need them could not run (the"
                    + " routes' interfaces and next hops, the reachability of the required networks, the Kubernetes"
                    + " pools); check it with the device's file beside it", List.of()));
        }
        return new Device(path, files, deviceFile == null ? null : deviceFile.deviceKey(), device.nodes(),
                device.interfaces(), device.vSwitches(), device.virtualNetworks(), device.webProxy(),
                device.dnsDomain(), device.teamDeclarations(), kubernetes, deviceFile == null
                ? UNDECLARED_DEVICE : device.unknown(), device.model(), device.vips());
    }

    /**
     * What is unknown of a device no file of which declares {@code device} (a folder of runbooks and
     * manifests kept apart): its ports and vSwitches are not declared, which is not "none".
     */
    private static final java.util.Set<String> UNDECLARED_DEVICE = java.util.Set.of(Device.NETWORK.path(),
            Device.INTERFACES.path(), Device.VSWITCHES.path(), Device.VIRTUAL_NETWORKS.path());

    /**
     * Applies a runbook's route changes to the merged routes, in script order: an added route after those
     * declared before it, a removal takes away every route declared before it (in any file) on that
     * interface to that destination; a removal that matches none is a warning, unless a route change
     * netlint could not read might be the one it removes.
     */
    private static void apply(List<dev.netlint.core.model.KubeRoute> routes, List<RunbookReader.RouteChange> changes,
                              List<dev.netlint.core.model.UnreadRoute> unread,
                              List<dev.netlint.core.model.RouteRemoval> removals, List<LoadProblem> problems) {
        for (RunbookReader.RouteChange change : changes) {
            if (change.added() != null) {
                routes.add(change.added());
                continue;
            }
            dev.netlint.core.model.RouteRemoval removal = change.removed();
            List<dev.netlint.core.model.KubeRoute> removed = new ArrayList<>();
            routes.removeIf(route -> removal.matches(route) && removed.add(route));
            removals.add(new dev.netlint.core.model.RouteRemoval(removal.location(), removal.interfaceAlias(),
                    removal.destinationPrefix(), removed));
            boolean mightMatch = unread.stream().anyMatch(r -> r.couldServe(removal.destination()));
            if (removed.isEmpty() && !mightMatch) {
                problems.add(new LoadProblem(LoadProblem.INVALID_VALUE, dev.netlint.core.finding.Severity.WARNING,
                        removal.location(), removal.describe() + " matches no route declared before it (in the"
                        + " kubernetes block, or a runbook read before it, or earlier in this one): it removes"
                        + " nothing netlint knows of", List.of()));
            }
        }
    }

    /**
     * The Kubernetes side with what the runbooks and manifest files add, in file order: their routes and
     * services after those declared before, their subnets where none was declared before (a different
     * one is a conflict: the later file's is the finding, and the earlier one is kept). The services are
     * found by {@code index}, never by a scan of those already known.
     */
    static Kubernetes add(Kubernetes base, List<Kubernetes> contributions, List<LoadProblem> problems,
                          ServiceIndex index) {
        List<List<RunbookReader.RouteChange>> none = new ArrayList<>();
        contributions.forEach(c -> none.add(List.of()));
        return add(base, contributions, none, problems, index);
    }

    /** The same, each contribution with the route changes (adds and removals) of its runbook, in order. */
    static Kubernetes add(Kubernetes base, List<Kubernetes> contributions,
                          List<List<RunbookReader.RouteChange>> changes, List<LoadProblem> problems,
                          ServiceIndex index) {
        List<dev.netlint.core.model.KubeRoute> routes = new ArrayList<>(base.routes());
        List<dev.netlint.core.model.UnreadRoute> unread = new ArrayList<>(base.unreadRoutes());
        List<dev.netlint.core.model.RouteRemoval> removals = new ArrayList<>(base.removals());
        java.util.Set<String> unknown = new java.util.HashSet<>(base.unknown());
        List<Service> services = new ArrayList<>(base.services());
        services.forEach(index::add);
        Located<IPAddress> podSubnet = base.podSubnet();
        Located<IPAddress> serviceSubnet = base.serviceSubnet();
        for (int i = 0; i < contributions.size(); i++) {
            Kubernetes more = contributions.get(i);
            routes.addAll(more.routes());
            unread.addAll(more.unreadRoutes());
            apply(routes, changes.get(i), unread, removals, problems);
            unknown.addAll(more.unknown());
            for (Service service : more.services()) {
                Service earlier = index.earlier(service);
                if (earlier == null) {
                    services.add(service);
                    index.add(service);
                } else if (!agree(earlier, service)) {
                    problems.add(new LoadProblem(LoadProblem.CONFLICTING_DECLARATION, null,
                            firstDifference(earlier, service), service.describe() + " is declared here and in "
                            + earlier.location().file() + " (line " + earlier.location().line() + "), here with "
                            + differences(earlier, service) + "; a service is declared once, and only the first"
                            + " declaration is checked",
                            List.of(new Related(earlier.location(), service.describe() + " first declared here"))));
                }
            }
            podSubnet = subnet("podSubnet", podSubnet, more.podSubnet(), problems);
            serviceSubnet = subnet("serviceSubnet", serviceSubnet, more.serviceSubnet(), problems);
        }
        return new Kubernetes(base.location(), podSubnet, serviceSubnet, routes, services, base.requiredNetworks(),
                unknown, removals, unread);
    }

    /** Whether two declarations of one service say the same: type (ClusterIP when none) and addresses. */
    private static boolean agree(Service a, Service b) {
        return differences(a, b).isEmpty();
    }

    /** Where the later declaration {@code b} first says otherwise than {@code a}: its type, else its addresses. */
    private static Location firstDifference(Service a, Service b) {
        String typeA = a.type() == null ? "ClusterIP" : a.type().value();
        String typeB = b.type() == null ? "ClusterIP" : b.type().value();
        if (!typeA.equalsIgnoreCase(typeB) && b.type() != null) {
            return b.type().location();
        }
        if (!addresses(a.loadBalancerIps()).equals(addresses(b.loadBalancerIps())) && !b.loadBalancerIps().isEmpty()) {
            return b.loadBalancerIps().get(0).location();
        }
        if (!addresses(a.clusterIps()).equals(addresses(b.clusterIps())) && !b.clusterIps().isEmpty()) {
            return b.clusterIps().get(0).location();
        }
        return b.name() != null ? b.name().location() : b.location();
    }

    /** What the later declaration {@code b} says otherwise than {@code a}: "type LoadBalancer (ClusterIP there)". */
    private static String differences(Service a, Service b) {
        List<String> differ = new ArrayList<>();
        String typeA = a.type() == null ? "ClusterIP" : a.type().value();
        String typeB = b.type() == null ? "ClusterIP" : b.type().value();
        if (!typeA.equalsIgnoreCase(typeB)) {
            differ.add("type " + typeB + " (" + typeA + " there)");
        }
        if (!addresses(a.loadBalancerIps()).equals(addresses(b.loadBalancerIps()))) {
            differ.add("load-balancer IP " + text(b.loadBalancerIps()) + " (" + text(a.loadBalancerIps()) + " there)");
        }
        if (!addresses(a.clusterIps()).equals(addresses(b.clusterIps()))) {
            differ.add("cluster IP " + text(b.clusterIps()) + " (" + text(a.clusterIps()) + " there)");
        }
        return String.join(", ", differ);
    }

    private static java.util.Set<IPAddress> addresses(List<Located<IPAddress>> ips) {
        java.util.Set<IPAddress> set = new java.util.HashSet<>();
        ips.forEach(ip -> set.add(ip.value()));
        return set;
    }

    private static String text(List<Located<IPAddress>> ips) {
        return ips.isEmpty() ? "none" : String.join(", ", ips.stream().map(ip -> ip.value().toCanonicalString()).toList());
    }

    private static Located<IPAddress> subnet(String key, Located<IPAddress> declared, Located<IPAddress> more,
                                             List<LoadProblem> problems) {
        if (more == null) {
            return declared;
        }
        if (declared == null) {
            return more;
        }
        if (!declared.value().equals(more.value())) {
            problems.add(new LoadProblem(LoadProblem.CONFLICTING_DECLARATION, null, more.location(),
                    key + " " + more.value().toCanonicalString() + " differs from " + declared.value().toCanonicalString()
                            + ", declared in " + declared.location().file() + " (line " + declared.location().line()
                            + "); only that one is checked",
                    List.of(new Related(declared.location(), key + " first declared here"))));
        }
        return declared;
    }

    private static LoadProblem conflict(String key, Location later, Location earlier) {
        return new LoadProblem(LoadProblem.CONFLICTING_DECLARATION, null, later,
                "'" + key + "' is declared here and in " + earlier.file() + " (line " + earlier.line()
                        + "); a device declares '" + key + "' in one file only, and only the one in "
                        + earlier.file() + " is checked",
                List.of(new Related(earlier, "'" + key + "' first declared here")));
    }
}
