package dev.netlint.core.run;

import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.testing.TestDevices;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A baseline accepts the findings it recorded and no other: matched by the element and the value, never
 * by a position in a list, one by one before findings are capped, and refreshed device by device.
 */
class BaselineCheckTest {

    @TempDir
    Path root;

    /** Each pool name's range, the same wherever the pool stands: 10.x.y.1-10.x.y.2 in the order first seen. */
    private final java.util.Map<String, Integer> ranges = new java.util.HashMap<>();

    /** A device file with one vSwitch holding pools of these names. */
    private String pools(String... names) {
        StringBuilder yaml = new StringBuilder("device:\n  network:\n    vSwitches:\n      - name: vSwitch1\n"
                + "        interfaceName: Port3\n        ipAddressPools:\n");
        for (String name : names) {
            int n = ranges.computeIfAbsent(name, k -> ranges.size());
            String block = "10." + (n / 250) + "." + (n % 250) + ".";
            yaml.append("          - { name: ").append(name).append(", ipAddressRange: ").append(block).append("1-")
                    .append(block).append("2 }\n");
        }
        return yaml.toString();
    }

    private Path baseline() {
        return root.resolve("ci/.netlint-baseline.json");
    }

    private Outcome run(UnaryOperator<CheckRequest.Builder> settings) throws CheckException {
        return Netlint.run(settings.apply(CheckRequest.builder().workingDirectory(root).vocabulary(TestWords.WORDS)
                .standardOutput(new StringWriter(), false).paths(List.of(root.resolve("sites")))).build(),
                TestDevices.RULES);
    }

    private Outcome record() throws CheckException {
        return run(b -> b.writeBaseline(baseline()));
    }

    private Outcome accept() throws CheckException {
        return run(b -> b.baseline(baseline()));
    }

    private static List<String> counted(Outcome outcome) {
        List<String> counted = new ArrayList<>();
        for (DeviceResult device : outcome.report().devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    counted.add(finding.message());
                }
            }
        }
        return counted;
    }

    /** The pools of the recorded device, then how they are edited, then the pools counted after. */
    @ParameterizedTest(name = "{0} -> {1}: counted {2}")
    @CsvSource(delimiter = ';', value = {
        // a fixed pool and a new one in its place: the new one is not the fixed one
        "A B; C B; pool C",
        // inserted in front: the others keep their entries, the new one has none
        "A B; C A B; pool C",
        "A B C; A X B C; pool X",
        // reordered: nothing new, nothing revived
        "A B C; C A B; ''",
        "A B C; B C; ''",
        // the same name twice: the second is new
        "A; A A; pool A",
    })
    void onlyTheFindingsOfNewElementsCount(String recorded, String edited, String expected) throws Exception {
        write(root, "sites/a/device.yaml", pools(recorded.split(" ")));
        record();
        write(root, "sites/a/device.yaml", "# edited\n" + pools(edited.split(" ")));

        Outcome outcome = accept();

        assertThat(counted(outcome)).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
        assertThat(outcome.fails()).isEqualTo(!expected.isEmpty());
    }

    /** Any insertion and reordering of pools: exactly the new pools count, whatever their place. */
    @Test
    void randomInsertsAndReordersNeitherHideNorReviveAFinding() throws Exception {
        Random random = new Random(21);
        for (int round = 0; round < 25; round++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                names.add("P" + round + "x" + i);
            }
            write(root, "sites/a/device.yaml", pools(names.toArray(String[]::new)));
            record();
            List<String> edited = new ArrayList<>(names);
            if (random.nextBoolean()) {
                edited.remove(random.nextInt(edited.size()));
            }
            Collections.shuffle(edited, random);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < random.nextInt(3); i++) {
                String name = "N" + round + "x" + i;
                added.add("pool " + name);
                edited.add(random.nextInt(edited.size() + 1), name);
            }
            write(root, "sites/a/device.yaml", pools(edited.toArray(String[]::new)));

            assertThat(counted(accept())).as("%s -> %s", names, edited).containsExactlyInAnyOrderElementsOf(added);
        }
    }

    @Test
    void aCappedRuleIsRecordedFindingByFindingAndItsSummaryNeverAbsorbsNewFindings() throws Exception {
        int over = 3;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Engine.MAX_FINDINGS_PER_RULE + over; i++) {
            names.add(String.format("P%04d", i));
        }
        write(root, "sites/a/device.yaml", pools(names.toArray(String[]::new)));
        Outcome written = record();
        assertThat(written.fails()).isFalse();
        assertThat(Files.readString(baseline())).as("no summary finding is recorded").doesNotContain("more test-pool-names");
        assertThat(Files.readString(baseline()).split("\"rule\": \"test-pool-names\"", -1))
                .hasSize(Engine.MAX_FINDINGS_PER_RULE + over + 1);

        assertThat(accept().fails()).as("the same findings: all accepted, the summary too").isFalse();

        List<String> more = new ArrayList<>(names);
        for (int i = 0; i < 50; i++) {
            more.add(String.format("Q%04d", i));
        }
        write(root, "sites/a/device.yaml", pools(more.toArray(String[]::new)));
        Outcome outcome = accept();

        assertThat(outcome.fails()).isTrue();
        assertThat(counted(outcome)).containsExactly("and 53 more test-pool-names findings on this device (3 of them"
                + " suppressed), not listed: netlint lists at most 1000 findings of a rule per device");
    }

    @Test
    void refreshingOnSomeDevicesKeepsTheEntriesOfTheOthers() throws Exception {
        write(root, "sites/a/device.yaml", pools("A1", "A2"));
        write(root, "sites/b/device.yaml", pools("B1"));
        record();

        write(root, "sites/a/device.yaml", pools("A2"));
        Outcome refreshed = run(b -> b.paths(List.of(root.resolve("sites/a"))).baseline(baseline())
                .writeBaseline(baseline()));
        assertThat(refreshed.fails()).isFalse();

        String text = Files.readString(baseline());
        assertThat(text).contains("\"message\": \"pool B1\"").contains("\"message\": \"pool A2\"")
                .as("the fixed finding of the checked device is dropped").doesNotContain("pool A1");
        Outcome full = accept();
        assertThat(counted(full)).isEmpty();
        assertThat(full.notes(Note.Stage.RESULT)).extracting(Note::text).noneMatch(n -> n.contains("no finding any more"));

        write(root, "sites/a/device.yaml", pools("A2", "A1"));
        assertThat(counted(accept())).as("a refreshed-away finding is new again").containsExactly("pool A1");
    }

    @Test
    void aBaselineRecordedInAnotherFolderKeepsTheEntriesOfUncheckedFiles() throws Exception {
        write(root, "sites/a/device.yaml", pools("A1"));
        write(root, "sites/b/device.yaml", pools("B1"));
        record();
        Path other = root.resolve("elsewhere/deeper/baseline.json");

        run(b -> b.paths(List.of(root.resolve("sites/a"))).baseline(baseline()).writeBaseline(other));

        assertThat(Files.readString(other)).contains("\"file\": \"../../sites/b/device.yaml\"");
        assertThat(counted(run(b -> b.baseline(other)))).isEmpty();
    }

    @Test
    void entriesOfFilesNotCheckedAreNotStale() throws Exception {
        write(root, "sites/a/device.yaml", pools("A1"));
        write(root, "sites/b/device.yaml", pools("B1"));
        record();
        write(root, "sites/a/device.yaml", pools());

        Outcome outcome = run(b -> b.paths(List.of(root.resolve("sites/a"))).baseline(baseline()));

        assertThat(outcome.notes(Note.Stage.RESULT)).extracting(Note::text).containsExactly(
                "1 entry of the baseline ci/.netlint-baseline.json matches no finding any more; refresh it with"
                        + " write_baseline");
    }

    @Test
    void aBaselineOfFormatOneIsRefusedBeforeAnyDeviceIsRead() throws Exception {
        write(root, "sites/a/device.yaml", pools("A"));
        write(root, "ci/.netlint-baseline.json", "{\n  \"netlintBaseline\": 1,\n  \"findings\": []\n}\n");

        assertThatThrownBy(this::accept).isInstanceOf(CheckException.class)
                .hasMessage("ci/.netlint-baseline.json:2: a baseline of format 1, which matched findings by their"
                        + " positions in lists (an entry inserted before one moved it onto another); write it again"
                        + " with --write-baseline, without --baseline");
    }

    @Test
    void aReportNeverReplacesTheBaselineReadNorAConfigurationFile() throws Exception {
        write(root, "sites/a/device.yaml", pools("A"));
        record();
        Path config = write(root, "ci/netlint.yaml", "failOn: error\n");
        Path discovered = write(root, "sites/.netlint.yaml", "failOn: error\n");

        assertThatThrownBy(() -> run(b -> b.baseline(baseline()).reports(List.of("json"),
                List.of(baseline().toString())))).isInstanceOf(CheckException.class)
                .hasMessage("outputs " + baseline() + ": is the baseline of baseline this run reads; a report must"
                        + " not replace it");
        assertThatThrownBy(() -> run(b -> b.configFile(config).reports(List.of("json"), List.of(config.toString()))))
                .hasMessage("outputs " + config + ": is the configuration file of config_file this run reads; a report"
                        + " must not replace it");
        assertThatThrownBy(() -> run(b -> b.reports(List.of("sarif"), List.of(discovered.toString()))))
                .hasMessage("outputs " + discovered + ": is a configuration file this run reads; a report must not"
                        + " replace it");
        assertThatThrownBy(() -> run(b -> b.writeBaseline(config).configFile(config)))
                .hasMessageContaining("is the configuration file of config_file this run reads");
        assertThat(Files.readString(config)).isEqualTo("failOn: error\n");
        assertThat(Files.readString(baseline())).startsWith("{\n  \"netlintBaseline\": 2");
        // refreshing a baseline in place stays allowed
        run(b -> b.baseline(baseline()).writeBaseline(baseline()));
    }
}
