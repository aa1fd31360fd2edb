package dev.netlint.bench;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.plan.AddressPlan;
import dev.netlint.core.plan.Forwarding;
import dev.netlint.core.plan.Overlaps;
import dev.netlint.core.plan.PlanEntry;
import dev.netlint.core.plan.RouteState;
import dev.netlint.core.report.JsonReporter;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.RuleRegistry;
import inet.ipaddr.AddressStringException;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Where the time of one big device goes, stage by stage, in one JVM: each stage once cold (as the CLI
 * runs it) and then warm (median of several runs), wall and CPU time of this thread, and the heap the
 * loaded model retains.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.netlint.bench.Anatomy DEVICE_DIR|TREE_DIR [RUNS]
 * java -cp benchmarks/target/benchmarks.jar dev.netlint.bench.Anatomy --once events|load FILE|DIR
 * </pre>
 *
 * {@code --once} does one step once in a fresh JVM and exits, to time it as a whole process (with
 * {@code /usr/bin/time}): {@code events} reads a file and pulls snakeyaml's parse events, the floor
 * of any event-based loader; {@code load} loads one device with {@link DeviceLoader} and nothing else.
 */
public final class Anatomy {

    private Anatomy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].equals("--once") && args.length < 3) {
            System.err.println("usage: Anatomy DEVICE_DIR|TREE_DIR [RUNS] | Anatomy --once events|load FILE|DIR");
            System.exit(2);
        }
        if (args[0].equals("--once")) {
            once(args[1], Path.of(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        List<DeviceInput> inputs = new DeviceFinder(paths, p -> false).find(List.of(dir));
        if (inputs.size() > 1) {
            tree(inputs, runs);
            return;
        }
        DeviceInput input = inputs.get(0);
        Path file = input.files().get(0);
        RuleRegistry rules = RuleRegistry.load();
        Engine engine = new Engine(rules, paths);
        DeviceLoader loader = new DeviceLoader(DeviceSettings.DEFAULT.limits(), paths::display);
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
        stages.put("Forwarding.of, tries filled", () -> Inputs.filled(Forwarding.of(loaded.device(),
                AddressPlan.of(loaded.device()))));
        stages.put("DeviceContext + forwarding()", () -> Inputs.filled(new DeviceContext(loaded.device(),
                DeviceSettings.DEFAULT.profile()).forwarding()));
        // What rules on growing lists will cost: the primitives the performance rules point them to
        // (sorting and sweeping, the IPAddress tries, longest-prefix match).
        AddressPlan plan = AddressPlan.of(loaded.device());
        Forwarding forwarding = Inputs.filled(Forwarding.of(loaded.device(), plan));
        stages.put("Overlaps.pairs on every plan entry", () -> Overlaps.pairs(plan.entries(), PlanEntry::range));
        stages.put("Forwarding.state of every route", () -> loaded.device().kubernetes().routes().stream()
                .map(forwarding::state).filter(s -> s != RouteState.INSTALLED).count());
        stages.put("Forwarding.coverage of every required net", () -> loaded.device().kubernetes()
                .requiredNetworks().stream().filter(n -> n.block() != null)
                .map(n -> forwarding.coverage(n.block())).filter(c -> !c.complete()).count());
        stages.put("Engine.checkLoaded (rules phase)", () -> engine.checkLoaded(input, loaded, DeviceSettings.DEFAULT));
        Report report = engine.check(List.of(input), i -> DeviceSettings.DEFAULT);
        stages.put("JSON report", () -> {
            new JsonReporter().write(report, Writer.nullWriter());
            return report;
        });

        System.out.printf(Locale.ROOT, "%s: %.1f MB, %d routes, %d services, %d required networks; %d rules; "
                        + "%d runs after one cold run%n", file, Files.size(file) / 1e6,
                loaded.device().kubernetes().routes().size(), loaded.device().kubernetes().services().size(),
                loaded.device().kubernetes().requiredNetworks().size(), rules.all().size(), runs);
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s%n", "stage (ms)", "cold", "cold cpu", "warm",
                "warm cpu");
        String only = System.getProperty("anatomy.only");
        for (Map.Entry<String, Callable<Object>> stage : stages.entrySet()) {
            if (only != null && !stage.getKey().contains(only)) {
                continue;
            }
            long[] cold = time(stage.getValue());
            long[] wall = new long[runs];
            long[] cpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                long[] t = time(stage.getValue());
                wall[i] = t[0];
                cpu[i] = t[1];
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-40s %9.0f %9.0f %9.0f %9.0f%n", stage.getKey(), cold[0] / 1e6,
                    cold[1] / 1e6, wall[runs / 2] / 1e6, cpu[runs / 2] / 1e6);
        }
        retained(loader, input, file);
    }

    private static void once(String step, Path path) throws IOException {
        long start = System.nanoTime();
        Object result;
        if (step.equals("events")) {
            result = events(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
        } else {
            DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
            DeviceInput input = new DeviceFinder(paths, p -> false).find(List.of(path)).get(0);
            result = new DeviceLoader(DeviceSettings.DEFAULT.limits(), paths::display).load(input).device().files();
        }
        System.out.printf(Locale.ROOT, "%s: %s in %.0f ms after JVM start-up%n", step, result,
                (System.nanoTime() - start) / 1e6);
    }

    /** A tree: the whole engine, devices in parallel, then one device after the other. */
    private static void tree(List<DeviceInput> inputs, int runs) throws Exception {
        Engine engine = new Engine(RuleRegistry.load(), DeviceFinder.PathDisplay.current());
        Map<String, Callable<Object>> stages = new LinkedHashMap<>();
        stages.put("Engine.check, parallel", () -> engine.check(inputs, i -> DeviceSettings.DEFAULT));
        stages.put("Engine.checkDevice, one by one", () -> {
            for (DeviceInput input : inputs) {
                engine.checkDevice(input, DeviceSettings.DEFAULT);
            }
            return inputs;
        });
        System.out.printf(Locale.ROOT, "%d devices; %d runs after one cold run%n", inputs.size(), runs);
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s%n", "stage (ms)", "cold", "cold cpu", "warm",
                "warm cpu");
        for (Map.Entry<String, Callable<Object>> stage : stages.entrySet()) {
            long[] cold = time(stage.getValue());
            long[] wall = new long[runs];
            long[] cpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                long[] t = time(stage.getValue());
                wall[i] = t[0];
                cpu[i] = t[1];
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-40s %9.0f %9.0f %9.0f %9.0f%n", stage.getKey(), cold[0] / 1e6,
                    cold[1] / 1e6, wall[runs / 2] / 1e6, cpu[runs / 2] / 1e6);
        }
        System.out.println("(cpu: this thread only; the parallel stage also runs on the common pool)");
    }

    /** Wall and CPU time of the calling thread: on a shared machine the CPU time is the steadier figure. */
    private static long[] time(Callable<Object> stage) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = stage.call();
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
        if (result == null) {
            throw new IllegalStateException("a stage returned nothing");
        }
        return new long[] {nanos, cpuNanos};
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
        pointers(kept);
        if (System.getProperty("anatomy.histogram") != null) {
            String histogram = histogram();
            histogram.lines().limit(28).forEach(System.out::println);
        }
        if (kept.device() == null) {
            throw new IllegalStateException();
        }
    }

    /**
     * The JSON-pointer strings of the {@code kubernetes} block's values, one per {@link Location}, with
     * their size as compact Latin-1 strings on a 64-bit JVM with compressed references (24 bytes of
     * {@code String}, a 16-byte array header, the characters, padding to 8).
     */
    private static void pointers(LoadedDevice loaded) {
        List<Location> locations = new ArrayList<>();
        for (KubeRoute route : loaded.device().kubernetes().routes()) {
            locations.add(route.location());
            Stream.of(route.interfaceAlias(), route.destinationPrefix(), route.nextHop(), route.routeMetric())
                    .filter(v -> v != null).forEach(v -> locations.add(v.location()));
        }
        for (Service service : loaded.device().kubernetes().services()) {
            locations.add(service.location());
            Stream.of(service.name(), service.namespace(), service.type(), service.loadBalancerIp(),
                    service.clusterIp()).filter(v -> v != null).forEach(v -> locations.add(v.location()));
        }
        for (RequiredNetwork network : loaded.device().kubernetes().requiredNetworks()) {
            locations.add(network.location());
            Stream.of(network.name(), network.prefix()).filter(v -> v != null).forEach(v -> locations.add(v.location()));
        }
        long bytes = 0;
        for (Location location : locations) {
            bytes += 24 + (16 + location.pointer().length() + 7) / 8 * 8;
        }
        System.out.printf(Locale.ROOT, "kubernetes block: %d locations (%.1f MB of Location objects), their pointer "
                + "strings %.1f MB%n", locations.size(), locations.size() * 32 / 1e6, bytes / 1e6);
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
