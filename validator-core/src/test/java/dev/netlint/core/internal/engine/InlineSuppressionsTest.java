package dev.netlint.core.internal.engine;

import dev.netlint.core.result.Summary;
import static dev.netlint.core.testing.TestDevices.pools;
import static dev.netlint.core.testing.TestDevices.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineSuppressionsTest {

    @TempDir
    Path root;

    private List<Finding> check(String yaml) {
        write(root, "device.yaml", yaml);
        return TestDevices.check(root).devices().get(0).findings();
    }

    /** The pools device with a comment appended to line {@code line} (1-based). */
    private static String withComment(String yaml, int line, String comment) {
        List<String> lines = new java.util.ArrayList<>(yaml.lines().toList());
        lines.set(line - 1, lines.get(line - 1) + comment);
        return String.join("\n", lines) + "\n";
    }

    private static String withLineAbove(String yaml, int line, String text) {
        List<String> lines = new java.util.ArrayList<>(yaml.lines().toList());
        lines.add(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aCommentOnTheLineSuppressesWithItsReason() {
        List<Finding> findings = check(withComment(pools("A", "B"), 7,
                "  # netlint-disable-line test-pool-names -- A is retired (CHG-1)"));
        assertThat(findings).extracting(Finding::message, Finding::suppressed)
                .containsExactly(tuple("pool A", true), tuple("pool B", false));
        assertThat(findings.get(0).suppression()).isEqualTo(new Suppression("inline", "A is retired (CHG-1)"));
    }

    @Test
    void aCommentOnTheLineAboveSuppressesTheNextLineOnly() {
        List<Finding> findings = check(withLineAbove(pools("A", "B"), 8,
                "          # netlint-disable-next-line unknown-key, test-pool-names -- B is a placeholder"));
        assertThat(findings).extracting(Finding::message, f -> f.location().line(), Finding::suppressed)
                .containsExactly(tuple("pool A", 7, false), tuple("pool B", 9, true));
    }

    @Test
    void aStarIsAnUnknownRuleAndSuppressesNothing() {
        List<Finding> findings = check(withComment(pools("A"), 7, " # netlint-disable-line * -- scratch"));
        assertThat(findings).extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("test-pool-names", false), tuple(InlineSuppressions.RULE, false));
    }

    @Test
    void aCommentWithoutAReasonStillSuppressesButIsReported() {
        List<Finding> findings = check(withComment(pools("A"), 7, "  # netlint-disable-line test-pool-names"));
        assertThat(findings).extracting(Finding::rule, f -> f.location().line(), f -> f.location().column(),
                        Finding::suppressed)
                .containsExactly(tuple("test-pool-names", 7, 40, true), tuple(InlineSuppressions.RULE, 7, 61, false));
        assertThat(findings.get(1).message()).contains("gives no reason");
        assertThat(findings.get(1).severity()).isEqualTo(dev.netlint.core.finding.Severity.WARNING);
    }

    @Test
    void anUnknownRuleSuppressesNothingAndIsReportedWithTheClosestId() {
        List<Finding> findings = check(withComment(pools("A"), 7,
                " # netlint-disable-line test-pool-name -- typo"));
        assertThat(findings).extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("test-pool-names", false), tuple(InlineSuppressions.RULE, false));
        assertThat(findings.get(1).message()).contains("unknown rule 'test-pool-name'")
                .contains("did you mean 'test-pool-names'?");
    }

    @Test
    void aMisspeltDirectiveIsReported() {
        List<Finding> findings = check(withComment(pools("A"), 7,
                " # netlint-disable-lines test-pool-names -- typo"));
        assertThat(findings).extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("test-pool-names", false), tuple(InlineSuppressions.RULE, false));
        assertThat(findings.get(1).message()).contains("'netlint-disable-line'");
    }

    @Test
    void aCommentCannotSuppressTheWarningAboutItself() {
        List<Finding> findings = check(withComment(pools("A"), 7,
                " # netlint-disable-line test-pool-names,invalid-suppression"));
        assertThat(findings).extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("test-pool-names", true), tuple(InlineSuppressions.RULE, false));
    }

    @Test
    void theDirectiveInsideAValueIsNotAComment() {
        List<Finding> findings = check(pools("\"A#netlint-disable-line test-pool-names -- no\""));
        assertThat(findings).singleElement().extracting(Finding::suppressed).isEqualTo(false);
    }

    @Test
    void jsonFilesHaveNoComments() {
        write(root, "device.json", """
                {"device": {"network": {"vSwitches": [{"name": "vSwitch1", "interfaceName": "Port3",
                  "ipAddressPools": [{"name": "A # netlint-disable-line test-pool-names -- x", "ipAddressRange": "10.0.0.1-10.0.0.2"}]}]}}}
                """);
        List<Finding> findings = TestDevices.check(root).devices().get(0).findings();
        assertThat(findings).singleElement().extracting(Finding::suppressed).isEqualTo(false);
    }

    @Test
    void suppressedFindingsAreCountedApart() {
        write(root, "device.yaml", withComment(pools("A", "B"), 7, " # netlint-disable-line test-pool-names -- ok"));
        Summary summary = TestDevices.check(root).summary();
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.suppressed()).isEqualTo(1);
    }
}
