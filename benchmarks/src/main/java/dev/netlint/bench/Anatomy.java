package dev.netlint.bench;

import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Report;
import dev.netlint.core.engine.Settings;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.DeviceLoader;
import dev.netlint.core.load.LoadedDevice;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.report.JsonReporter;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.RuleRegistry;
import inet.ipaddr.AddressStringException;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.management.JMException;
import javax.management.ObjectName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Where the time of one big device goes, stage by stage, in one JVM: each stage once cold (as the CLI
 * runs it) and then warm (median of several runs), and the heap the loaded model retains.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.netlint.bench.Anatomy DEVICE_DIR [RUNS]</pre>
 */
public final class Anatomy {

    private Anatomy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Anatomy DEVICE_DIR [RUNS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DeviceFinder.Paths paths = DeviceFinder.Paths.current();
        DeviceInput input = new DeviceFinder(paths, p -> false).find(List.of(dir)).get(0);
        Path file = input.files().get(0);
        RuleRegistry rules = RuleRegistry.load();
        Engine engine = new Engine(rules, paths);
        DeviceLoader loader = new DeviceLoader(Settings.DEFAULT.limits(), paths::display);
        LoadedDevice loaded = loader.load(input);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> addresses = addressTexts(loaded);

        Map<String, Callable<Object>> stages = new LinkedHashMap<>();
        stages.put("read bytes", () -> Files.readAllBytes(file));
        stages.put("decode UTF-8", () -> new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        stages.put("snakeyaml events only", () -> events(text));
        stages.put("parse addresses only (" + addresses.size() + ")", () -> parseAll(addresses));
        stages.put("DeviceLoader.load (all of load)", () -> loader.load(input));
        stages.put("AddressPlan.of", () -> AddressPlan.of(loaded.device()));
        stages.put("Forwarding.of", () -> Forwarding.of(loaded.device(), AddressPlan.of(loaded.device())));
        stages.put("DeviceContext + forwarding()", () -> new DeviceContext(loaded.device(),
                Settings.DEFAULT.profile(), loaded.problems()).forwarding());
        stages.put("Engine.checkLoaded (rules phase)", () -> engine.checkLoaded(input, loaded, Settings.DEFAULT));
        Report report = engine.check(List.of(input), i -> Settings.DEFAULT);
        stages.put("JSON report", () -> {
            new JsonReporter().write(report, Writer.nullWriter());
            return report;
        });

        System.out.printf(Locale.ROOT, "%s: %.1f MB, %d routes, %d services, %d required networks; %d rules; "
                        + "%d runs after one cold run%n", file, Files.size(file) / 1e6,
                loaded.device().kubernetes().routes().size(), loaded.device().kubernetes().services().size(),
                loaded.device().kubernetes().requiredNetworks().size(), rules.all().size(), runs);
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %10s%n", "stage", "cold ms", "warm ms", "warm min");
        String only = System.getProperty("anatomy.only");
        for (Map.Entry<String, Callable<Object>> stage : stages.entrySet()) {
            if (only != null && !stage.getKey().contains(only)) {
                continue;
            }
            long cold = time(stage.getValue());
            long[] warm = new long[runs];
            for (int i = 0; i < runs; i++) {
                warm[i] = time(stage.getValue());
            }
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "%-40s %10.0f %10.0f %10.0f%n", stage.getKey(), cold / 1e6,
                    warm[runs / 2] / 1e6, warm[0] / 1e6);
        }
        retained(loader, input, file);
    }

    private static long time(Callable<Object> stage) throws Exception {
        long start = System.nanoTime();
        Object result = stage.call();
        long nanos = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("a stage returned nothing");
        }
        return nanos;
    }

    private static Integer events(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        int count = 0;
        Event event;
        do {
            event = parser.getEvent();
            count++;
        } while (!(event instanceof StreamEndEvent));
        return count;
    }

    private static List<String> addressTexts(LoadedDevice loaded) {
        List<String> texts = new ArrayList<>();
        for (KubeRoute route : loaded.device().kubernetes().routes()) {
            texts.add(route.destinationPrefix().value().toString());
            texts.add(route.nextHop().value().toString());
        }
        loaded.device().kubernetes().services().forEach(s -> texts.add(s.loadBalancerIp().value().toString()));
        loaded.device().kubernetes().requiredNetworks().forEach(n -> texts.add(n.prefix().value().toString()));
        return texts;
    }

    private static Integer parseAll(List<String> texts) throws AddressStringException {
        int ok = 0;
        for (String text : texts) {
            ok += Addresses.parse(text) != null ? 1 : 0;
        }
        return ok;
    }

    /** The heap the loaded device holds: used heap after a full GC with it, minus without it. */
    private static void retained(DeviceLoader loader, DeviceInput input, Path file) throws IOException {
        long before = usedAfterGc();
        LoadedDevice kept = loader.load(input);
        long with = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap retained by the loaded device: %.0f MB (file %.1f MB); "
                        + "peak RSS so far: see /proc: %s%n", (with - before) / 1e6, Files.size(file) / 1e6,
                peakRss());
        if (System.getProperty("anatomy.histogram") != null) {
            String histogram = histogram();
            histogram.lines().limit(28).forEach(System.out::println);
        }
        if (kept.device() == null) {
            throw new IllegalStateException();
        }
    }

    /** The live-object histogram ({@code jcmd GC.class_histogram}), taken in-process. */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            return "no histogram: " + e;
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static String peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }
}
