package dev.netlint.bench;

import dev.netlint.core.engine.Engine;
import dev.netlint.core.engine.Settings;
import dev.netlint.core.load.DeviceFinder;
import dev.netlint.core.load.DeviceInput;
import dev.netlint.core.load.DeviceLoader;
import dev.netlint.core.load.LoadedDevice;
import dev.netlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the rules phase grows with each list of a device, warm, in one JVM: for each of routes, required
 * networks, services, pools and virtual networks, one device per size (default 1,000, 10,000 and
 * 100,000 of that list, the other lists at a fixed small support), and one with none of that list (the
 * baseline). Each device is loaded once; then {@link Engine#checkLoaded} (address plan, every rule,
 * suppressions, sorting) runs on it and on the baseline, alternated, until warm, and is timed: the
 * median wall time and the median CPU time of the Java threads over the timed runs of each (the rules
 * of a large device run on several threads; the collector's and the compiler's threads are not
 * counted).
 *
 * <pre>
 * Scaling [--lists routes,required-networks,services,pools,virtual-networks] [--sizes 1000,10000,100000]
 *         [--seconds S]   time spent warming up, then timing, each device (default 2)
 *         [--cap S]       a size whose one run takes longer, or would at the growth seen so far, is
 *                         not run further (default 60)
 * </pre>
 *
 * Prints one line per device: {@code LIST SIZE WALL_MS CPU_MS RUNS BASELINE_SIZE BASELINE_WALL_MS
 * BASELINE_CPU_MS} (the baseline holds none of the list, or 5 routes: a device needs some), or
 * {@code LIST SIZE skipped REASON}; {@link BenchReport} turns them into time per element and judges
 * flatness.
 */
public final class Scaling {

    /** The support: what each device holds of the lists not being grown. */
    static final HugeDevice.Size SUPPORT = new HugeDevice.Size(1_000, 200, 100, 0, 0);

    static final List<String> LISTS = List.of("routes", "required-networks", "services", "pools", "virtual-networks");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Scaling() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lists = LISTS;
        int[] sizes = {1_000, 10_000, 100_000};
        double seconds = 2;
        double cap = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lists" -> lists = List.of(args[i + 1].split(","));
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--cap" -> cap = Double.parseDouble(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (args.length % 2 != 0) {
            usage("every option takes a value");
        }
        for (String list : lists) {
            if (!LISTS.contains(list)) {
                usage("unknown list " + list + " (one of " + String.join(",", LISTS) + ")");
            }
        }
        DeviceFinder.Paths paths = DeviceFinder.Paths.current();
        Engine engine = new Engine(RuleRegistry.load(), paths);
        System.out.println("# list size wall_ms cpu_ms runs baseline_size baseline_wall_ms baseline_cpu_ms"
                + " (warm medians of the rules phase, alternated with the baseline's)");
        for (String list : lists) {
            try (Device base = Device.of(paths, size(list, 0))) {
                List<Point> done = new ArrayList<>();
                List<Integer> doneSizes = new ArrayList<>();
                for (int n : sizes) {
                    String skip = skipReason(doneSizes, done, n, cap);
                    if (skip != null) {
                        System.out.println(list + " " + n + " skipped " + skip);
                        System.out.flush();
                        continue;
                    }
                    Point[] point = measure(engine, paths, base, list, n, seconds, cap);
                    System.out.printf(Locale.ROOT, "%s %d %.3f %.3f %d %d %.3f %.3f%n", list, n, point[0].wallMillis(),
                            point[0].cpuMillis(), point[0].runs(), count(list, size(list, 0)), point[1].wallMillis(),
                            point[1].cpuMillis());
                    System.out.flush();
                    done.add(point[0]);
                    doneSizes.add(n);
                }
            }
        }
    }

    private static void usage(String problem) {
        System.err.println("scaling: " + problem);
        System.err.println("usage: Scaling [--lists LIST,...] [--sizes N,...] [--seconds S] [--cap S]");
        System.exit(2);
    }

    /** The device of the series {@code list} holding {@code n} of it. */
    static HugeDevice.Size size(String list, int n) {
        HugeDevice.Size s = SUPPORT;
        return switch (list) {
            case "routes" -> new HugeDevice.Size(Math.max(n, 5), s.requiredNetworks(), s.services(), s.pools(),
                    s.virtualNetworks());
            case "required-networks" -> new HugeDevice.Size(s.routes(), n, s.services(), s.pools(), s.virtualNetworks());
            case "services" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), n, s.pools(), s.virtualNetworks());
            case "pools" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), s.services(), n, s.virtualNetworks());
            case "virtual-networks" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), s.services(), s.pools(), n);
            default -> throw new IllegalArgumentException("unknown list " + list);
        };
    }

    /** How many of {@code list} a device of {@code size} holds. */
    static int count(String list, HugeDevice.Size size) {
        return switch (list) {
            case "routes" -> size.routes();
            case "required-networks" -> size.requiredNetworks();
            case "services" -> size.services();
            case "pools" -> size.pools();
            case "virtual-networks" -> size.virtualNetworks();
            default -> throw new IllegalArgumentException("unknown list " + list);
        };
    }

    /**
     * Why size {@code n} is not run: its predecessor took longer than the cap, or would at the growth of
     * the last two sizes; {@code null} to run it.
     */
    static String skipReason(List<Integer> sizes, List<Point> points, int n, double cap) {
        if (points.isEmpty()) {
            return null;
        }
        Point last = points.get(points.size() - 1);
        int lastSize = sizes.get(sizes.size() - 1);
        if (last.wallMillis() > cap * 1000) {
            return String.format(Locale.ROOT, "(%d took %.1f s, over the cap of %.0f s)", lastSize,
                    last.wallMillis() / 1000, cap);
        }
        if (points.size() < 2) {
            return null;
        }
        Point before = points.get(points.size() - 2);
        int beforeSize = sizes.get(sizes.size() - 2);
        double growth = Math.log(Math.max(last.wallMillis(), 1e-3) / Math.max(before.wallMillis(), 1e-3))
                / Math.log((double) lastSize / beforeSize);
        double predicted = last.wallMillis() * Math.pow((double) n / lastSize, Math.max(growth, 1));
        if (predicted > cap * 1000) {
            return String.format(Locale.ROOT, "(%d took %.2f s and %d took %.2f s: at that growth %d would take "
                    + "about %.0f s a run, over the cap of %.0f s)", beforeSize, before.wallMillis() / 1000, lastSize,
                    last.wallMillis() / 1000, n, predicted / 1000, cap);
        }
        return null;
    }

    /** Medians of the timed runs. */
    record Point(double wallMillis, double cpuMillis, int runs) {
    }

    /** A generated device, loaded; its folder is deleted on close. */
    record Device(Path dir, DeviceInput input, LoadedDevice loaded) implements AutoCloseable {

        static Device of(DeviceFinder.Paths paths, HugeDevice.Size size) throws IOException {
            Path dir = Files.createTempDirectory("netlint-scaling-");
            try {
                Generate.huge(dir, size, Generate.DEFAULT_SEED, false);
                DeviceInput input = new DeviceFinder(paths, p -> false).find(List.of(dir)).get(0);
                return new Device(dir, input, new DeviceLoader(Settings.DEFAULT.limits(), paths::display).load(input));
            } catch (IOException | RuntimeException e) {
                Inputs.delete(dir);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            Inputs.delete(dir);
        }
    }

    /**
     * The rules phase of the device of {@code list} at {@code n}, and of the baseline, alternated run
     * after run so that the state of the JIT and of the machine falls on both: {point, baseline}.
     */
    private static Point[] measure(Engine engine, DeviceFinder.Paths paths, Device base, String list, int n,
                                   double seconds, double cap) throws IOException {
        HugeDevice.Size size = size(list, n);
        System.err.printf(Locale.ROOT, "scaling: %s %d (%s)%n", list, n, HugeDevice.describe(size));
        try (Device device = Device.of(paths, size)) {
            long[] first = once(engine, device);
            long[] firstBase = once(engine, base);
            if (first[0] > cap * 1e9) {
                return new Point[] {new Point(first[0] / 1e6, first[1] / 1e6, 1),
                    new Point(firstBase[0] / 1e6, firstBase[1] / 1e6, 1)};
            }
            // warm: at least five pairs of runs and the given time, then as many timed pairs as fit in it again
            long warmStart = System.nanoTime();
            long pair = first[0] + firstBase[0];
            for (int i = 0; i < 200 && (i < 5 || System.nanoTime() - warmStart < seconds * 1e9); i++) {
                long start = System.nanoTime();
                once(engine, device);
                once(engine, base);
                pair = System.nanoTime() - start;
            }
            int runs = (int) Math.max(5, Math.min(50, seconds * 1e9 / Math.max(pair, 1)));
            double[][] wall = new double[2][runs];
            double[][] cpu = new double[2][runs];
            for (int i = 0; i < runs; i++) {
                long[] t = once(engine, device);
                long[] b = once(engine, base);
                wall[0][i] = t[0] / 1e6;
                cpu[0][i] = t[1] / 1e6;
                wall[1][i] = b[0] / 1e6;
                cpu[1][i] = b[1] / 1e6;
            }
            return new Point[] {new Point(median(wall[0]), median(cpu[0]), runs),
                new Point(median(wall[1]), median(cpu[1]), runs)};
        }
    }

    /** One rules phase: wall and process CPU nanoseconds. */
    private static long[] once(Engine engine, Device device) {
        long cpu = javaThreadsCpu();
        long start = System.nanoTime();
        engine.checkLoaded(device.input(), device.loaded(), Settings.DEFAULT);
        long wall = System.nanoTime() - start;
        return new long[] {wall, javaThreadsCpu() - cpu};
    }

    /**
     * CPU nanoseconds of every Java thread so far (the rules run on this thread and the common pool's):
     * per-thread clocks are precise, where the process's CPU time comes in 10 ms steps on Linux.
     */
    private static long javaThreadsCpu() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
