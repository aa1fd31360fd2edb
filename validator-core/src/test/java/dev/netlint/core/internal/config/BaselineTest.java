package dev.netlint.core.internal.config;

import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: written sorted, read back whole, refused with its line when it cannot be used. */
class BaselineTest {

    @TempDir
    Path root;

    private static final String ROUTE = "/kubernetes/routes/[destinationPrefix=10.1.0.0\\/16,nextHop=10.0.0.9]/nextHop";

    @Test
    void entriesAreSortedByFileElementRuleValueAndMessage() {
        Baseline baseline = Baseline.of(root.resolve("ci/b.json"), List.of(
                new Baseline.Entry("r", "../d.yaml", "/b", "1", "m"),
                new Baseline.Entry("s", "../d.yaml", "/a", "1", "m"),
                new Baseline.Entry("r", "../d.yaml", "/a", "2", "m"),
                new Baseline.Entry("r", "../d.yaml", "/a", null, "z"),
                new Baseline.Entry("r", "../c.yaml", "/z", null, "m")));

        assertThat(baseline.entries()).containsExactly(
                new Baseline.Entry("r", "../c.yaml", "/z", null, "m"),
                new Baseline.Entry("r", "../d.yaml", "/a", null, "z"),
                new Baseline.Entry("r", "../d.yaml", "/a", "2", "m"),
                new Baseline.Entry("s", "../d.yaml", "/a", "1", "m"),
                new Baseline.Entry("r", "../d.yaml", "/b", "1", "m"));
    }

    @Test
    void aWrittenBaselineEndsWithALineBreakAndReadsBack() throws Exception {
        Path file = root.resolve("b.json");
        Baseline written = Baseline.of(file, List.of(new Baseline.Entry("r", "d.yaml", ROUTE, "10.0.0.9", "m"),
                new Baseline.Entry("r", "d.yaml", "", null, "q\"<&>\n\u001b[31mred\u2028")));
        written.write();

        assertThat(Files.readString(file)).startsWith("{\n  \"netlintBaseline\": 2,").endsWith("]\n}\n")
                .contains("\"element\": \"/kubernetes/routes/[destinationPrefix=10.1.0.0\\\\/16,nextHop=10.0.0.9]")
                .doesNotContain("\"pointer\"");
        assertThat(Baseline.read(file).entries()).isEqualTo(written.entries());
        assertThat(Baseline.read(file).file()).isEqualTo(file);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aBaselineOfFormatOneIsRefusedWithOneLineSayingToWriteItAgain() {
        String old = "{\n  \"netlintBaseline\": 1,\n  \"findings\": [\n    {\"rule\": \"r\", \"file\": \"d.yaml\","
                + " \"pointer\": \"/kubernetes/routes/3/nextHop\", \"message\": \"m\"}\n  ]\n}\n";
        Path file = write(root, "baseline.json", old);

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.problem()).isEqualTo("a baseline of format 1, which matched findings by their positions in"
                    + " lists (an entry inserted before one moved it onto another); write it again with"
                    + " --write-baseline, without --baseline").doesNotContain("\n");
        });
    }

    @Test
    void aBaselineOfTheWrongShapeSaysWhatIsWrongAndWhere() {
        assertProblem("[]\n", 1, "not a netlint baseline: expected {\"netlintBaseline\": 2, \"findings\": [...]}");
        assertProblem("{\n  \"findings\": []\n}\n", 1, "not a netlint baseline of format 2 (\"netlintBaseline\": 2)");
        assertProblem("{\n  \"netlintBaseline\": 3,\n  \"findings\": []\n}\n", 2,
                "not a netlint baseline of format 2 (\"netlintBaseline\": 2)");
        assertProblem("{\n  \"netlintBaseline\": [2],\n  \"findings\": []\n}\n", 2,
                "not a netlint baseline of format 2 (\"netlintBaseline\": 2)");
        assertProblem("{\n  \"netlintBaseline\": 2\n}\n", 1, "\"findings\" must be a list");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": {}\n}\n", 3, "\"findings\" must be a list");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": [\n    1\n  ]\n}\n", 4,
                "each finding must be an object");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": [\n    {\"rule\": \"r\", \"file\": \"f\","
                + " \"element\": \"\", \"message\": [\"m\"]}\n  ]\n}\n", 4, "each finding needs a \"message\" string");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": [\n    {\"rule\": \"r\", \"file\": \"f\","
                + " \"element\": \"\", \"value\": {}, \"message\": \"m\"}\n  ]\n}\n", 4,
                "each finding needs a \"value\" string");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  ? [k]\n  : v\n}\n", 3, "keys must be strings");
        assertProblem("{\n  \"netlintBaseline\": 2,\n  \"findings\": [}\n", 3, "not a valid baseline: ");
        assertThatThrownBy(() -> Baseline.read(root.resolve("missing.json")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem()).contains("--write-baseline"));
    }

    private void assertProblem(String text, int line, String problem) {
        Path file = write(root, "baseline.json", text);
        assertThatThrownBy(() -> Baseline.read(file)).as(text).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problem()).startsWith(problem);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.file()).isEqualTo(file);
        });
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
