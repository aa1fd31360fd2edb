package dev.netlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures and verdicts of {@code benchmarks/run.sh}: reads what it measured and prints the
 * side-by-side table, the rule time per element, and each target of the benchmark with met or NOT met.
 *
 * <pre>
 * BenchReport RUNS_FILE SCALING_FILE
 * </pre>
 *
 * {@code RUNS_FILE} holds one line per timed run: {@code KEY WALL_S CPU_S RSS_KIB} and, for netlint,
 * its {@code --timings}: {@code LOAD_MS RULES_MS PLAN_MS REPORT_MS TOTAL_MS}. {@code SCALING_FILE} is
 * what {@link Scaling} printed; either may be missing or empty (nothing measured).
 */
public final class BenchReport {

    /** One row of the table: the work, who did it, and the key of its runs. */
    record Row(String work, String who, String key) {
    }

    static final List<Row> ROWS = List.of(
            new Row("one small device", "netlint", "netlint-small"),
            new Row("", "netlint, bundle", "bundle-small"),
            new Row("tree of YAML devices", "peer (Python)", "peer-tree"),
            new Row("", "snakeyaml events alone", "floor-tree"),
            new Row("", "netlint", "netlint-tree"),
            new Row("huge device as YAML", "peer (Python)", "peer-huge-yaml"),
            new Row("", "snakeyaml events alone", "floor-yaml"),
            new Row("", "netlint", "netlint-huge-yaml"),
            new Row("huge device as JSON", "peer (Python)", "peer-huge-json"),
            new Row("", "jackson-core tokens alone", "floor-json"),
            new Row("", "netlint", "netlint-huge-json"));

    private static final String[] LIST_NAMES = {"routes", "required-networks", "services", "pools",
        "virtual-networks"};

    /** Median, least and greatest of some values. */
    record Stats(double median, double min, double max, int count) {

        static Stats of(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Stats(median, sorted[0], sorted[n - 1], n);
        }

        String format(String number) {
            return String.format(Locale.ROOT, number + " (" + number + "-" + number + ")", median, min, max);
        }
    }

    /** A target and whether the figures meet it. */
    record Verdict(boolean met, String text) {

        @Override
        public String toString() {
            return (met ? "  met:     " : "  NOT met: ") + text;
        }
    }

    /**
     * A warm measurement of the scaling series: its list, the list's size, the medians of the rules
     * phase and of its baseline's (the same device with none of the list), or why it was skipped.
     */
    record ScalePoint(String list, int size, double wallMillis, double cpuMillis, int baseSize, double baseWallMillis,
                      double baseCpuMillis, String skipped) {

        static ScalePoint skipped(String list, int size, String reason) {
            return new ScalePoint(list, size, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, reason);
        }
    }

    private final Map<String, List<double[]>> runs;
    private final List<ScalePoint> scaling;

    BenchReport(Map<String, List<double[]>> runs, List<ScalePoint> scaling) {
        this.runs = runs;
        this.scaling = scaling;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchReport RUNS_FILE SCALING_FILE");
            System.exit(2);
        }
        BenchReport report = new BenchReport(readRuns(Path.of(args[0])), readScaling(Path.of(args[1])));
        System.out.print(report.table());
        System.out.println();
        System.out.print(report.scalingTable());
        System.out.println();
        System.out.println("targets (on medians; ratios are of median wall times):");
        for (Verdict verdict : report.verdicts()) {
            System.out.println(verdict);
        }
    }

    static Map<String, List<double[]>> readRuns(Path file) throws IOException {
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return runs;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 4 || line.startsWith("#")) {
                continue;
            }
            double[] values = new double[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                values[i - 1] = parts[i].equals("NA") || parts[i].isEmpty() ? Double.NaN : Double.parseDouble(parts[i]);
            }
            runs.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(values);
        }
        return runs;
    }

    static List<ScalePoint> readScaling(Path file) throws IOException {
        List<ScalePoint> points = new ArrayList<>();
        if (!Files.exists(file)) {
            return points;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+", 4);
            if (line.startsWith("#") || parts.length < 4) {
                continue;
            }
            if (parts[2].equals("skipped")) {
                points.add(ScalePoint.skipped(parts[0], Integer.parseInt(parts[1]), parts[3]));
            } else {
                String[] rest = parts[3].split("\\s+");
                points.add(new ScalePoint(parts[0], Integer.parseInt(parts[1]), Double.parseDouble(parts[2]),
                        Double.parseDouble(rest[0]), Integer.parseInt(rest[2]), Double.parseDouble(rest[3]),
                        Double.parseDouble(rest[4]), null));
            }
        }
        return points;
    }

    /** Column {@code column} of the runs of {@code key} (0 wall s, 1 CPU s, 2 RSS KiB, 3 load ms, 4 rules ms ...). */
    Stats stats(String key, int column) {
        List<Double> values = new ArrayList<>();
        for (double[] run : runs.getOrDefault(key, List.of())) {
            if (column < run.length && !Double.isNaN(run[column])) {
                values.add(run[column]);
            }
        }
        return Stats.of(values);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-25s %-26s %-19s %-19s %-15s %s%n", "work", "run by", "wall s",
                "CPU s (user+sys)", "peak RSS MiB", "netlint --timings, medians (ms)"));
        for (Row row : ROWS) {
            Stats wall = stats(row.key(), 0);
            if (wall == null) {
                out.append(String.format(Locale.ROOT, "%-25s %-26s not measured%n", row.work(), row.who()));
                continue;
            }
            Stats cpu = stats(row.key(), 1);
            Stats rss = stats(row.key(), 2);
            String timings = "";
            Stats load = stats(row.key(), 3);
            if (load != null) {
                timings = String.format(Locale.ROOT, "load %.0f / rules %.0f (plan %.0f) / report %.0f / total %.0f",
                        load.median(), stats(row.key(), 4).median(), stats(row.key(), 5).median(),
                        stats(row.key(), 6).median(), stats(row.key(), 7).median());
            }
            out.append(String.format(Locale.ROOT, "%-25s %-26s %-19s %-19s %-15s %s%n", row.work(), row.who(),
                    wall.format("%.2f"), cpu == null ? "n/a" : cpu.format("%.2f"),
                    rss == null ? "n/a" : new Stats(rss.median() / 1024, rss.min() / 1024, rss.max() / 1024,
                            rss.count()).format("%.0f"), timings).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Time per element of each list at each size, net of the baseline, as CPU and wall time. */
    String scalingTable() {
        StringBuilder out = new StringBuilder();
        out.append("rule time per element, warm (Scaling: the rules phase of one device per size in one JVM, net of\n")
                .append("the same device without that list; every size and baseline warmed and timed in turn, round after\n")
                .append("round; one JVM per list; CPU time of the Java threads\n")
                .append("/ wall time, in microseconds):\n");
        List<Integer> sizes = scaling.stream().map(ScalePoint::size).distinct().sorted().toList();
        out.append(String.format(Locale.ROOT, "%-18s", "list"));
        for (int size : sizes) {
            out.append(String.format(Locale.ROOT, " %-19s", String.format(Locale.ROOT, "%,d", size)));
        }
        out.append('\n');
        for (String list : LIST_NAMES) {
            List<ScalePoint> points = series(list);
            if (points.isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-18s", list));
            for (int size : sizes) {
                ScalePoint point = points.stream().filter(p -> p.size() == size).findFirst().orElse(null);
                String cell;
                if (point == null) {
                    cell = "-";
                } else if (point.skipped() != null) {
                    cell = "skipped";
                } else {
                    cell = String.format(Locale.ROOT, "%.2f / %.2f", perElement(point, true), perElement(point, false));
                }
                out.append(String.format(Locale.ROOT, " %-19s", cell));
            }
            out.append('\n');
            for (ScalePoint point : points) {
                if (point.skipped() != null) {
                    out.append(String.format(Locale.ROOT, "  %s %,d skipped: %s%n", list, point.size(), point.skipped()));
                }
            }
        }
        return out.toString();
    }

    private List<ScalePoint> series(String list) {
        return scaling.stream().filter(p -> p.list().equals(list)).toList();
    }

    /** Microseconds per element of {@code point} over its baseline, of CPU or of wall time. */
    static double perElement(ScalePoint point, boolean cpu) {
        double delta = cpu ? point.cpuMillis() - point.baseCpuMillis() : point.wallMillis() - point.baseWallMillis();
        return delta * 1000 / (point.size() - point.baseSize());
    }

    /**
     * The targets: netlint against the parsers it is built on (their floors), a first run from the
     * self-contained bundle, the peak RSS on the huge device, and the growth of the rule time per element.
     */
    List<Verdict> verdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(ratio("tree of YAML devices: netlint", "netlint-tree", "snakeyaml's events alone", "floor-tree",
                1.4));
        verdicts.add(ratio("huge device, JSON: netlint", "netlint-huge-json", "jackson-core's tokens alone",
                "floor-json", 4.0));
        verdicts.add(ratio("huge device, YAML: netlint", "netlint-huge-yaml", "snakeyaml's events alone", "floor-yaml",
                1.5));
        Stats small = stats("bundle-small", 0);
        verdicts.add(small == null ? missing("one small device from the self-contained bundle: median at most 0.25 s")
                : new Verdict(small.median() <= 0.25, String.format(Locale.ROOT,
                        "one small device from the self-contained bundle: median %.2f s (target at most 0.25 s)",
                        small.median())));
        verdicts.add(peakRss());
        for (String list : LIST_NAMES) {
            verdicts.add(growth(list, series(list)));
        }
        return verdicts;
    }

    private Verdict ratio(String what, String key, String otherName, String otherKey, double limit) {
        Stats mine = stats(key, 0);
        Stats other = stats(otherKey, 0);
        String target = String.format(Locale.ROOT, "at most %.2fx %s", limit, otherName);
        if (mine == null || other == null) {
            return missing(what + " " + target);
        }
        double ratio = mine.median() / other.median();
        return new Verdict(ratio <= limit, String.format(Locale.ROOT, "%s %.2f s is %.2fx %s %.2f s (target %s)",
                what, mine.median(), ratio, otherName, other.median(), target));
    }

    private Verdict peakRss() {
        String what = "peak RSS on the huge device at most 256 MiB, no -Xmx";
        double peak = Double.NaN;
        for (String key : List.of("netlint-huge-yaml", "netlint-huge-json")) {
            Stats rss = stats(key, 2);
            if (rss == null) {
                return missing(what);
            }
            peak = Double.isNaN(peak) ? rss.max() : Math.max(peak, rss.max());
        }
        return new Verdict(peak / 1024 <= 256, String.format(Locale.ROOT,
                "%s: the highest of every run, YAML and JSON, is %.0f MiB", what, peak / 1024));
    }

    /**
     * Whether the time per element of {@code list} (CPU, net of the baseline) at the largest size is at most
     * twice that at the smallest: from 1,000 to 100,000 elements, n log n with a constant that fits the
     * caches grows it by less than that, a pairwise loop by a hundred times; a skipped size is not met.
     */
    static Verdict growth(String list, List<ScalePoint> points) {
        String what = "rule time per element grows at most 2x from the smallest size to the largest for " + list;
        if (points.size() < 2) {
            return missing(what);
        }
        List<String> figures = new ArrayList<>();
        for (ScalePoint point : points) {
            if (point.skipped() != null) {
                return new Verdict(false, String.format(Locale.ROOT, "%s: %,d skipped %s", what, point.size(),
                        point.skipped()));
            }
            figures.add(String.format(Locale.ROOT, "%,d: %.2f", point.size(), perElement(point, true)));
        }
        List<ScalePoint> bySize = points.stream().sorted(java.util.Comparator.comparingInt(ScalePoint::size)).toList();
        double first = perElement(bySize.get(0), true);
        double last = perElement(bySize.get(bySize.size() - 1), true);
        double growth = last / first;
        boolean met = first > 0 && growth <= 2.0;
        return new Verdict(met, String.format(Locale.ROOT, "%s: x%.2f (us of CPU per element: %s)", what, growth,
                String.join(", ", figures)));
    }

    private static Verdict missing(String what) {
        return new Verdict(false, what + ": not measured");
    }
}
