package dev.netlint.cli;

import dev.netlint.core.config.ConfigException;
import dev.netlint.core.config.ConfigResolver;
import dev.netlint.core.config.Overrides;
import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.report.ApplyScript;
import dev.netlint.core.report.Text;
import dev.netlint.core.report.TextReporter;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netlint plan}: checks the devices, then prints the PowerShell that applies their Kubernetes
 * networking, or, when a device has an error, its findings and no command.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the devices below each PATH, then prints the PowerShell that applies their Kubernetes"
                + " networking: Set-HcsKubeClusterNetworkInfo when the pod or service subnet is not the default,"
                + " and one Add-HcsNetRoute per route, sorted by destination (IPv4 first, lowest address, wider"
                + " prefix first), then metric, next hop and interface; each under a comment naming its file and line.",
                "When a device has an error, prints the findings and no command, and exits 1."})
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "device folders or files (default: the current folder)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (the PowerShell script) or json (default: text)")
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
        Profile chosenProfile = null;
        if (profile != null) {
            chosenProfile = Profile.named(profile).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "unknown profile '" + profile + "' (" + Profile.names() + ")"));
        }
        RuleRegistry rules = RuleRegistry.load();
        Overrides overrides = new Overrides(chosenProfile, null, Map.of(), null);
        DeviceFinder.Paths display = DeviceFinder.Paths.current();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        ConfigResolver configs;
        List<DeviceInput> inputs;
        try {
            configs = config == null ? ConfigResolver.discovering(rules, overrides)
                    : ConfigResolver.explicit(config, rules, overrides);
            inputs = configs.find(display, roots, path -> false);
        } catch (NoSuchFileException e) {
            err.println("netlint: " + e.getFile() + ": " + (e.getReason() == null ? "no such file or folder"
                    : e.getReason()));
            return Main.USAGE;
        } catch (DeviceFinder.NotADevice e) {
            err.println("netlint: " + e.path() + ": " + e.problem());
            return Main.USAGE;
        } catch (ConfigException e) {
            err.println("netlint: " + display.display(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": "
                    + e.problem());
            return Main.USAGE;
        } catch (AccessDeniedException e) {
            err.println("netlint: " + e.getFile() + ": permission denied");
            return Main.USAGE;
        }
        for (String line : configs.describe(inputs, display)) {
            err.println("netlint: " + Text.printable(line));
        }
        Report report = new Engine(rules, display).keepingModels().check(inputs, configs::settings);
        PrintWriter out = spec.commandLine().getOut();
        boolean applicable = ApplyScript.applicable(report);
        if (chosen.equals("json")) {
            ApplyScript.writeJson(report, out);
        } else if (applicable) {
            ApplyScript.writePowerShell(report, out);
        } else {
            new TextReporter(Terminal.colour(System.getenv())).write(report, out);
        }
        out.flush();
        if (!applicable) {
            long blocked = report.devices().stream().filter(d -> !ApplyScript.blocking(d).isEmpty()).count();
            err.println("netlint: no command printed: " + blocked + (blocked == 1 ? " device has" : " devices have")
                    + " an error; a plan is written only for devices without one");
            return Main.FINDINGS;
        }
        return Main.OK;
    }
}
