package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.io.JsonWriter;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.report.ApplyScript.Parameter;
import dev.netlint.core.report.ApplyScript.Step;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.Transition;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The PowerShell that takes a device from what runs today to the proposed configuration, and nothing
 * more: {@code Set-HcsKubeClusterNetworkInfo} when the pod or service subnet changes (a transition rule
 * refuses it once compute is configured), then per interface and destination whose routes change
 * {@code Remove-HcsNetRoute} (which removes every route to that destination on that interface) and one
 * {@code Add-HcsNetRoute} per proposed route to it, in the order written, so that the first written
 * still wins a tie. A transition with an error finding gets no command.
 */
public final class DeltaScript {

    /** Removes the routes to one destination on one interface, whatever their next hops. */
    public static final String REMOVE_ROUTE = "Remove-HcsNetRoute";

    private DeltaScript() {
    }

    /**
     * What {@code netlint plan --from} prints as text ({@code json}: {@link #writeJson}): when neither the proposed device nor the change has an
     * error, the script from {@code current} to {@code proposed}; else the change and those errors, as
     * {@code netlint diff} shows them, and no command.
     *
     * @param findings the transition rules' findings
     * @return whether the script was printed
     */
    public static boolean print(DeviceResult current, DeviceResult proposed, List<Change> changes,
                                List<Finding> findings, Transition transition, String format, PrintWriter out)
            throws IOException {
        List<Finding> blocking = new ArrayList<>(ApplyScript.blocking(proposed));
        blocking.addAll(findings);
        boolean applicable = applicable(blocking);
        List<Step> steps = applicable ? steps(transition) : List.of();
        if (format.equals("json")) {
            writeJson(current.path(), proposed.path(), applicable, changes, steps, blocking, out);
        } else if (applicable) {
            writePowerShell(current.path(), proposed.path(), steps, out);
        } else {
            TransitionReport.writeText(current.path(), proposed.path(), changes, blocking, out);
        }
        out.flush();
        return applicable;
    }

    /** Whether the transition may be applied: no transition rule reported an error. */
    public static boolean applicable(List<Finding> findings) {
        return !TransitionReport.hasError(findings);
    }

    /** The commands, in the order to run them. */
    public static List<Step> steps(Transition transition) {
        Kubernetes before = transition.current().device().kubernetes();
        Kubernetes after = transition.proposed().device().kubernetes();
        List<Step> steps = new ArrayList<>();
        IPAddress pods = after.effectivePodSubnet();
        IPAddress services = after.effectiveServiceSubnet();
        if (!pods.equals(before.effectivePodSubnet()) || !services.equals(before.effectiveServiceSubnet())) {
            List<Location> sources = new ArrayList<>();
            if (after.podSubnet() != null) {
                sources.add(after.podSubnet().location());
            }
            if (after.serviceSubnet() != null) {
                sources.add(after.serviceSubnet().location());
            }
            steps.add(new Step(ApplyScript.SET_SUBNETS, List.of(new Parameter("PodSubnet", pods.toCanonicalString(), false),
                    new Parameter("ServiceSubnet", services.toCanonicalString(), false)), List.copyOf(sources)));
        }
        Map<String, List<KubeRoute>> was = byKey(before.routes());
        Map<String, List<KubeRoute>> now = byKey(after.routes());
        for (Map.Entry<String, List<KubeRoute>> entry : was.entrySet()) {
            List<KubeRoute> proposed = now.get(entry.getKey());
            if (proposed == null || !sameRoutes(entry.getValue(), proposed)) {
                KubeRoute first = entry.getValue().get(0);
                steps.add(new Step(REMOVE_ROUTE, List.of(new Parameter("InterfaceAlias", first.alias().trim(), false),
                        new Parameter("DestinationPrefix", first.destination().toCanonicalString(), false)),
                        List.of(first.location())));
            }
        }
        for (Map.Entry<String, List<KubeRoute>> entry : now.entrySet()) {
            List<KubeRoute> current = was.get(entry.getKey());
            if (current != null && sameRoutes(current, entry.getValue())) {
                continue;
            }
            for (KubeRoute route : entry.getValue()) {
                steps.add(addRoute(route));
            }
        }
        return List.copyOf(steps);
    }

    private static Step addRoute(KubeRoute route) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(new Parameter("InterfaceAlias", route.alias().trim(), false));
        parameters.add(new Parameter("DestinationPrefix", route.destination().toCanonicalString(), false));
        parameters.add(new Parameter("NextHop", route.nextHopAddress().withoutPrefixLength().toCanonicalString(), false));
        if (route.routeMetric() != null && route.metric() != null) {
            parameters.add(new Parameter("RouteMetric", Long.toString(route.metric()), true));
        }
        return new Step(ApplyScript.ADD_ROUTE, List.copyOf(parameters), List.of(route.location()));
    }

    /** Complete routes by interface (without regard to case) and destination block, each list in written order. */
    private static Map<String, List<KubeRoute>> byKey(List<KubeRoute> routes) {
        Map<String, List<KubeRoute>> byKey = new LinkedHashMap<>();
        for (KubeRoute route : routes) {
            if (route.alias() == null || route.destination() == null || route.nextHopAddress() == null) {
                continue;
            }
            String key = route.alias().trim().toLowerCase(Locale.ROOT) + " " + route.destination().toCanonicalString();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(route);
        }
        return byKey;
    }

    /** The same next hops and metrics, in the same order. */
    private static boolean sameRoutes(List<KubeRoute> a, List<KubeRoute> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            KubeRoute x = a.get(i);
            KubeRoute y = b.get(i);
            if (!x.nextHopAddress().withoutPrefixLength().equals(y.nextHopAddress().withoutPrefixLength())
                    || !Objects.equals(x.metric(), y.metric()) || !x.alias().trim().equals(y.alias().trim())) {
                return false;
            }
        }
        return true;
    }

    /** The script: a header, then each command under a comment naming where its values are written. */
    public static void writePowerShell(String current, String proposed, List<Step> steps, Writer out)
            throws IOException {
        out.write("# " + Version.NAME + " " + Version.VERSION + " plan from " + ApplyScript.comment(current) + " to "
                + ApplyScript.comment(proposed) + ": only what changes.\n");
        out.write("# Run in the device's PowerShell interface, the commands in the order written.\n");
        if (steps.isEmpty()) {
            out.write("# nothing to apply: the routes and the pod and service subnets are the same\n");
        }
        for (Step step : steps) {
            List<String> places = new ArrayList<>();
            for (Location source : step.sources()) {
                places.add(source.file() + ":" + source.line());
            }
            if (!places.isEmpty()) {
                out.write("# " + ApplyScript.comment(String.join(", ", places)) + "\n");
            }
            out.write(step.command() + "\n");
        }
    }

    /**
     * The plan as JSON: the two sides, whether it may be applied, its steps (none when it may not: the
     * findings say why), the changes and the findings, each as {@code netlint diff --format json} writes them.
     */
    private static void writeJson(String current, String proposed, boolean applicable, List<Change> changes,
                                  List<Step> steps, List<Finding> findings, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("tool").beginObject().field("name", Version.NAME).field("version", Version.VERSION).endObject();
        json.field("current", current).field("proposed", proposed).field("applicable", applicable);
        json.name("steps").beginArray();
        for (Step step : steps) {
            ApplyScript.step(json, step);
        }
        json.endArray();
        TransitionReport.changes(json, changes);
        TransitionReport.findings(json, findings);
        json.endObject();
        out.write('\n');
    }
}
