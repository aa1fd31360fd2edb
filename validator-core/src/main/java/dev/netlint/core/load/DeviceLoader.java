package dev.netlint.core.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.load.FileContent.DevicePart;
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
        for (Path file : input.files()) {
            String name = display.apply(file);
            files.add(name);
            try {
                FileContent content = readFile(file, name, problems);
                if (content != null) {
                    sources.put(name, content.source());
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
        return FileContent.contributing(new SourceFile(name, text), runbook.kubernetes(), runbook.problems());
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
        for (FileContent content : contents) {
            if (content.contribution() != null) {
                kubernetes = add(kubernetes, content.contribution(), problems);
            }
        }
        return new Device(path, files, deviceFile == null ? null : deviceFile.deviceKey(), device.nodes(),
                device.interfaces(), device.vSwitches(), device.virtualNetworks(), device.webProxy(),
                device.dnsDomain(), device.teamDeclarations(), kubernetes, device.unknown(), device.model());
    }

    /**
     * The Kubernetes side with what a runbook or manifest file adds: its routes and services after those
     * declared before, its subnets where none was declared before (a different one is a conflict: the
     * later file's is the finding, and the earlier one is kept).
     */
    private static Kubernetes add(Kubernetes base, Kubernetes more, List<LoadProblem> problems) {
        List<dev.netlint.core.model.KubeRoute> routes = new ArrayList<>(base.routes());
        routes.addAll(more.routes());
        List<Service> services = new ArrayList<>(base.services());
        for (Service service : more.services()) {
            Service earlier = sameService(services, service);
            if (earlier == null) {
                services.add(service);
            } else if (!agree(earlier, service)) {
                problems.add(new LoadProblem(LoadProblem.CONFLICTING_DECLARATION, null, firstDifference(earlier, service),
                        service.describe() + " is declared here and in " + earlier.location().file() + " (line "
                                + earlier.location().line() + "), here with " + differences(earlier, service)
                                + "; a service is declared once, and only the first declaration is checked",
                        List.of(new Related(earlier.location(), service.describe() + " first declared here"))));
            }
        }
        return new Kubernetes(base.location(), subnet("podSubnet", base.podSubnet(), more.podSubnet(), problems),
                subnet("serviceSubnet", base.serviceSubnet(), more.serviceSubnet(), problems), routes, services,
                base.requiredNetworks(), base.unknown());
    }

    /** The service of the same namespace and name among {@code services} ({@code default} when none is given). */
    private static Service sameService(List<Service> services, Service service) {
        if (service.name() == null) {
            return null;
        }
        for (Service known : services) {
            if (known.name() != null && known.name().value().equals(service.name().value())
                    && namespace(known).equals(namespace(service))) {
                return known;
            }
        }
        return null;
    }

    private static String namespace(Service service) {
        return service.namespace() == null || service.namespace().value().isBlank() ? "default"
                : service.namespace().value();
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
