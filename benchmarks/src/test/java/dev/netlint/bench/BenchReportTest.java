package dev.netlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.bench.BenchReport.ScalePoint;
import dev.netlint.bench.BenchReport.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judging of benchmarks/run.sh: what it reads, and when a target is met. */
class BenchReportTest {

    @TempDir
    Path dir;

    /** Runs as run.sh writes them: key, wall s, CPU s, RSS KiB, then netlint's --timings. */
    private static final String RUNS = """
            netlint-small 0.45 0.60 60000 30 50 1 10 200
            netlint-small 0.52 0.70 61000 31 52 1 10 210
            netlint-small 0.48 0.65 60500 32 51 1 10 205
            bundle-small 0.22 0.30 50000
            bundle-small 0.26 0.30 50000
            bundle-small 0.24 0.30 50000
            peer-tree 1.20 1.10 15000
            floor-tree 0.86 1.00 120000
            netlint-tree 1.20 2.00 170000 900 800 10 30 1100
            peer-huge-yaml 20.0 19.0 540000
            floor-yaml 2.0 2.5 140000
            netlint-huge-yaml 4.0 4.5 300000 2500 1500 10 30 4000
            netlint-huge-yaml 5.9 4.5 530000 2600 1400 10 30 4100
            netlint-huge-yaml 4.2 4.5 300000 2550 1450 10 30 4050
            peer-huge-json 4.0 3.9 100000
            floor-json 0.5 0.6 60000 NA
            netlint-huge-json 2.1 3.0 290000 1500 1600 0 10 3000
            """;

    private BenchReport report(String runs, List<ScalePoint> scaling) throws IOException {
        Path file = dir.resolve("runs.txt");
        Files.writeString(file, runs);
        return new BenchReport(BenchReport.readRuns(file), scaling);
    }

    private static Verdict find(List<Verdict> verdicts, String start) {
        return verdicts.stream().filter(v -> v.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void judgesEachTargetOnMediansAgainstTheParsersFloors() throws IOException {
        List<Verdict> verdicts = report(RUNS, List.of()).verdicts();
        // 1.20 / 0.86 = 1.395 <= 1.4
        assertThat(find(verdicts, "tree of YAML devices").met()).isTrue();
        assertThat(find(verdicts, "tree of YAML devices").text()).contains("1.40x snakeyaml's events alone 0.86 s");
        // 2.1 / 0.5 = 4.2 > 4
        assertThat(find(verdicts, "huge device, JSON: netlint").met()).isFalse();
        assertThat(find(verdicts, "huge device, JSON: netlint").text()).contains("4.20x jackson-core's tokens alone");
        // YAML: median 4.2 s; 4.2 / 2.0 = 2.1 > 1.5
        assertThat(find(verdicts, "huge device, YAML: netlint").met()).isFalse();
        assertThat(find(verdicts, "huge device, YAML: netlint").text()).contains("2.10x snakeyaml's events alone 2.00 s");
        // the bundle: median of 0.22, 0.24, 0.26
        assertThat(find(verdicts, "one small device from the self-contained bundle").met()).isTrue();
        assertThat(find(verdicts, "one small device from the self-contained bundle").text()).contains("median 0.24 s");
    }

    @Test
    void peakRssIsTheHighestOfEveryRunNotAMedian() throws IOException {
        Verdict rss = find(report(RUNS, List.of()).verdicts(), "peak RSS");
        // one YAML run reached 530,000 KiB = 518 MiB, though the median is 293 MiB
        assertThat(rss.met()).isFalse();
        assertThat(rss.text()).contains("518 MiB");
        Verdict lower = find(report(RUNS.replace(" 530000 ", " 250000 ").replace(" 300000 ", " 250000 ")
                .replace(" 290000 ", " 250000 "), List.of()).verdicts(), "peak RSS");
        assertThat(lower.met()).isTrue();
    }

    @Test
    void whatWasNotMeasuredIsNotMet() throws IOException {
        List<Verdict> verdicts = report("bundle-small 0.2 0.3 50000\n", List.of()).verdicts();
        assertThat(find(verdicts, "one small device").met()).isTrue();
        assertThat(verdicts.stream().filter(v -> !v.text().startsWith("one small device")))
                .allSatisfy(v -> {
                    assertThat(v.met()).isFalse();
                    assertThat(v.text()).endsWith("not measured");
                });
        assertThat(report("", List.of()).table()).contains("not measured");
    }

    @Test
    void timeToleratesRunsWithoutCpuTimeOrTimings() throws IOException {
        BenchReport report = report(RUNS, List.of());
        assertThat(report.stats("floor-json", 1).median()).isEqualTo(0.6);
        assertThat(report.stats("peer-tree", 3)).isNull();
        assertThat(report.table()).contains("load 2550 / rules 1450 (plan 10) / report 30 / total 4050");
    }

    private static ScalePoint point(String list, int size, double cpuMillis) {
        return new ScalePoint(list, size, cpuMillis, cpuMillis, list.equals("routes") ? 5 : 0, 5, 5, null);
    }

    @Test
    void timePerElementIsNetOfTheBaselineAndGrowsAtMostTwice() {
        // baseline 5 ms; per element (ms * 1000 / n): 1k 5.0 us, 10k 4.0 us, 100k 9.5 us: x1.90
        List<ScalePoint> nLogN = List.of(point("routes", 1_005, 10), point("routes", 10_005, 45),
                point("routes", 100_005, 955));
        Verdict verdict = BenchReport.growth("routes", nLogN);
        assertThat(verdict.met()).isTrue();
        assertThat(verdict.text()).contains("x1.90", "1,005: 5.00", "10,005: 4.00", "100,005: 9.50");

        // 100k at 10.5 us: x2.10 of the 1k figure
        List<ScalePoint> growing = List.of(point("pools", 1_000, 10), point("pools", 10_000, 45),
                point("pools", 100_000, 1_055));
        assertThat(BenchReport.growth("pools", growing).met()).isFalse();
    }

    @Test
    void aSkippedSizeIsNotMet() {
        List<ScalePoint> points = List.of(point("pools", 1_000, 6), point("pools", 10_000, 200),
                ScalePoint.skipped("pools", 100_000, "(at that growth about 2000 s)"));
        Verdict verdict = BenchReport.growth("pools", points);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.text()).contains("100,000 skipped (at that growth about 2000 s)");
    }

    @Test
    void readsWhatScalingPrints() throws IOException {
        Path file = dir.resolve("scaling.txt");
        Files.writeString(file, """
                # list size wall_ms cpu_ms runs baseline_size baseline_wall_ms baseline_cpu_ms
                pools 1000 2.000 1.900 40 0 1.500 1.200
                pools 100000 skipped (10000 took 12.00 s and ...)
                """);
        List<ScalePoint> points = BenchReport.readScaling(file);
        assertThat(points).containsExactly(new ScalePoint("pools", 1000, 2.0, 1.9, 0, 1.5, 1.2, null),
                ScalePoint.skipped("pools", 100000, "(10000 took 12.00 s and ...)"));
        String table = new BenchReport(java.util.Map.of(), points).scalingTable();
        assertThat(table).contains("pools              0.70 / 0.50").contains("pools 100,000 skipped: (10000 took");
    }

    @Test
    void scalingSkipsASizeThatWouldTakeLongerThanTheCap() {
        List<Integer> sizes = List.of(1_000, 10_000);
        // 10 ms at 1k, 1 s at 10k: growth n^2, so 100k would take 100 s
        List<Scaling.Point> points = List.of(new Scaling.Point(10, 10, 9), new Scaling.Point(1_000, 1_000, 9));
        assertThat(Scaling.skipReason(sizes, points, 100_000, 60)).contains("about 100 s a run");
        assertThat(Scaling.skipReason(sizes, points, 100_000, 120)).isNull();
        // linear growth is predicted as linear: 10 s at 100k
        List<Scaling.Point> linear = List.of(new Scaling.Point(100, 100, 9), new Scaling.Point(1_000, 1_000, 9));
        assertThat(Scaling.skipReason(sizes, linear, 100_000, 60)).isNull();
        // one run over the cap stops the series
        assertThat(Scaling.skipReason(List.of(1_000), List.of(new Scaling.Point(70_000, 1, 1)), 10_000, 60))
                .contains("over the cap");
    }
}
