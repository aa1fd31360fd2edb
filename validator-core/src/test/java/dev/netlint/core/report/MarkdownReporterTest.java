package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown summary: totals, a row per device, a row per rule, the findings; hostile text stays text. */
class MarkdownReporterTest {

    @TempDir
    Path root;

    @Test
    void summarisesDevicesRulesAndFindings() {
        String output = render(new MarkdownReporter(), TestDevices.check(ReportsFixture.tree(root)));
        List<String> lines = output.lines().toList();
        assertThat(lines.get(0)).isEqualTo("## netlint: 2 errors, 0 warnings, 0 infos");
        assertThat(lines.get(2)).isEqualTo("2 devices, 2 files checked; 1 suppressed.");
        assertThat(output).contains("| Device | Errors | Warnings | Infos |\n| --- | ---: | ---: | ---: |\n")
                .containsPattern("\\| `[^`]*broken` \\| 2 \\| 0 \\| 0 \\|\n")
                .containsPattern("\\| `[^`]*clean` \\| 0 \\| 0 \\| 0 \\|\n")
                .contains("| Rule | Errors | Warnings | Infos |\n")
                .containsPattern("\\| \\[`test-pool-names`\\]\\(" + Version.INFORMATION_URI
                        + "/blob/main/[^)]*/test-pool-names\\.md\\) \\| 2 \\| 0 \\| 0 \\|\n");
        List<String> findings = lines.stream().filter(l -> l.startsWith("- ")).toList();
        assertThat(findings).hasSize(2).allMatch(l -> l.matches("- `[^`]*broken/device\\.yaml:\\d+:\\d+` \\*\\*error\\*\\* \\[`test-pool-names`\\]\\([^)]*\\): pool .*"));
    }

    @Test
    void markupInAMessageIsEscapedAndStaysOnItsLine() {
        assertThat(MarkdownReporter.escape("evil\"<&>\n\u001b[31mred | *x* [a](b)"))
                .isEqualTo("evil\"\\<&\\> \u001b\\[31mred \\| \\*x\\* \\[a\\]\\(b\\)");
        assertThat(MarkdownReporter.code("a|b`c")).isEqualTo("``a\\|b`c``");
    }
}
