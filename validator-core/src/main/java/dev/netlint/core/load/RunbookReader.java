package dev.netlint.core.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PowerShell runbook of a device folder ({@code *.ps1}), read for the cmdlets that change the
 * Kubernetes networking of the device: {@code Add-HcsNetRoute} (a route of the Kubernetes VMs),
 * {@code Remove-HcsNetRoute} (removes a route the runbook added before) and
 * {@code Set-HcsKubeClusterNetworkInfo} (the pod and service subnets). Parameters are taken by name, in
 * any order and case, or by a prefix that names one parameter alone, as PowerShell takes them. The
 * script is not run: a value that is not literal (a variable, a subexpression) cannot be checked, so its
 * command is left out, with a warning that says so. Values are read by the same scalar types as the
 * {@code kubernetes} block, so the findings are the same; their pointers are {@code /N/Parameter}, N
 * the command's index among the script's commands.
 */
final class RunbookReader {

    static final String ADD_ROUTE = "Add-HcsNetRoute";
    static final String REMOVE_ROUTE = "Remove-HcsNetRoute";
    static final String SET_SUBNETS = "Set-HcsKubeClusterNetworkInfo";

    /** The parameters every cmdlet takes; those that take no value are switches. */
    private static final Set<String> COMMON_SWITCHES = Set.of("Verbose", "Debug", "WhatIf", "Confirm");
    private static final Set<String> COMMON_VALUED = Set.of("ErrorAction", "WarningAction", "InformationAction",
            "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
            "ProgressAction");
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            ADD_ROUTE, List.of("InterfaceAlias", "DestinationPrefix", "NextHop", "RouteMetric"),
            REMOVE_ROUTE, List.of("InterfaceAlias", "DestinationPrefix"),
            SET_SUBNETS, List.of("PodSubnet", "ServiceSubnet"));

    private static final ValueType<Located<IPAddress>> DESTINATION =
            Scalars.address(Scalars.Family.ANY, true, "a destination prefix");
    private static final ValueType<Located<IPAddress>> NEXT_HOP =
            Scalars.address(Scalars.Family.ANY, false, "a next hop address");
    private static final ValueType<Located<IPAddress>> POD_SUBNET = Scalars.prefix("a pod subnet prefix");
    private static final ValueType<Located<IPAddress>> SERVICE_SUBNET = Scalars.prefix("a service subnet prefix");

    private final String file;
    private final TokenCursor cursor = new TokenCursor();
    private final Reading reading;
    private final List<KubeRoute> routes = new ArrayList<>();
    private Located<IPAddress> podSubnet;
    private Located<IPAddress> serviceSubnet;

    private RunbookReader(String file) {
        this.file = file;
        this.reading = new Reading(file, cursor);
    }

    /** What the runbook sets on the cluster, as a {@code kubernetes} contribution, and its problems. */
    record Runbook(Kubernetes kubernetes, List<LoadProblem> problems) {
    }

    static Runbook read(String file, String text) {
        RunbookReader reader = new RunbookReader(file);
        List<PowerShellScript.Command> commands = PowerShellScript.commands(text);
        for (int index = 0; index < commands.size(); index++) {
            reader.command(commands.get(index), JsonPointer.ROOT.child(index));
        }
        return new Runbook(new Kubernetes(null, reader.podSubnet, reader.serviceSubnet, List.copyOf(reader.routes),
                List.of(), List.of()), List.copyOf(reader.reading.problems()));
    }

    private void command(PowerShellScript.Command command, JsonPointer at) {
        String name = cmdlet(command.name().text());
        if (name == null) {
            return;
        }
        Location entry = new Location(file, command.name().line(), command.name().column(), at);
        Map<String, PowerShellScript.Token> values = parameters(name, command, at, entry);
        if (values == null) {
            return;
        }
        switch (name) {
            case ADD_ROUTE -> addRoute(values, entry, at);
            case REMOVE_ROUTE -> removeRoute(values, at);
            default -> setSubnets(values, at);
        }
    }

    private static String cmdlet(String written) {
        for (String known : PARAMETERS.keySet()) {
            if (known.equalsIgnoreCase(written)) {
                return known;
            }
        }
        return null;
    }

    /**
     * The named values of a command, by parameter; {@code null} when the command is left out (it changes
     * nothing, or one of its values cannot be known), after saying why.
     */
    private Map<String, PowerShellScript.Token> parameters(String cmdlet, PowerShellScript.Command command,
                                                          JsonPointer at, Location entry) {
        List<String> own = PARAMETERS.get(cmdlet);
        Map<String, PowerShellScript.Token> values = new LinkedHashMap<>();
        boolean leftOut = false;
        List<PowerShellScript.Token> arguments = command.arguments();
        for (int k = 0; k < arguments.size(); k++) {
            PowerShellScript.Token token = arguments.get(k);
            PowerShellScript.Token next = k + 1 < arguments.size() ? arguments.get(k + 1) : null;
            Location here = new Location(file, token.line(), token.column(), at);
            if (!token.parameter()) {
                reading.problems().add(new LoadProblem(LoadProblem.INVALID_VALUE, Severity.WARNING, here,
                        Messages.quote(token.text()) + " is not given to a named parameter of " + cmdlet + ": netlint"
                                + " reads this cmdlet's parameters by name, so the command is left out", List.of()));
                leftOut = true;
                continue;
            }
            String parameter = resolve(token.text().substring(1), own);
            if (parameter == null) {
                // PowerShell refuses a command with a parameter it does not have: nothing is added
                String closest = Spelling.closest(token.text().substring(1), own);
                reading.problems().add(new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.ERROR, here,
                        "unknown parameter '" + Messages.abbreviate(token.text()) + "' of " + cmdlet
                                + (closest != null ? "; did you mean '-" + closest + "'?"
                                : "; its parameters are -" + String.join(", -", own))
                                + " PowerShell refuses the command, so it changes nothing", List.of()));
                if (next != null && !next.parameter()) {
                    k++;
                }
                leftOut = true;
                continue;
            }
            if (COMMON_SWITCHES.contains(parameter)) {
                boolean off = next != null && next.bound() && next.text().equalsIgnoreCase("$false");
                if (next != null && next.bound()) {
                    k++;
                }
                if (parameter.equals("WhatIf") && !off) {
                    // -WhatIf only shows what the command would do: it changes nothing
                    return null;
                }
                continue;
            }
            if (next == null || next.parameter()) {
                if (own.contains(parameter)) {
                    reading.missing(here, "-" + parameter + " of " + cmdlet + " has no value");
                    leftOut = true;
                }
                continue;
            }
            k++;
            if (COMMON_VALUED.contains(parameter)) {
                continue;
            }
            if (!next.literal()) {
                reading.problems().add(new LoadProblem(LoadProblem.INVALID_VALUE, Severity.WARNING,
                        new Location(file, next.line(), next.column(), at.child(parameter)), "-" + parameter + " "
                        + Messages.abbreviate(next.text()) + " is not a literal value: netlint reads the runbook"
                        + " without running it, so this " + cmdlet + " is left out", List.of()));
                leftOut = true;
                continue;
            }
            values.put(parameter, next);
        }
        return leftOut ? null : values;
    }

    /** The parameter a name or unambiguous prefix stands for, among the cmdlet's own and the common ones. */
    private static String resolve(String written, List<String> own) {
        List<String> all = new ArrayList<>(own);
        all.addAll(COMMON_SWITCHES);
        all.addAll(COMMON_VALUED);
        String match = null;
        for (String parameter : all) {
            if (parameter.equalsIgnoreCase(written)) {
                return parameter;
            }
            if (parameter.toLowerCase(Locale.ROOT).startsWith(written.toLowerCase(Locale.ROOT))) {
                if (match != null) {
                    return null;
                }
                match = parameter;
            }
        }
        return match;
    }

    private <V> V value(ValueType<V> type, PowerShellScript.Token token, JsonPointer at) {
        if (token == null) {
            return null;
        }
        cursor.set(token);
        return type.read(reading, at);
    }

    private void addRoute(Map<String, PowerShellScript.Token> values, Location entry, JsonPointer at) {
        for (String required : List.of("InterfaceAlias", "DestinationPrefix", "NextHop")) {
            if (!values.containsKey(required)) {
                reading.missing(entry, "route has no " + Character.toLowerCase(required.charAt(0))
                        + required.substring(1) + " (Add-HcsNetRoute requires -" + required + ")");
            }
        }
        KubeRoute route = new KubeRoute(entry,
                value(Scalars.TEXT, values.get("InterfaceAlias"), at.child("InterfaceAlias")),
                value(DESTINATION, values.get("DestinationPrefix"), at.child("DestinationPrefix")),
                value(NEXT_HOP, values.get("NextHop"), at.child("NextHop")),
                value(Scalars.TEXT, values.get("RouteMetric"), at.child("RouteMetric")));
        routes.add(route);
    }

    /** Removes the routes added before in this runbook on the same interface to the same destination. */
    private void removeRoute(Map<String, PowerShellScript.Token> values, JsonPointer at) {
        Located<String> alias = value(Scalars.TEXT, values.get("InterfaceAlias"), at.child("InterfaceAlias"));
        Located<IPAddress> destination = value(DESTINATION, values.get("DestinationPrefix"),
                at.child("DestinationPrefix"));
        if (alias == null || destination == null) {
            return;
        }
        IPAddress block = Addresses.block(destination.value());
        routes.removeIf(route -> route.alias() != null && route.alias().trim().equalsIgnoreCase(alias.value().trim())
                && route.destination() != null && route.destination().equals(block));
    }

    private void setSubnets(Map<String, PowerShellScript.Token> values, JsonPointer at) {
        Located<IPAddress> pods = value(POD_SUBNET, values.get("PodSubnet"), at.child("PodSubnet"));
        Located<IPAddress> services = value(SERVICE_SUBNET, values.get("ServiceSubnet"), at.child("ServiceSubnet"));
        if (pods != null) {
            podSubnet = pods;
        }
        if (services != null) {
            serviceSubnet = services;
        }
    }

    /** A cursor on one token of the script, so that the scalar types read it as they read YAML and JSON. */
    private static final class TokenCursor extends Cursor {

        private PowerShellScript.Token token;
        private boolean consumed;

        void set(PowerShellScript.Token value) {
            this.token = value;
            this.consumed = false;
        }

        @Override
        Kind kind() {
            return consumed ? Kind.END : Kind.SCALAR;
        }

        @Override
        String text() {
            return token.text();
        }

        @Override
        boolean plain() {
            return false;
        }

        @Override
        String tag() {
            return null;
        }

        @Override
        int line() {
            return token.line();
        }

        @Override
        int column() {
            return token.column();
        }

        @Override
        int[] origin() {
            return null;
        }

        @Override
        void advance() {
            consumed = true;
        }
    }
}
