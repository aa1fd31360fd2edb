package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Transitions;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.io.JsonWriter;
import dev.netlint.core.model.Location;
import dev.netlint.core.report.Text;
import dev.netlint.core.rule.Change;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netlint diff CURRENT PROPOSED}: what changes from the device that runs today to the proposed
 * one, and what the transition rules say of the change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists what changes from CURRENT (the device as it runs today: its Get-DeviceConfiguration"
                + " export and the runbooks already applied) to PROPOSED, each a device folder or file: ports and"
                + " their addresses, vSwitches and compute, pools, routes, the pod and service subnets, services and"
                + " their addresses; then judges the change with the transition rules (netlint rules lists them).",
                "Exits 1 when a transition rule reports an error."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CURRENT", description = "the device as it runs today (folder or file)")
    Path current;

    @Parameters(index = "1", paramLabel = "PROPOSED", description = "the proposed device (folder or file)")
    Path proposed;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    String format = "text";

    @Option(names = "--config", paramLabel = "FILE", description = "a .netlint.yaml to use instead of the discovered one")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", description = "ase-pro-gpu (default), ase-pro-2 or generic")
    String profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "' (text, json)");
        }
        PrintWriter err = spec.commandLine().getErr();
        DeviceResult before;
        DeviceResult after;
        try {
            before = TransitionInputs.load(current, "CURRENT", config, profile);
            after = TransitionInputs.load(proposed, "PROPOSED", config, profile);
        } catch (CheckException e) {
            err.println("netlint: " + Text.printable(e.getMessage()));
            return Main.USAGE;
        }
        Transition transition = Transition.of(before.context(), after.context());
        List<Finding> findings = Transitions.judge(RuleRegistry.load(), transition);
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("json")) {
            writeJson(before.path(), after.path(), transition.changes(), findings, out);
        } else {
            writeText(before.path(), after.path(), transition.changes(), findings, out);
        }
        out.flush();
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Main.FINDINGS : Main.OK;
    }

    static void writeText(String current, String proposed, List<Change> changes, List<Finding> findings,
                          PrintWriter out) {
        out.println(Text.printable(current) + " -> " + Text.printable(proposed) + ": " + changes.size()
                + (changes.size() == 1 ? " change" : " changes"));
        for (Change change : changes) {
            String mark = switch (change.kind()) {
                case "added" -> "+";
                case "removed" -> "-";
                default -> "~";
            };
            out.println("  " + mark + " " + Text.printable(change.describe()));
        }
        for (Finding finding : findings) {
            Location at = finding.location();
            out.println(Text.printable(at.file()) + ":" + at.line() + ":" + at.column() + ": "
                    + finding.severity().name().toLowerCase(Locale.ROOT) + ": " + Text.printable(finding.message())
                    + " [" + finding.rule() + "]");
            if (finding.fix() != null) {
                out.println("    help: " + Text.printable(finding.fix()));
            }
        }
        out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings") + " on the transition");
    }

    static void writeJson(String current, String proposed, List<Change> changes, List<Finding> findings,
                          PrintWriter out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().field("current", current).field("proposed", proposed);
        json.name("changes").beginArray();
        for (Change change : changes) {
            json.beginObject().field("area", change.area()).field("subject", change.subject())
                    .field("kind", change.kind());
            if (change.before() != null) {
                json.field("before", change.before());
            }
            if (change.after() != null) {
                json.field("after", change.after());
            }
            location(json, change.at());
            json.endObject();
        }
        json.endArray();
        json.name("findings").beginArray();
        for (Finding finding : findings) {
            json.beginObject().field("rule", finding.rule())
                    .field("severity", finding.severity().name().toLowerCase(Locale.ROOT))
                    .field("message", finding.message());
            if (finding.fix() != null) {
                json.field("fix", finding.fix());
            }
            location(json, finding.location());
            json.endObject();
        }
        json.endArray().endObject();
        out.println();
    }

    private static void location(JsonWriter json, Location at) throws IOException {
        if (at != null) {
            json.field("file", at.file()).field("line", at.line()).field("column", at.column());
        }
    }
}
