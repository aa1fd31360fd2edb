package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.Location;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.Summary;
import dev.netlint.core.result.Timings;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {

    @TempDir
    Path root;

    @Test
    void findingsWithSnippetCaretRelatedAndSummary() {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        String text = render(new TextReporter(false), report);
        assertThat(text).isEqualTo("""
                broken/device.yaml:8:40: error: pool A [test-pool-names]
                              - { name: A, ipAddressRange: 10.0.0.1-10.0.0.2 }
                                                           ^
                    broken/device.yaml:5:15: note: switch vSwitch1
                broken/device.yaml:10:61: error: pool evil"<&>\\x0a\\x1b[31mred [test-pool-names]
                              - { name: "evil\\"<&>\\n\\e[31mred", ipAddressRange: 10.0.0.5-10.0.0.6 }
                                                                                ^
                    broken/device.yaml:5:15: note: switch vSwitch1
                2 devices, 2 files: 2 errors, 0 warnings, 0 infos, 1 suppressed
                """);
    }

    @Test
    void aFindingForABuildLogHasNoSeverityNoSnippetAndNoControlCharacter() {
        Finding finding = new Finding("pool-overlap", Severity.ERROR, "pool KubernetesServiceIPs\n[ERROR] forged",
                new Location("site/device.yaml", 17, 38, "/device"),
                List.of(new Related(new Location("site/device.yaml", 16, 38, "/device"), "pool KubernetesNodeIPs")),
                null, "move it to 192.168.20.40-192.168.20.49");
        assertThat(TextReporter.logLines(finding)).containsExactly(
                "site/device.yaml:17:38 pool KubernetesServiceIPs\\x0a[ERROR] forged [pool-overlap]",
                "    site/device.yaml:16:38: note: pool KubernetesNodeIPs",
                "    help: move it to 192.168.20.40-192.168.20.49");
    }

    @Test
    void colourOnlyWhenAskedAndNeverFromUserText() {
        Report report = TestDevices.check(ReportsFixture.tree(root));
        String plain = render(new TextReporter(false), report);
        assertThat(plain).doesNotContain("\u001b");
        String coloured = render(new TextReporter(true), report);
        assertThat(coloured).contains("\u001b[1;31merror:\u001b[0m").contains("\\x1b[31mred");
    }

    @Test
    void aCleanRunPrintsTheSummaryOnly() {
        ReportsFixture.tree(root);
        String text = render(new TextReporter(false), TestDevices.check(root.resolve("clean")));
        assertThat(text).isEqualTo("1 device, 1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void tabsExpandAndTheCaretFollows() {
        String[] shown = TextReporter.snippet("a:\tb\tvalue", 6);
        assertThat(shown[0]).isEqualTo("a:  b   value");
        assertThat(shown[1]).isEqualTo("        ");
    }

    @Test
    void controlCharactersAndWideCodePointsKeepTheCaretAligned() {
        String[] shown = TextReporter.snippet("k: \u001b\ud83d\ude00 x", 6);
        assertThat(shown[0]).isEqualTo("k: \\x1b\ud83d\ude00 x");
        assertThat(shown[1]).hasSize("k: \\x1b".length() + 2);
    }

    @Test
    void aLongLineIsCutToAWindowAroundTheColumn() {
        String line = "x".repeat(1000) + "HERE" + "y".repeat(1000);
        String[] shown = TextReporter.snippet(line, 1001);
        assertThat(shown[0]).startsWith("...").endsWith("...").contains("HERE").hasSizeLessThanOrEqualTo(166);
        assertThat(shown[0].charAt(shown[1].length())).isEqualTo('H');
    }

    @Test
    void aColumnPastTheEndOfTheLinePointsJustAfterIt() {
        String[] shown = TextReporter.snippet("key:", 9);
        assertThat(shown[1]).isEqualTo("    ");
        assertThat(TextReporter.snippet("   ", 1)).isNull();
    }

    @Test
    void aFindingPastTheEndOfTheFileHasNoSnippet() {
        Finding finding = new Finding("parse-error", Severity.ERROR, "unexpected end", new Location("d.yaml", 7, 1, ""),
                List.of(), null);
        DeviceResult device = new DeviceResult("d", List.of("d.yaml"), List.of(finding),
                Map.of("d.yaml", new SourceFile("d.yaml", "a: [\n")));
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings());
        assertThat(render(new TextReporter(false), report)).isEqualTo("""
                d.yaml:7:1: error: unexpected end [parse-error]
                1 device, 1 file: 1 error, 0 warnings, 0 infos
                """);
    }

    @Test
    void theFixGoesOnAHelpLineOfItsOwnAfterTheNotes() {
        Location at = new Location("d.yaml", 2, 8, "");
        Finding finding = new Finding("test-pool-names", Severity.ERROR, "pool A overlaps pool B", at,
                List.of(new Related(new Location("d.yaml", 1, 8, ""), "pool B")), null, "move A to 10.0.0.9-10.0.0.10");
        DeviceResult device = new DeviceResult("d", List.of("d.yaml"), List.of(finding),
                Map.of("d.yaml", new SourceFile("d.yaml", "b: 10.0.0.1\na: 10.0.0.1\n")));
        Report report = new Report(List.of(device), Summary.of(List.of(device)), TestDevices.RULES, new Timings());
        assertThat(render(new TextReporter(false), report)).isEqualTo("""
                d.yaml:2:8: error: pool A overlaps pool B [test-pool-names]
                    a: 10.0.0.1
                           ^
                    d.yaml:1:8: note: pool B
                    help: move A to 10.0.0.9-10.0.0.10
                1 device, 1 file: 1 error, 0 warnings, 0 infos
                """);
        assertThat(render(new TextReporter(false, true), report)).as("quiet: no summary")
                .endsWith("    help: move A to 10.0.0.9-10.0.0.10\n");
        assertThat(render(new JsonReporter(), report)).as("one message elsewhere: facts; fix")
                .contains("\"message\": \"pool A overlaps pool B; move A to 10.0.0.9-10.0.0.10\"");
    }

    @Test
    void c1ControlsAndBidirectionalControlsAreShownNotObeyed() {
        assertThat(TerminalText.printable("csi\u009b31m nel\u0085 pad\u0080 apc\u009f")).isEqualTo(
                "csi\\u009b31m nel\\u0085 pad\\u0080 apc\\u009f");
        assertThat(TerminalText.printable("rlo\u202etxt.exe lre\u202a pdf\u202c lri\u2066 pdi\u2069 ls\u2028"))
                .isEqualTo("rlo\\u202etxt.exe lre\\u202a pdf\\u202c lri\\u2066 pdi\\u2069 ls\\u2028");
        assertThat(TerminalText.printable("lone\ud800 pair\ud83d\ude00 é ü \u00a0")).isEqualTo(
                "lone\ufffd pair\ud83d\ude00 é ü \u00a0");
        assertThat(TextReporter.snippet("name: \"\u202egnp.exe\"", 7)[0]).isEqualTo("name: \"\\u202egnp.exe\"");
    }
}
