package dev.netlint.core.config;

import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.engine.Report;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path root;

    private static List<Finding> findings(Report report) {
        return report.devices().stream().flatMap(d -> d.findings().stream()).toList();
    }

    @Test
    void aBaselineSurvivesAnUnrelatedEditAboveTheFinding() throws Exception {
        write(root, "site/device.yaml", pools("A", "B"));
        Path file = root.resolve("ci/.netlint-baseline.json");
        Baseline.of(TestDevices.check(root), file).write();

        // Three lines inserted above the pools: every finding moves down, pointers stay.
        write(root, "site/device.yaml", "# owner: network team\n# ticket: CHG-1\n\n" + pools("A", "B"));
        Baseline.Applied applied = Baseline.read(file).apply(TestDevices.check(root));

        assertThat(findings(applied.report())).extracting(f -> f.location().line()).containsExactly(10, 11);
        assertThat(findings(applied.report())).allSatisfy(f -> {
            assertThat(f.suppressed()).isTrue();
            assertThat(f.suppression().kind()).isEqualTo("baseline");
            assertThat(f.suppression().justification()).contains(".netlint-baseline.json");
        });
        assertThat(applied.report().summary().errors()).isZero();
        assertThat(applied.report().summary().suppressed()).isEqualTo(2);
        assertThat(applied.matched()).isEqualTo(2);
        assertThat(applied.stale()).isZero();
    }

    @Test
    void aNewFindingIsReportedAndAFixedOneIsStale() throws Exception {
        write(root, "site/device.yaml", pools("A", "B"));
        Path file = root.resolve(".netlint-baseline.json");
        Baseline.of(TestDevices.check(root), file).write();

        write(root, "site/device.yaml", pools("A", "C", "D"));
        Baseline.Applied applied = Baseline.read(file).apply(TestDevices.check(root));

        // Pool 1 keeps its pointer but changed its name: it still matches (message is only a tie-break).
        assertThat(findings(applied.report())).extracting(Finding::message, Finding::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pool A", true),
                        org.assertj.core.groups.Tuple.tuple("pool C", true),
                        org.assertj.core.groups.Tuple.tuple("pool D", false));
        assertThat(applied.report().summary().errors()).isEqualTo(1);
        assertThat(applied.stale()).isZero();

        write(root, "site/device.yaml", pools("A"));
        assertThat(Baseline.read(file).apply(TestDevices.check(root)).stale()).isEqualTo(1);
    }

    @Test
    void entriesAreRelativeToTheBaselineFolderAndSorted() throws Exception {
        write(root, "b/device.yaml", pools("B"));
        write(root, "a/device.yaml", pools("A"));
        Path file = root.resolve("ci/baseline.json");
        Baseline written = Baseline.of(TestDevices.check(root), file);
        written.write();
        assertThat(written.entries()).extracting(Baseline.Entry::file)
                .containsExactly("../a/device.yaml", "../b/device.yaml");
        assertThat(Files.readString(file)).contains("\"netlintBaseline\": 1")
                .contains("\"pointer\": \"/device/network/vSwitches/0/ipAddressPools/0/ipAddressRange\"");
        assertThat(Baseline.read(file).entries()).isEqualTo(written.entries());
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void messagesWithAnyCharacterSurviveTheRoundTrip() throws Exception {
        write(root, "d/device.yaml", pools("\"q\\\"<&>\\n\\e[31mred\\u2028\""));
        Path file = root.resolve("baseline.json");
        Baseline written = Baseline.of(TestDevices.check(root), file);
        written.write();
        assertThat(written.entries().get(0).message()).isEqualTo("pool q\"<&>\n\u001b[31mred\u2028");
        assertThat(Baseline.read(file).entries()).isEqualTo(written.entries());
    }

    @Test
    void aBrokenBaselineNamesItsLine() throws Exception {
        Path file = write(root, "baseline.json", "{\n  \"netlintBaseline\": 1,\n  \"findings\": [\n    {\"rule\": 1}\n  ]\n}\n");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.problem()).contains("\"file\"");
        });
        Files.writeString(file, "{\"findings\": [}");
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> Baseline.read(root.resolve("missing.json")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).contains("--write-baseline"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aBaselineThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = root.resolve("baseline.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");

        assertThatThrownBy(() -> Baseline.read(fifo)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problem()).isEqualTo("is a FIFO (named pipe), not a file"));
    }

    @Test
    void aBaselineOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path big = root.resolve("baseline.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(Baseline.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> Baseline.read(big)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problem()).isEqualTo("the file is over the size limit of " + Baseline.MAX_BYTES
                        + " bytes for a baseline and is not read"));
    }
}
