package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The PowerShell that applies the Kubernetes networking of checked devices, and the same plan as data:
 * {@code Set-HcsKubeClusterNetworkInfo -PodSubnet ... -ServiceSubnet ...} when the subnets differ from the
 * device's defaults (172.27.0.0/16 and 172.28.0.0/16), with the note that it runs before compute is
 * configured (the vendor: "as the Kubernetes cluster is created in this step"), and left out, with the
 * reason, when the device files show compute already enabled and a runbook sets them, or a subnet is
 * unknown; then one {@code Remove-HcsNetRoute -InterfaceAlias ... -DestinationPrefix ...} per runbook
 * removal, in the order they take effect; then one
 * {@code Add-HcsNetRoute -InterfaceAlias ... -DestinationPrefix ... -NextHop ... -RouteMetric ...} per route,
 * each under a comment naming the file and line it came from. The removals come before the routes: a
 * route removed and added again (a changed next hop) is removed, then added; a route the files remove is
 * not added. A route change netlint could not read is named as not written. Nothing is written for a
 * report where a device has an error: a script is applied whole, so it is printed whole or not at all.
 *
 * <p>Routes are sorted by destination: IPv4 before IPv6, then by the destination's first address, a
 * shorter prefix (the wider route) before a longer one; then by metric, next hop and interface, then by
 * where they were written. The order of the files and of their lines does not change the script, so two
 * plans of one device differ only where the device does. Values are written as the device's own
 * reader reads them back: prefixes and addresses in canonical form, the interface alias as written, in
 * double quotes with PowerShell's backtick escapes, and {@code -RouteMetric} only when the route gives one
 * (the cmdlet's default otherwise).
 */
public final class ApplyScript {

    public static final String SET_SUBNETS = "Set-HcsKubeClusterNetworkInfo";
    public static final String ADD_ROUTE = "Add-HcsNetRoute";
    public static final String REMOVE_ROUTE = "Remove-HcsNetRoute";

    /** The note written next to {@code Set-HcsKubeClusterNetworkInfo}. */
    static final String BEFORE_COMPUTE = "run before compute is configured: the Kubernetes cluster is created with"
            + " these subnets when compute is configured";

    /** One parameter of a command: its value as data, and whether PowerShell needs it quoted. */
    public record Parameter(String name, String value, boolean number) {
    }

    /** One command, where its values were written, and a note to read before running it ({@code null} when none). */
    public record Step(String cmdlet, List<Parameter> parameters, List<Location> sources, String note) {

        public Step(String cmdlet, List<Parameter> parameters, List<Location> sources) {
            this(cmdlet, parameters, sources, null);
        }

        /** The command as PowerShell reads it. */
        public String command() {
            StringBuilder text = new StringBuilder(cmdlet);
            for (Parameter parameter : parameters) {
                text.append(" -").append(parameter.name()).append(' ')
                        .append(parameter.number() ? parameter.value() : quoted(parameter.value()));
            }
            return text.toString();
        }
    }

    /**
     * The plan of one device: its steps, its counted findings below error (they do not stop the plan, but
     * travel with it as comments), and what it does not write, with why.
     */
    public record DevicePlan(String path, List<Step> steps, List<Finding> notes, List<String> withheld) {

        public DevicePlan(String path, List<Step> steps, List<Finding> notes) {
            this(path, steps, notes, List.of());
        }
    }

    private static final Comparator<KubeRoute> ORDER = Comparator
            .comparingInt((KubeRoute r) -> r.destination() == null ? 2 : r.destination().isIPv4() ? 0 : 1)
            .thenComparing(r -> value(r.destination()))
            .thenComparingInt(r -> prefixLength(r.destination()))
            .thenComparing(r -> r.metric() == null ? Long.MAX_VALUE : r.metric())
            .thenComparing(r -> value(r.nextHopAddress()))
            .thenComparing(r -> r.alias() == null ? "" : r.alias().toLowerCase(Locale.ROOT))
            .thenComparing(KubeRoute::location);

    private ApplyScript() {
    }

    /** The counted findings at error level that keep a device from getting a plan. */
    public static List<Finding> blocking(DeviceResult device) {
        return device.findings().stream()
                .filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).toList();
    }

    /** Whether no device of the report has a counted error: only then is there a script. */
    public static boolean applicable(Report report) {
        return report.devices().stream().allMatch(d -> blocking(d).isEmpty());
    }

    /** The plan of a device checked by an engine that kept its model ({@link DeviceResult#context}). */
    public static DevicePlan of(DeviceResult device) {
        if (device.context() == null) {
            throw new IllegalArgumentException("the device " + device.path() + " was checked without keeping its model");
        }
        dev.netlint.core.model.Device model = device.context().device();
        Kubernetes kubernetes = model.kubernetes();
        List<Step> steps = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        boolean unknownSubnet = kubernetes.unknown(Kubernetes.POD_SUBNET) || kubernetes.unknown(Kubernetes.SERVICE_SUBNET);
        IPAddress pods = kubernetes.effectivePodSubnet();
        IPAddress services = kubernetes.effectiveServiceSubnet();
        if (unknownSubnet) {
            withheld.add(SET_SUBNETS + ": the " + (kubernetes.unknown(Kubernetes.POD_SUBNET) ? "pod" : "service")
                    + " subnet could not be read, so no subnet is written (neither the default nor another)");
        } else if (!pods.equals(Kubernetes.DEFAULT_POD_SUBNET) || !services.equals(Kubernetes.DEFAULT_SERVICE_SUBNET)) {
            List<Location> sources = new ArrayList<>();
            if (kubernetes.podSubnet() != null) {
                sources.add(kubernetes.podSubnet().location());
            }
            if (kubernetes.serviceSubnet() != null) {
                sources.add(kubernetes.serviceSubnet().location());
            }
            Step step = new Step(SET_SUBNETS, List.of(new Parameter("PodSubnet", pods.toCanonicalString(), false),
                    new Parameter("ServiceSubnet", services.toCanonicalString(), false)), List.copyOf(sources),
                    BEFORE_COMPUTE);
            if (model.subnetsSetAfterCompute().isEmpty()) {
                steps.add(step);
            } else {
                dev.netlint.core.model.VSwitch compute = model.computeVSwitches().get(0);
                Location flag = compute.enabledForCompute().location();
                withheld.add(step.command() + " (" + sources(step) + "): compute is already enabled on "
                        + compute.describe() + " (" + flag.file() + ":" + flag.line() + "), and the cluster's subnets"
                        + " are set before compute is configured [cluster-subnets-after-compute]");
            }
        }
        for (dev.netlint.core.model.RouteRemoval removal : kubernetes.removals()) {
            steps.add(new Step(REMOVE_ROUTE, List.of(
                    new Parameter("InterfaceAlias", removal.interfaceAlias().value(), false),
                    new Parameter("DestinationPrefix", removal.destination().toCanonicalString(), false)),
                    List.of(removal.location())));
        }
        for (dev.netlint.core.model.UnreadRoute unread : kubernetes.unreadRoutes()) {
            withheld.add("the route change at " + unread.location().file() + ":" + unread.location().line()
                    + " (for " + unread.reach() + ") could not be read, so it is not written");
        }
        List<KubeRoute> routes = new ArrayList<>(kubernetes.routes());
        routes.sort(ORDER);
        for (KubeRoute route : routes) {
            if (route.alias() == null || route.destination() == null || route.nextHopAddress() == null) {
                continue; // an incomplete route is an error of the loader: no plan is written for its device
            }
            List<Parameter> parameters = new ArrayList<>();
            parameters.add(new Parameter("InterfaceAlias", route.alias(), false));
            parameters.add(new Parameter("DestinationPrefix", route.destination().toCanonicalString(), false));
            parameters.add(new Parameter("NextHop", route.nextHopAddress().withoutPrefixLength().toCanonicalString(),
                    false));
            if (route.routeMetric() != null && route.metric() != null) {
                parameters.add(new Parameter("RouteMetric", Long.toString(route.metric()), true));
            }
            steps.add(new Step(ADD_ROUTE, List.copyOf(parameters), List.of(route.location())));
        }
        List<Finding> notes = device.findings().stream()
                .filter(f -> !f.suppressed() && f.severity() != Severity.ERROR).toList();
        return new DevicePlan(device.path(), List.copyOf(steps), notes, List.copyOf(withheld));
    }

    /**
     * What {@code netlint plan} prints of a checked report: the plan as data when {@code format} is
     * {@code json}; else the PowerShell when the report is {@link #applicable}, or, when it is not, the
     * findings as the text report shows them (in colour or not) and no command.
     *
     * @return whether the commands were printed, and if not why
     */
    public static Printed print(Report report, String format, boolean colour, Writer out) throws IOException {
        boolean applicable = applicable(report);
        if (format.equals("json")) {
            writeJson(report, out);
        } else if (applicable) {
            writePowerShell(report, out);
        } else {
            new TextReporter(colour).write(report, out);
        }
        out.flush();
        long blocked = report.devices().stream().filter(d -> !blocking(d).isEmpty()).count();
        return new Printed(applicable, blocked);
    }

    /**
     * What {@link #print} did: whether the report was applicable, and how many devices have an error that
     * keeps the plan from being written.
     */
    public record Printed(boolean applicable, long blockedDevices) {

        /** Why no command was printed, in one line; {@code null} when the plan was. */
        public String refusal() {
            return applicable ? null : "no command printed: " + blockedDevices
                    + (blockedDevices == 1 ? " device has" : " devices have")
                    + " an error; a plan is written only for devices without one";
        }
    }

    /** The script of every device of an applicable report ({@link #applicable}). */
    public static void writePowerShell(Report report, Writer out) throws IOException {
        out.write("# " + Version.NAME + " " + Version.VERSION + " plan: the Kubernetes networking of "
                + count(report.devices().size(), "device") + " checked with no error.\n");
        out.write("# Run in the device's PowerShell interface, the commands in the order written.\n");
        out.write("# Removals come first, in the order they take effect; routes are sorted by destination (IPv4 first,"
                + " lowest address, wider prefix first), then metric, next hop and interface.\n");
        for (DeviceResult device : report.devices()) {
            DevicePlan plan = of(device);
            out.write("\n# device " + comment(plan.path()) + "\n");
            for (Finding note : plan.notes()) {
                out.write("#   " + note.severity().label() + ": " + comment(note.location().toString()) + ": "
                        + comment(note.text()) + " [" + note.rule() + "]\n");
            }
            for (String withheld : plan.withheld()) {
                out.write("#   not written: " + comment(withheld) + "\n");
            }
            if (plan.steps().isEmpty() && plan.withheld().isEmpty()) {
                out.write("# nothing to apply: the default pod and service subnets, and no route\n");
            }
            for (Step step : plan.steps()) {
                out.write("# " + sources(step) + (step.note() == null ? "" : "; " + comment(step.note())) + "\n");
                out.write(step.command() + "\n");
            }
        }
    }

    /**
     * The plan as data: per device its steps (cmdlet, parameters, sources, the command), or, when a device
     * has an error, no step anywhere and each device's counted findings; {@code applicable} tells which.
     */
    public static void writeJson(Report report, Writer out) throws IOException {
        boolean applicable = applicable(report);
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("tool").beginObject().field("name", Version.NAME).field("version", Version.VERSION).endObject();
        json.field("applicable", applicable);
        json.name("devices").beginArray();
        for (DeviceResult device : report.devices()) {
            json.beginObject().field("path", device.path());
            json.name("steps").beginArray();
            DevicePlan plan = applicable ? of(device) : null;
            if (plan != null) {
                for (Step step : plan.steps()) {
                    step(json, step);
                }
            }
            json.endArray();
            json.name("withheld").beginArray();
            if (plan != null) {
                for (String withheld : plan.withheld()) {
                    json.value(withheld);
                }
            }
            json.endArray();
            json.name("findings").beginArray();
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    JsonReporter.finding(json, finding);
                }
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
        out.write('\n');
    }

    static void step(JsonWriter json, Step step) throws IOException {
        json.beginObject().field("cmdlet", step.cmdlet());
        json.name("parameters").beginObject();
        for (Parameter parameter : step.parameters()) {
            if (parameter.number()) {
                json.field(parameter.name(), Long.parseLong(parameter.value()));
            } else {
                json.field(parameter.name(), parameter.value());
            }
        }
        json.endObject();
        json.name("sources").beginArray();
        for (Location source : step.sources()) {
            json.beginObject().field("file", source.file()).field("line", source.line())
                    .field("column", source.column()).field("pointer", source.pointer()).endObject();
        }
        json.endArray();
        json.field("command", step.command());
        if (step.note() != null) {
            json.field("note", step.note());
        }
        json.endObject();
    }

    private static String sources(Step step) {
        if (step.sources().isEmpty()) {
            return "the device's defaults";
        }
        List<String> places = new ArrayList<>();
        for (Location source : step.sources()) {
            String place = source.file() + ":" + source.line();
            if (!places.contains(place)) {
                places.add(place);
            }
        }
        return comment(String.join(", ", places));
    }

    /** TerminalText for a {@code #} comment: nothing in it can end the line (TerminalText shows line breaks as {@code \x0a}). */
    static String comment(String text) {
        return TerminalText.printable(text);
    }

    /**
     * A double-quoted PowerShell string: the backtick escapes the characters that would end it, expand a
     * variable or start an escape ({@code "}, the typographic double quotes, {@code $}, {@code `}), and
     * the line breaks, tab and NUL take their escape sequences, so a value stays on its line.
     */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"', '\u201C', '\u201D', '\u201E', '$', '`' -> text.append('`').append(c);
                case '\n' -> text.append("`n");
                case '\r' -> text.append("`r");
                case '\t' -> text.append("`t");
                case '\0' -> text.append("`0");
                default -> text.append(c);
            }
        }
        return text.append('"').toString();
    }

    private static BigInteger value(IPAddress address) {
        return address == null ? BigInteger.ZERO : address.getValue();
    }

    private static int prefixLength(IPAddress address) {
        if (address == null) {
            return 0;
        }
        Integer length = address.getNetworkPrefixLength();
        return length == null ? address.getBitCount() : length;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
