package dev.netlint.core.internal.load.runbook;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.load.runbook.PowerShellScript.Command;
import dev.netlint.core.internal.load.runbook.PowerShellScript.Kind;
import dev.netlint.core.internal.load.runbook.PowerShellScript.Shape;
import dev.netlint.core.internal.load.runbook.PowerShellScript.Token;
import dev.netlint.core.internal.load.schema.Reading;
import dev.netlint.core.internal.load.schema.Scalars;
import dev.netlint.core.internal.load.schema.ValueType;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.internal.load.source.Messages;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.RouteRemoval;
import dev.netlint.core.model.UnreadRoute;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PowerShell runbook of a device folder ({@code *.ps1}), read for the cmdlets that change the
 * Kubernetes networking of the device: {@code Add-HcsNetRoute} (a route of the Kubernetes VMs),
 * {@code Remove-HcsNetRoute} (removes a route declared before it, in any file) and
 * {@code Set-HcsKubeClusterNetworkInfo} (the pod and service subnets).
 *
 * <p>It reads what PowerShell binds: parameters by name, in any order and case, or by a prefix that names
 * one parameter alone, or by a common parameter's alias ({@code -ea}); {@code -Name:value} as
 * {@code -Name value}; a parameter given twice is refused, as PowerShell refuses it. It follows the
 * literal data of the script: variables assigned a literal earlier in the file, splats of literal
 * hashtables ({@code Add-HcsNetRoute @route}), {@code foreach} over a literal list, and {@code if} on a
 * literal condition. What it cannot know (a value from elsewhere, a pipeline, a computed value, a
 * condition it cannot evaluate) is unknown, not absent: the command is left out of the routes with a
 * warning, and recorded as an unread route, so that the rules that judge the whole route set stay
 * silent for the networks it could serve; an unknown subnet is unknown, not the default. Values are
 * read by the same scalar types as the {@code kubernetes} block, so the findings are the same; their
 * pointers are {@code /N/Parameter}, N the command's index among the script's commands.
 */
public final class RunbookReader {

    static final String ADD_ROUTE = "Add-HcsNetRoute";
    static final String REMOVE_ROUTE = "Remove-HcsNetRoute";
    static final String SET_SUBNETS = "Set-HcsKubeClusterNetworkInfo";

    /** The parameters every cmdlet takes; those that take no value are switches. */
    private static final Set<String> COMMON_SWITCHES = Set.of("Verbose", "Debug", "WhatIf", "Confirm");
    private static final Set<String> COMMON_VALUED = Set.of("ErrorAction", "WarningAction", "InformationAction",
            "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
            "ProgressAction");
    /** The common parameters' aliases, as about_CommonParameters lists them. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("ea", "ErrorAction"),
            Map.entry("ev", "ErrorVariable"), Map.entry("wa", "WarningAction"), Map.entry("wv", "WarningVariable"),
            Map.entry("vb", "Verbose"), Map.entry("db", "Debug"), Map.entry("ov", "OutVariable"),
            Map.entry("ob", "OutBuffer"), Map.entry("iv", "InformationVariable"),
            Map.entry("infa", "InformationAction"), Map.entry("pv", "PipelineVariable"),
            Map.entry("proga", "ProgressAction"), Map.entry("wi", "WhatIf"), Map.entry("cf", "Confirm"));
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

    /** What a variable holds: one value, a list of them, or a hashtable (a token of that kind). */
    private record Value(List<Token> tokens, boolean list) {

        boolean single() {
            return !list && tokens.size() == 1;
        }
    }

    /**
     * One change of the route set, in script order: a route added or a removal.
     */
    public record RouteChange(KubeRoute added, RouteRemoval removed) {
    }

    private final String file;
    private final List<Command> commands;
    private final int[] indexes;
    private final TokenCursor cursor = new TokenCursor();
    private final Reading reading;
    private final List<RouteChange> changes = new ArrayList<>();
    private final List<UnreadRoute> unreadRoutes = new ArrayList<>();
    private final Set<String> unknown = new HashSet<>();
    /** The variables assigned a literal, by lower-case name. */
    private final Map<String, Value> variables = new HashMap<>();
    /** The variables assigned something netlint cannot read, with where. */
    private final Map<String, Token> unreadable = new HashMap<>();
    /** Above 0 inside a block that may or may not run (a condition netlint cannot evaluate). */
    private int uncertain;
    private Located<IPAddress> podSubnet;
    private Located<IPAddress> serviceSubnet;

    private RunbookReader(String file, List<Command> commands) {
        this.file = file;
        this.commands = commands;
        this.reading = new Reading(file, cursor);
        this.indexes = new int[commands.size()];
        int n = 0;
        for (int k = 0; k < commands.size(); k++) {
            indexes[k] = n;
            if (commands.get(k).shape() == Shape.COMMAND) {
                n++;
            }
        }
    }

    /**
     * What the runbook sets on the cluster, as a {@code kubernetes} contribution (its routes after its own
     * removals, as the runbook alone would leave them), its route changes in script order, and its problems.
     */
    public record Runbook(Kubernetes kubernetes, List<RouteChange> changes, List<LoadProblem> problems) {
    }

    public static Runbook read(String file, String text) {
        RunbookReader reader = new RunbookReader(file, PowerShellScript.commands(text));
        reader.run(0, reader.commands.size());
        List<KubeRoute> routes = new ArrayList<>();
        List<RouteRemoval> removals = new ArrayList<>();
        for (RouteChange change : reader.changes) {
            if (change.added() != null) {
                routes.add(change.added());
            } else {
                routes.removeIf(change.removed()::matches);
                removals.add(change.removed());
            }
        }
        return new Runbook(new Kubernetes(null, reader.podSubnet, reader.serviceSubnet, List.copyOf(routes),
                List.of(), List.of(), reader.unknown, removals, reader.unreadRoutes), List.copyOf(reader.changes),
                List.copyOf(reader.reading.problems()));
    }

    // ---------------------------------------------------------------- the script's flow

    /** Runs the statements {@code [from, to)}. */
    private void run(int from, int to) {
        int k = from;
        while (k < to) {
            Command command = commands.get(k);
            if (command.shape() == Shape.OPEN) {
                // a block netlint does not follow (a script block, a function body): read as if run once
                int close = close(k, to);
                run(k + 1, close);
                k = close + 1;
                continue;
            }
            if (command.shape() == Shape.CLOSE) {
                k++;
                continue;
            }
            String head = command.name().text().toLowerCase(Locale.ROOT);
            if (head.equals("foreach") && condition(command) != null && opens(k + 1, to)) {
                k = loop(command, k + 1, to);
            } else if (head.equals("if") && condition(command) != null && opens(k + 1, to)) {
                k = branches(k, to);
            } else if (command.name().variable() != null && !command.arguments().isEmpty()
                    && command.arguments().get(0).text().equals("=")) {
                assign(command);
                k++;
            } else {
                command(command, JsonPointer.ROOT.child(indexes[k]));
                k++;
            }
        }
    }

    private boolean opens(int k, int to) {
        return k < to && commands.get(k).shape() == Shape.OPEN;
    }

    /** The index of the brace that closes the block opened at {@code open}, or {@code to}. */
    private int close(int open, int to) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            Shape shape = commands.get(k).shape();
            if (shape == Shape.OPEN) {
                depth++;
            } else if (shape == Shape.CLOSE && --depth == 0) {
                return k;
            }
        }
        return to;
    }

    private static Token condition(Command command) {
        if (command.arguments().size() != 1 || command.arguments().get(0).kind() != Kind.CONDITION) {
            return null;
        }
        return command.arguments().get(0);
    }

    /**
     * {@code foreach ($net in 'a', 'b') { ... }}: the body once per element of a literal list, the loop
     * variable bound to it; once with the variable unknown when the list is not literal.
     */
    private int loop(Command head, int open, int to) {
        int close = close(open, to);
        List<Token> parts = condition(head).elements();
        String variable = parts.isEmpty() ? null : parts.get(0).variable();
        List<Token> items = parts.size() > 2 && parts.get(1).text().equalsIgnoreCase("in")
                ? values(parts.subList(2, parts.size())) : null;
        if (variable == null) {
            run(open + 1, close);
        } else if (items == null) {
            unreadable.put(variable, parts.size() > 2 ? parts.get(2) : head.name());
            variables.remove(variable);
            uncertain++;
            run(open + 1, close);
            uncertain--;
        } else {
            for (Token item : items) {
                variables.put(variable, new Value(List.of(item), false));
                unreadable.remove(variable);
                run(open + 1, close);
            }
        }
        return close + 1;
    }

    /** The values of a literal list ({@code 'a', 'b'}, {@code @('a', 'b')}, a variable holding one); else null. */
    private List<Token> values(List<Token> written) {
        List<Token> items = new ArrayList<>();
        boolean comma = true;
        for (Token token : written) {
            if (token.kind() == Kind.COMMA) {
                if (comma) {
                    return null;
                }
                comma = true;
                continue;
            }
            if (!comma) {
                return null;
            }
            comma = false;
            if (token.kind() == Kind.ARRAY) {
                List<Token> inner = values(token.elements());
                if (inner == null) {
                    return null;
                }
                items.addAll(inner);
            } else if (token.variable() != null) {
                Value value = variables.get(token.variable());
                if (value == null) {
                    return null;
                }
                items.addAll(value.tokens());
            } else if (token.kind() == Kind.VALUE && token.literal() && !token.parameter()) {
                items.add(token);
            } else {
                return null;
            }
        }
        return items;
    }

    /** {@code if (...) {...} elseif (...) {...} else {...}}: the branches a literal condition selects. */
    private int branches(int k, int to) {
        boolean taken = false;
        boolean maybe = false;
        while (k < to) {
            Command command = commands.get(k);
            String head = command.name().text().toLowerCase(Locale.ROOT);
            boolean isElse = head.equals("else") && command.arguments().isEmpty();
            boolean isIf = (head.equals("if") || head.equals("elseif")) && condition(command) != null;
            if (!isElse && !isIf || !opens(k + 1, to)) {
                return k;
            }
            int close = close(k + 1, to);
            Boolean test = isElse ? Boolean.TRUE : truth(condition(command).elements());
            if (!taken) {
                if (test == null || maybe) {
                    uncertain++;
                    run(k + 2, close);
                    uncertain--;
                    maybe |= test == null;
                    taken = !maybe && Boolean.TRUE.equals(test);
                } else if (test) {
                    run(k + 2, close);
                    taken = true;
                }
            }
            k = close + 1;
            if (isElse) {
                return k;
            }
        }
        return k;
    }

    /** The truth of a literal condition, as about_Booleans gives it; {@code null} when not literal. */
    private Boolean truth(List<Token> condition) {
        if (condition.size() != 1) {
            return null;
        }
        Token token = condition.get(0);
        String text = token.text().toLowerCase(Locale.ROOT);
        if (token.kind() == Kind.VALUE && !token.literal()) {
            if (text.equals("$false") || text.equals("$null")) {
                return false;
            }
            if (text.equals("$true")) {
                return true;
            }
            Value value = token.variable() == null ? null : variables.get(token.variable());
            return value == null || !value.single() ? null : truth(value.tokens());
        }
        if (token.kind() != Kind.VALUE || token.parameter()) {
            return null;
        }
        if (token.template() == null && isQuoted(token)) {
            return !token.text().isEmpty();
        }
        try {
            return Double.parseDouble(token.text()) != 0;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a literal token was written as a string (a number is a bare word of digits). */
    private static boolean isQuoted(Token token) {
        return !token.text().matches("[-+]?[0-9][0-9a-fA-FxX.]*");
    }

    /** {@code $name = literal}: the variable holds it; anything else makes it unknown. */
    private void assign(Command command) {
        String name = command.name().variable();
        List<Token> written = command.arguments().subList(1, command.arguments().size());
        List<Token> items = written.size() == 1 && written.get(0).kind() == Kind.HASHTABLE
                ? List.of(evaluated(written.get(0))) : values(written);
        if (items == null || items.isEmpty() || uncertain > 0) {
            variables.remove(name);
            unreadable.put(name, written.isEmpty() ? command.name() : written.get(0));
            return;
        }
        boolean list = written.size() > 1 || written.get(0).kind() == Kind.ARRAY;
        variables.put(name, new Value(List.copyOf(items), list));
        unreadable.remove(name);
    }

    /** A hashtable with each value that refers to a variable replaced by what it holds now, when known. */
    private Token evaluated(Token table) {
        List<PowerShellScript.Entry> entries = new ArrayList<>();
        for (PowerShellScript.Entry entry : table.entries()) {
            Token value = entry.value().literal() ? entry.value() : resolveValue(entry.value());
            entries.add(new PowerShellScript.Entry(entry.key(), value == null ? entry.value() : value));
        }
        return new Token(table.text(), table.line(), table.column(), false, true, false, Kind.HASHTABLE, List.of(),
                List.copyOf(entries), null);
    }

    // ---------------------------------------------------------------- one cmdlet

    /** One parameter as bound: its name as resolved, where it was written, and its value token. */
    private record Bound(String parameter, Token name, Token value) {
    }

    private void command(Command command, JsonPointer at) {
        String name = cmdlet(command.name().text());
        if (name == null) {
            return;
        }
        Location entry = new Location(file, command.name().line(), command.name().column(), at);
        Map<String, Token> values = parameters(name, command, at, entry);
        if (values == null) {
            return;
        }
        if (uncertain > 0) {
            unread(name, values, name.equals(SET_SUBNETS) ? values.keySet() : Set.of(), entry, at, "this " + name + " stands in a block that runs only"
                    + " on a condition netlint cannot evaluate", entry);
            return;
        }
        switch (name) {
            case ADD_ROUTE -> addRoute(values, entry, at);
            case REMOVE_ROUTE -> removeRoute(values, entry, at);
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

    /** The arguments of a command with each splat replaced by its entries, as PowerShell binds them. */
    private List<Token> expanded(List<Token> arguments, List<Token> unknownSplats) {
        List<Token> all = new ArrayList<>();
        for (Token token : arguments) {
            if (token.kind() == Kind.VALUE && !token.literal() && token.text().startsWith("@")
                    && token.text().length() > 1) {
                Value value = variables.get(token.text().substring(1).toLowerCase(Locale.ROOT));
                if (value == null || value.tokens().size() != 1 || value.tokens().get(0).kind() != Kind.HASHTABLE) {
                    unknownSplats.add(token);
                    continue;
                }
                for (PowerShellScript.Entry e : value.tokens().get(0).entries()) {
                    all.add(new Token("-" + e.key().text(), e.key().line(), e.key().column(), true, true));
                    all.add(e.value().withBound());
                }
                continue;
            }
            all.add(token);
        }
        return all;
    }

    /**
     * The named values of a command, by parameter; {@code null} when the command is left out (PowerShell
     * refuses it, it changes nothing, or one of its values cannot be known), after saying why.
     */
    private Map<String, Token> parameters(String cmdlet, Command command, JsonPointer at, Location entry) {
        List<String> own = PARAMETERS.get(cmdlet);
        List<Token> placeholders = new ArrayList<>();
        collectPlaceholders(command.arguments(), placeholders);
        if (!placeholders.isEmpty()) {
            Token first = placeholders.get(0);
            reading.problems().add(new LoadProblem(LoadProblem.INVALID_VALUE, Severity.ERROR,
                    new Location(file, first.line(), first.column(), at), Messages.abbreviate(first.text())
                    + (placeholders.size() > 1 ? " (and " + (placeholders.size() - 1) + " more <...>)" : "")
                    + " is a placeholder of the vendor's syntax, not a value: PowerShell cannot parse '<' there,"
                    + " so this " + cmdlet + " is not applied; write the value in its place", List.of()));
            return null;
        }
        List<Token> unknownSplats = new ArrayList<>();
        List<Token> arguments = expanded(command.arguments(), unknownSplats);
        Map<String, Bound> bound = new LinkedHashMap<>();
        List<Token> unreadValues = new ArrayList<>();
        List<String> unreadParameters = new ArrayList<>();
        boolean refused = false;
        boolean leftOut = !unknownSplats.isEmpty();
        for (int k = 0; k < arguments.size(); k++) {
            Token token = arguments.get(k);
            Token next = k + 1 < arguments.size() ? arguments.get(k + 1) : null;
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
                refused = true;
                continue;
            }
            Token value = null;
            if (COMMON_SWITCHES.contains(parameter)) {
                if (next != null && next.bound()) {
                    value = next;
                    k++;
                }
            } else if (next != null && !next.parameter()) {
                value = next;
                k++;
                // a list given to a parameter: its elements and commas, up to the next parameter
                while (k + 1 < arguments.size() && arguments.get(k + 1).kind() == Kind.COMMA) {
                    k += k + 2 < arguments.size() ? 2 : 1;
                    value = new Token(value.text(), value.line(), value.column(), false, false, value.bound(),
                            Kind.ARRAY, List.of(), List.of(), null);
                }
            }
            Bound earlier = bound.get(parameter);
            if (earlier != null) {
                reading.problems().add(new LoadProblem(LoadProblem.DUPLICATE_KEY, Severity.ERROR, here,
                        "-" + parameter + " is given twice to " + cmdlet + " (first at line " + earlier.name().line()
                                + ", column " + earlier.name().column() + "): PowerShell refuses the command"
                                + " (ParameterAlreadyBound), so it changes nothing", List.of()));
                refused = true;
                continue;
            }
            bound.put(parameter, new Bound(parameter, token, value));
        }
        if (refused) {
            return null;
        }
        Map<String, Token> values = new LinkedHashMap<>();
        for (Bound b : bound.values()) {
            String parameter = b.parameter();
            Location here = new Location(file, b.name().line(), b.name().column(), at);
            if (COMMON_SWITCHES.contains(parameter)) {
                Boolean on = b.value() == null ? Boolean.TRUE : truth(List.of(b.value()));
                if (parameter.equals("WhatIf") && !Boolean.FALSE.equals(on)) {
                    // -WhatIf only shows what the command would do: it changes nothing
                    return null;
                }
                continue;
            }
            if (b.value() == null) {
                if (own.contains(parameter)) {
                    reading.missing(here, "-" + parameter + " of " + cmdlet + " has no value");
                    leftOut = true;
                }
                continue;
            }
            if (COMMON_VALUED.contains(parameter)) {
                continue;
            }
            Token resolved = resolveValue(b.value());
            if (resolved == null) {
                unreadValues.add(b.value());
                unreadParameters.add(parameter);
                continue;
            }
            values.put(parameter, resolved);
        }
        if (!unreadValues.isEmpty() || !unknownSplats.isEmpty()) {
            Token first = !unknownSplats.isEmpty() ? unknownSplats.get(0) : unreadValues.get(0);
            List<String> what = new ArrayList<>();
            for (Token splat : unknownSplats) {
                what.add(Messages.abbreviate(splat.text()) + why(splat.text().substring(1).toLowerCase(Locale.ROOT),
                        " is not a literal hashtable"));
            }
            for (Token value : unreadValues) {
                what.add(Messages.abbreviate(value.text()) + (value.variable() != null ? why(value.variable(),
                        " is not assigned a literal earlier in this file") : " is not a literal value"));
            }
            Set<String> unknownParameters = new HashSet<>(unreadParameters);
            if (!unknownSplats.isEmpty()) {
                unknownParameters.addAll(own);
            }
            Location here = new Location(file, first.line(), first.column(), at);
            unread(cmdlet, values, unknownParameters, entry, at, String.join("; ", what), here);
            return null;
        }
        return leftOut ? null : values;
    }

    private String why(String variable, String otherwise) {
        Token assigned = unreadable.get(variable);
        return assigned == null ? otherwise : " holds what netlint cannot read (line " + assigned.line() + ")";
    }

    private static void collectPlaceholders(List<Token> tokens, List<Token> into) {
        for (Token token : tokens) {
            if (token.kind() == Kind.PLACEHOLDER) {
                into.add(token);
            }
        }
    }

    /**
     * The literal a value token stands for: itself, a variable assigned a literal, or a double-quoted
     * string whose variables all are; {@code null} when it cannot be known.
     */
    private Token resolveValue(Token token) {
        if (token.kind() != Kind.VALUE) {
            return null;
        }
        if (token.literal()) {
            return token;
        }
        if (token.variable() != null) {
            Value value = variables.get(token.variable());
            if (value == null || !value.single() || value.tokens().get(0).kind() != Kind.VALUE) {
                return null;
            }
            Token held = value.tokens().get(0);
            return new Token(held.text(), held.line(), held.column(), false, true, token.bound());
        }
        if (token.template() != null) {
            String expanded = expand(token.template());
            return expanded == null ? null : new Token(expanded, token.line(), token.column(), false, true,
                    token.bound());
        }
        return null;
    }

    /** A double-quoted string with its {@code $name} and {@code ${name}} replaced; {@code null} when one is unknown. */
    private String expand(String template) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < template.length()) {
            char c = template.charAt(k);
            if (c == '\uE000') {
                out.append('$');
                k++;
                continue;
            }
            if (c != '$' || k + 1 >= template.length()) {
                out.append(c);
                k++;
                continue;
            }
            char next = template.charAt(k + 1);
            int start;
            int stop;
            int after;
            if (next == '{') {
                start = k + 2;
                stop = template.indexOf('}', start);
                if (stop < 0) {
                    return null;
                }
                after = stop + 1;
            } else if (Character.isLetterOrDigit(next) || next == '_') {
                start = k + 1;
                stop = start;
                while (stop < template.length() && (Character.isLetterOrDigit(template.charAt(stop))
                        || template.charAt(stop) == '_')) {
                    stop++;
                }
                after = stop;
            } else if (next == '(') {
                return null;
            } else {
                out.append(c);
                k++;
                continue;
            }
            Value value = variables.get(template.substring(start, stop).toLowerCase(Locale.ROOT));
            if (value == null || !value.single() || value.tokens().get(0).kind() != Kind.VALUE) {
                return null;
            }
            out.append(value.tokens().get(0).text());
            k = after;
        }
        return out.toString();
    }

    /**
     * A command left out because netlint cannot know what it does: unknown, not absent. {@code unknownParameters}
     * are those whose value is unknown.
     */
    private void unread(String cmdlet, Map<String, Token> values, Set<String> unknownParameters, Location entry,
                        JsonPointer at, String reason, Location here) {
        String consequence;
        if (cmdlet.equals(SET_SUBNETS)) {
            List<String> nouns = new ArrayList<>();
            if (unknownParameters.contains("PodSubnet")) {
                unknown.add(Kubernetes.POD_SUBNET.path());
                nouns.add("pod");
            }
            if (unknownParameters.contains("ServiceSubnet")) {
                unknown.add(Kubernetes.SERVICE_SUBNET.path());
                nouns.add("service");
            }
            // the subnets this command may set are unknown: not the ones written before, not the defaults
            consequence = "the " + String.join(" and ", nouns) + " subnet" + (nouns.size() > 1 ? "s are" : " is")
                    + " unknown (neither the default nor one written before), and the rules that need "
                    + (nouns.size() > 1 ? "them" : "it") + " stay silent";
        } else {
            IPAddress destination = null;
            Token written = values.get("DestinationPrefix");
            if (written != null && !unknownParameters.contains("DestinationPrefix")) {
                Located<IPAddress> read = value(DESTINATION, written, at.child("DestinationPrefix"));
                destination = read == null ? null : Addresses.block(read.value());
            }
            unreadRoutes.add(new UnreadRoute(entry, destination));
            consequence = "the rules that judge the whole route set (network-unreachable, network-partially-routed)"
                    + " stay silent for " + (destination == null ? "every network"
                    : "the networks " + destination.toCanonicalString() + " could serve");
        }
        reading.problems().add(new LoadProblem(LoadProblem.INVALID_VALUE, Severity.WARNING, here, reason
                + ": netlint reads the runbook without running it, so this " + cmdlet + " is left out, and "
                + consequence, List.of()));
    }

    /** The parameter a name, common alias or unambiguous prefix stands for, among the cmdlet's own and the common ones. */
    private static String resolve(String written, List<String> own) {
        String alias = ALIASES.get(written.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
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

    private <V> V value(ValueType<V> type, Token token, JsonPointer at) {
        if (token == null) {
            return null;
        }
        cursor.set(token);
        return type.read(reading, at);
    }

    private void addRoute(Map<String, Token> values, Location entry, JsonPointer at) {
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
        changes.add(new RouteChange(route, null));
    }

    /** A removal, applied to the merged route set in effect order. */
    private void removeRoute(Map<String, Token> values, Location entry, JsonPointer at) {
        for (String required : PARAMETERS.get(REMOVE_ROUTE)) {
            if (!values.containsKey(required)) {
                reading.missing(entry, "Remove-HcsNetRoute has no -" + required + " (it requires -InterfaceAlias"
                        + " and -DestinationPrefix)");
            }
        }
        Located<String> alias = value(Scalars.TEXT, values.get("InterfaceAlias"), at.child("InterfaceAlias"));
        Located<IPAddress> destination = value(DESTINATION, values.get("DestinationPrefix"),
                at.child("DestinationPrefix"));
        if (alias == null || destination == null) {
            return;
        }
        changes.add(new RouteChange(null, new RouteRemoval(entry, alias, destination, List.of())));
    }

    private void setSubnets(Map<String, Token> values, JsonPointer at) {
        Located<IPAddress> pods = value(POD_SUBNET, values.get("PodSubnet"), at.child("PodSubnet"));
        Located<IPAddress> services = value(SERVICE_SUBNET, values.get("ServiceSubnet"), at.child("ServiceSubnet"));
        if (pods != null) {
            podSubnet = pods;
            unknown.remove(Kubernetes.POD_SUBNET.path());
        } else if (values.containsKey("PodSubnet")) {
            unknown.add(Kubernetes.POD_SUBNET.path());
        }
        if (services != null) {
            serviceSubnet = services;
            unknown.remove(Kubernetes.SERVICE_SUBNET.path());
        } else if (values.containsKey("ServiceSubnet")) {
            unknown.add(Kubernetes.SERVICE_SUBNET.path());
        }
    }

    /** A cursor on one token of the script, so that the scalar types read it as they read YAML and JSON. */
    private static final class TokenCursor extends Cursor {

        private Token token;
        private boolean consumed;

        void set(Token value) {
            this.token = value;
            this.consumed = false;
        }

        @Override
        public Cursor.Kind kind() {
            return consumed ? Cursor.Kind.END : Cursor.Kind.SCALAR;
        }

        @Override
        public String text() {
            return token.text();
        }

        @Override
        public boolean plain() {
            return false;
        }

        @Override
        public String tag() {
            return null;
        }

        @Override
        public int line() {
            return token.line();
        }

        @Override
        public int column() {
            return token.column();
        }

        @Override
        public int[] origin() {
            return null;
        }

        @Override
        public void advance() {
            consumed = true;
        }
    }
}
