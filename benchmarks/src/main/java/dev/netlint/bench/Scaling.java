package dev.netlint.bench;

import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
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
 * 100,000 of that list, the other lists at a small support, see {@link #size}), and the same device
 * without that list (its baseline, see {@link #baseline}). The devices of a list are loaded once, all of
 * them; then {@link Engine#checkLoaded}
 * (address plan, every rule, suppressions, sorting) runs on each in turn, round after round: first to
 * warm the JIT on every size until the times of a round settle (at least {@value #MIN_ROUNDS} rounds and
 * the warm-up time, and until no device's median moved by more than {@value #SETTLED_PERCENT} % from one
 * half of the last {@value #SETTLE_WINDOW} rounds to the other), then timed the same way. In a round each
 * device runs about equally long (a small device several times), so that every size gets enough runs.
 * A device is measured by the median wall time and the median CPU time of the Java threads over its
 * timed runs (the rules of a large device run on several threads; the collector's and the compiler's
 * threads are not counted).
 *
 * <p>Why all sizes together: measured one size after the other, the smaller sizes were timed while the
 * JIT was still compiling what the bigger ones would use, and 1,000 routes came out dearer per route than
 * 100,000 (the baseline itself fell from 1.6 ms to 0.5 ms a run between two sizes).
 *
 * <pre>
 * Scaling [--lists routes,required-networks,services,pools,virtual-networks] [--sizes 1000,10000,100000]
 *         [--seconds S]   at least this long warming up, then at least this long timing (default 10)
 *         [--cap S]       a size whose first run takes longer, or would at the growth seen so far, is
 *                         not run (default 60)
 * </pre>
 *
 * Prints one line per device: {@code LIST SIZE WALL_MS CPU_MS RUNS BASELINE_SIZE BASELINE_WALL_MS
 * BASELINE_CPU_MS}, or
 * {@code LIST SIZE skipped REASON}; {@link BenchReport} turns them into time per element and judges
 * flatness.
 */
public final class Scaling {

    /** The support: what each device holds of the lists not being grown. */
    static final HugeDevice.Size SUPPORT = new HugeDevice.Size(1_000, 200, 100, 0, 0);

    static final List<String> LISTS = List.of("routes", "required-networks", "services", "pools", "virtual-networks");

    /** The fewest rounds of warm-up, and of timing. */
    static final int MIN_ROUNDS = 10;
    /** Warm-up ends when the medians of the last rounds moved by at most this much, in percent. */
    static final int SETTLED_PERCENT = 10;
    static final int SETTLE_WINDOW = 8;
    /** At most this many warm-up rounds, whether settled or not. */
    private static final int MAX_WARM_ROUNDS = 200;
    /** How long each device runs in a round, at least one run. */
    private static final double ROUND_MILLIS_PER_DEVICE = 100;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Scaling() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lists = LISTS;
        int[] sizes = {1_000, 10_000, 100_000};
        double seconds = 10;
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
        DeviceFinder.PathDisplay paths = DeviceFinder.PathDisplay.current();
        Engine engine = new Engine(RuleRegistry.load(), paths);
        System.out.println("# list size wall_ms cpu_ms runs baseline_size baseline_wall_ms baseline_cpu_ms"
                + " (warm medians of the rules phase; every size and the baseline run in turn, round after round)");
        for (String list : lists) {
            measureList(engine, paths, list, sizes, seconds, cap);
        }
    }

    private static void usage(String problem) {
        System.err.println("scaling: " + problem);
        System.err.println("usage: Scaling [--lists LIST,...] [--sizes N,...] [--seconds S] [--cap S]");
        System.exit(2);
    }

    /**
     * Loads every size of the list that fits the cap and the baseline of each (shared when equal), warms
     * them together, times them together.
     */
    private static void measureList(Engine engine, DeviceFinder.PathDisplay paths, String list, int[] sizes, double seconds,
                                    double cap) throws IOException {
        List<Device> devices = new ArrayList<>();
        List<HugeDevice.Size> loaded = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        List<Integer> deviceOf = new ArrayList<>();
        List<Integer> baselineOf = new ArrayList<>();
        List<Point> firsts = new ArrayList<>();
        try {
            for (int n : sizes) {
                String skip = skipReason(kept, firsts, n, cap);
                if (skip != null) {
                    System.out.println(list + " " + n + " skipped " + skip);
                    System.out.flush();
                    continue;
                }
                System.err.printf(Locale.ROOT, "scaling: %s %d (%s)%n", list, n, HugeDevice.describe(size(list, n)));
                int base = load(engine, paths, baseline(list, n), devices, loaded);
                int device = load(engine, paths, size(list, n), devices, loaded);
                long[] first = once(engine, devices.get(device));
                kept.add(n);
                deviceOf.add(device);
                baselineOf.add(base);
                firsts.add(new Point(first[0] / 1e6, first[1] / 1e6, 1));
            }
            if (kept.isEmpty()) {
                return;
            }
            Rounds rounds = new Rounds(engine, devices);
            rounds.warm(seconds);
            List<Point> points = rounds.time(seconds);
            for (int i = 0; i < kept.size(); i++) {
                Point point = points.get(deviceOf.get(i));
                Point base = points.get(baselineOf.get(i));
                System.out.printf(Locale.ROOT, "%s %d %.3f %.3f %d %d %.3f %.3f%n", list, kept.get(i), point.wallMillis(),
                        point.cpuMillis(), point.runs(), count(list, baseline(list, kept.get(i))), base.wallMillis(),
                        base.cpuMillis());
            }
            System.out.flush();
        } finally {
            for (Device device : devices) {
                device.close();
            }
        }
    }

    /** The index of the device of {@code size} among those loaded, loading (and running once) a new one. */
    private static int load(Engine engine, DeviceFinder.PathDisplay paths, HugeDevice.Size size, List<Device> devices,
                            List<HugeDevice.Size> loaded) throws IOException {
        int known = loaded.indexOf(size);
        if (known >= 0) {
            return known;
        }
        Device device = Device.of(paths, size);
        devices.add(device);
        loaded.add(size);
        once(engine, device);
        return devices.size() - 1;
    }

    /** The devices of one list run in turn, round after round. */
    private static final class Rounds {

        private final Engine engine;
        private final List<Device> devices;
        /** The runs per round of each device, so that each runs about {@link #ROUND_MILLIS_PER_DEVICE}. */
        private final int[] reps;
        /** Each device's median wall time per round, for the warm-up's settling test. */
        private final List<List<Double>> history = new ArrayList<>();
        /** Which device starts the next round. */
        private int turn;

        Rounds(Engine engine, List<Device> devices) {
            this.engine = engine;
            this.devices = devices;
            this.reps = new int[devices.size()];
            Arrays.fill(reps, 1);
            for (int i = 0; i < devices.size(); i++) {
                history.add(new ArrayList<>());
            }
        }

        /** Warms every device: at least the rounds and the time given, then until the medians settle. */
        void warm(double seconds) {
            long start = System.nanoTime();
            for (int round = 0; round < MAX_WARM_ROUNDS; round++) {
                double[][][] times = round();
                for (int i = 0; i < devices.size(); i++) {
                    double median = median(times[i][0]);
                    history.get(i).add(median);
                    reps[i] = (int) Math.max(1, Math.min(200, ROUND_MILLIS_PER_DEVICE / Math.max(median, 1e-3)));
                }
                if (round + 1 >= MIN_ROUNDS && System.nanoTime() - start >= seconds * 1e9 && settled()) {
                    System.err.printf(Locale.ROOT, "scaling: warm after %d rounds, %.0f s%n", round + 1,
                            (System.nanoTime() - start) / 1e9);
                    return;
                }
            }
            System.err.println("scaling: not settled after " + MAX_WARM_ROUNDS + " rounds; timing anyway");
        }

        /** Whether each device's median of the older half of the last rounds is within reach of the newer half's. */
        private boolean settled() {
            for (List<Double> medians : history) {
                if (medians.size() < SETTLE_WINDOW) {
                    return false;
                }
                List<Double> last = medians.subList(medians.size() - SETTLE_WINDOW, medians.size());
                double older = median(last.subList(0, SETTLE_WINDOW / 2).stream().mapToDouble(d -> d).toArray());
                double newer = median(last.subList(SETTLE_WINDOW / 2, SETTLE_WINDOW).stream().mapToDouble(d -> d)
                        .toArray());
                if (Math.abs(older - newer) > older * SETTLED_PERCENT / 100.0) {
                    return false;
                }
            }
            return true;
        }

        /** Times every device: at least the rounds and the time given; the medians of all timed runs. */
        List<Point> time(double seconds) {
            List<List<double[]>> runs = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                runs.add(new ArrayList<>());
            }
            long start = System.nanoTime();
            for (int round = 0; round < MIN_ROUNDS || System.nanoTime() - start < seconds * 1e9; round++) {
                double[][][] times = round();
                for (int i = 0; i < devices.size(); i++) {
                    for (int r = 0; r < times[i][0].length; r++) {
                        runs.get(i).add(new double[] {times[i][0][r], times[i][1][r]});
                    }
                }
            }
            List<Point> points = new ArrayList<>();
            for (List<double[]> device : runs) {
                points.add(new Point(median(device.stream().mapToDouble(r -> r[0]).toArray()),
                        median(device.stream().mapToDouble(r -> r[1]).toArray()), device.size()));
            }
            return points;
        }

        /** One round: each device its runs, the order of the devices turned by one each round. */
        private double[][][] round() {
            int n = devices.size();
            double[][][] times = new double[n][][];
            for (int k = 0; k < n; k++) {
                int i = (k + turn) % n;
                double[] wall = new double[reps[i]];
                double[] cpu = new double[reps[i]];
                for (int r = 0; r < reps[i]; r++) {
                    long[] t = once(engine, devices.get(i));
                    wall[r] = t[0] / 1e6;
                    cpu[r] = t[1] / 1e6;
                }
                times[i] = new double[][] {wall, cpu};
            }
            turn++;
            return times;
        }
    }

    /**
     * The device of the series {@code list} holding {@code n} of it. Each series keeps one layout for all
     * its sizes: the services and the pools are laid out on the wide plan (which the biggest sizes need);
     * the required networks each have a route of their own (a required network is a route's destination
     * or a block inside one), so their support routes grow with them, at least the usual 1,000.
     */
    static HugeDevice.Size size(String list, int n) {
        HugeDevice.Size s = SUPPORT;
        return switch (list) {
            case "routes" -> new HugeDevice.Size(Math.max(n, 5), s.requiredNetworks(), s.services(), s.pools(),
                    s.virtualNetworks());
            case "required-networks" -> new HugeDevice.Size(Math.max(s.routes(), n), n, s.services(), s.pools(),
                    s.virtualNetworks());
            case "services" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), n, s.pools(), s.virtualNetworks())
                    .onWidePlan();
            case "pools" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), s.services(), n, s.virtualNetworks())
                    .onWidePlan();
            case "virtual-networks" -> new HugeDevice.Size(s.routes(), s.requiredNetworks(), s.services(), s.pools(), n);
            default -> throw new IllegalArgumentException("unknown list " + list);
        };
    }

    /** The device of size {@code n} without that list (5 routes for the routes: a device needs some): the baseline. */
    static HugeDevice.Size baseline(String list, int n) {
        HugeDevice.Size d = size(list, n);
        return switch (list) {
            case "routes" -> new HugeDevice.Size(5, d.requiredNetworks(), d.services(), d.pools(), d.virtualNetworks(),
                    d.wide());
            case "required-networks" -> new HugeDevice.Size(d.routes(), 0, d.services(), d.pools(), d.virtualNetworks(),
                    d.wide());
            case "services" -> new HugeDevice.Size(d.routes(), d.requiredNetworks(), 0, d.pools(), d.virtualNetworks(),
                    d.wide());
            case "pools" -> new HugeDevice.Size(d.routes(), d.requiredNetworks(), d.services(), 0, d.virtualNetworks(),
                    d.wide());
            case "virtual-networks" -> new HugeDevice.Size(d.routes(), d.requiredNetworks(), d.services(), d.pools(), 0,
                    d.wide());
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
     * Why size {@code n} is not run: its predecessor's first (cold) run took longer than the cap, or would
     * at the growth of the last two sizes; {@code null} to run it.
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

        static Device of(DeviceFinder.PathDisplay paths, HugeDevice.Size size) throws IOException {
            Path dir = Files.createTempDirectory("netlint-scaling-");
            try {
                Generate.huge(dir, size, Generate.DEFAULT_SEED, false);
                DeviceInput input = new DeviceFinder(paths, p -> false).find(List.of(dir)).get(0);
                return new Device(dir, input, new DeviceLoader(DeviceSettings.DEFAULT.limits(), paths::display).load(input));
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

    /** One rules phase: wall and process CPU nanoseconds. */
    private static long[] once(Engine engine, Device device) {
        long cpu = javaThreadsCpu();
        long start = System.nanoTime();
        engine.checkLoaded(device.input(), device.loaded(), DeviceSettings.DEFAULT);
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
