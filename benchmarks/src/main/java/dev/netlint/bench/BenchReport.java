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
            new Row("tree of YAML devices", "peer (Python)", "peer-tree"),
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

    List<Verdict> verdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(ratio("tree of YAML devices: netlint", "netlint-tree", "the peer", "peer-tree", 1.0));
        verdicts.add(ratio("huge device, JSON: netlint", "netlint-huge-json", "the peer", "peer-huge-json", 0.5));
        verdicts.add(ratio("huge device, YAML: netlint", "netlint-huge-yaml", "the peer", "peer-huge-yaml", 0.25));
        verdicts.add(ratio("huge device, YAML: netlint", "netlint-huge-yaml", "snakeyaml's events alone", "floor-yaml",
                2.5));
        Stats small = stats("netlint-small", 0);
        verdicts.add(small == null ? missing("one small device: median at most 0.5 s")
                : new Verdict(small.median() <= 0.5, String.format(Locale.ROOT,
                        "one small device: median %.2f s (target at most 0.5 s)", small.median())));
        verdicts.add(peakRss());
        for (String key : List.of("netlint-huge-yaml", "netlint-huge-json")) {
            Stats load = stats(key, 3);
            Stats rules = stats(key, 4);
            String what = "huge device, " + (key.endsWith("yaml") ? "YAML" : "JSON") + ": the rules phase shorter than loading";
            verdicts.add(load == null || rules == null ? missing(what) : new Verdict(rules.median() < load.median(),
                    String.format(Locale.ROOT, "%s (rules %.0f ms, load %.0f ms)", what, rules.median(), load.median())));
        }
        for (String list : LIST_NAMES) {
            verdicts.add(flat(list, series(list)));
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
        String what = "peak RSS on the huge device at most 512 MiB, no -Xmx";
        double peak = Double.NaN;
        for (String key : List.of("netlint-huge-yaml", "netlint-huge-json")) {
            Stats rss = stats(key, 2);
            if (rss == null) {
                return missing(what);
            }
            peak = Double.isNaN(peak) ? rss.max() : Math.max(peak, rss.max());
        }
        return new Verdict(peak / 1024 <= 512, String.format(Locale.ROOT,
                "%s: the highest of every run, YAML and JSON, is %.0f MiB", what, peak / 1024));
    }

    /**
     * Whether the time per element of {@code list} (CPU, net of the baseline) stays within 30 % of its
     * median over the sizes measured; a skipped size is not met.
     */
    static Verdict flat(String list, List<ScalePoint> points) {
        String what = "rule time per element flat (within 30 % of its median) for " + list;
        if (points.size() < 2) {
            return missing(what);
        }
        List<String> figures = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ScalePoint point : points) {
            if (point.skipped() != null) {
                return new Verdict(false, String.format(Locale.ROOT, "%s: %,d skipped %s", what, point.size(),
                        point.skipped()));
            }
            double value = perElement(point, true);
            values.add(value);
            figures.add(String.format(Locale.ROOT, "%,d: %.2f", point.size(), value));
        }
        double median = Stats.of(values).median();
        boolean met = median > 0 && values.stream().allMatch(v -> v >= 0.7 * median && v <= 1.3 * median);
        return new Verdict(met, String.format(Locale.ROOT, "%s (us of CPU per element: %s)", what,
                String.join(", ", figures)));
    }

    private static Verdict missing(String what) {
        return new Verdict(false, what + ": not measured");
    }
}
