package dev.netlint.core.report;

import static dev.netlint.core.report.ReportsFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Location;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub Actions workflow commands, read back as GitHub's runner reads them ({@code ActionCommand}):
 * {@code ::command key=value,key=value::message}, the properties split at {@code ,} and {@code =}, the
 * message after the second {@code ::}; {@code %25}, {@code %0D}, {@code %0A} undone in both, and
 * {@code %3A}, {@code %2C} in the properties (the escapes of the toolkit's {@code escapeData} and
 * {@code escapeProperty}).
 */
class GithubReporterTest {

    @TempDir
    Path root;

    private record Command(String name, Map<String, String> properties, String message) {
    }

    private static Command parseAsTheRunner(String line) {
        assertThat(line).startsWith("::");
        int end = line.indexOf("::", 2);
        String info = line.substring(2, end);
        int space = info.indexOf(' ');
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : info.substring(space + 1).split(",")) {
            String[] kv = pair.split("=", 2);
            properties.put(kv[0], unescapeProperty(kv[1]));
        }
        return new Command(info.substring(0, space), properties, unescapeData(line.substring(end + 2)));
    }

    private static String unescapeData(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    @Test
    void eachCountedFindingIsAnAnnotationOnItsLine() {
        String output = render(new GithubReporter(), TestDevices.check(ReportsFixture.tree(root)));
        List<String> lines = output.lines().toList();
        assertThat(lines).as("B is suppressed; no summary line").hasSize(2);
        Command first = parseAsTheRunner(lines.get(0));
        assertThat(first.name()).isEqualTo("error");
        assertThat(first.properties()).containsExactly(Map.entry("file", "broken/device.yaml"), Map.entry("line", "8"),
                Map.entry("col", "40"), Map.entry("title", "netlint test-pool-names"));
        assertThat(first.message()).isEqualTo("pool A\nbroken/device.yaml:5:15: note: switch vSwitch1");
        assertThat(parseAsTheRunner(lines.get(1)).message()).startsWith("pool " + ReportsFixture.HOSTILE);
    }

    @Test
    void whatWouldEndACommandIsEscaped() {
        Location at = new Location("we:ird,na%me.yaml", 3, 7, "");
        Finding finding = new Finding("r", Severity.WARNING, "50% of a::b\r\nc", at,
                List.of(new Related(at, "x")), null);
        String line = GithubReporter.command(finding);
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .startsWith("::warning file=we%3Aird%2Cna%25me.yaml,line=3,col=7,title=netlint r::50%25 of a::b%0D%0Ac");
        Command read = parseAsTheRunner(line);
        assertThat(read.properties()).containsEntry("file", "we:ird,na%me.yaml");
        assertThat(read.message()).isEqualTo("50% of a::b\r\nc\nwe:ird,na%me.yaml:3:7: note: x");
        assertThat(GithubReporter.command(new Finding("r", Severity.INFO, "m", at, List.of(), null)))
                .startsWith("::notice ");
    }

    @Test
    void theFixIsTheLastLineOfTheAnnotation() {
        Location at = new Location("a.yaml", 3, 7, "");
        Finding finding = new Finding("r", Severity.ERROR, "facts", at, List.of(new Related(at, "x")), null, "do this");
        assertThat(parseAsTheRunner(GithubReporter.command(finding)).message())
                .isEqualTo("facts\na.yaml:3:7: note: x\nhelp: do this");
    }
}
