package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.result.Report;
import dev.netlint.core.testing.TestDevices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {

    @Test
    void everyFormatHasItsReporter() {
        assertThat(Reporters.named("text")).containsInstanceOf(TextReporter.class);
        assertThat(Reporters.named("json")).containsInstanceOf(JsonReporter.class);
        assertThat(Reporters.named(" SARIF ")).containsInstanceOf(SarifReporter.class);
        assertThat(Reporters.named("junit", true)).containsInstanceOf(JunitReporter.class);
        assertThat(Reporters.named("CheckStyle")).containsInstanceOf(CheckstyleReporter.class);
        assertThat(Reporters.named("gitlab")).containsInstanceOf(GitlabReporter.class);
        assertThat(Reporters.named("GitHub")).containsInstanceOf(GithubReporter.class);
        assertThat(Reporters.named("HTML")).containsInstanceOf(HtmlReporter.class);
        assertThat(Reporters.named("xml")).isEmpty();
        assertThat(Reporters.names()).isEqualTo("text, json, sarif, junit, html, checkstyle, gitlab, github, markdown");
    }

    @Test
    void onlyThePictureNeedsTheDevicesModels() {
        assertThat(Reporters.named("html").orElseThrow().needsModels()).isTrue();
        for (String format : new String[] {"text", "json", "sarif", "junit", "checkstyle", "gitlab", "github"}) {
            assertThat(Reporters.named(format).orElseThrow().needsModels()).as(format).isFalse();
        }
    }

    @Test
    void formatNamesAreReadInAnyCase() {
        assertThat(Reporters.canonicalName(" JUnit ")).contains("junit");
        assertThat(Reporters.canonicalName("Sarif")).contains("sarif");
        assertThat(Reporters.canonicalName("xml")).isEmpty();
        assertThat(Reporters.named("TEXT", false, true)).containsInstanceOf(TextReporter.class);
    }

    @Test
    void eachFormatHasTheFileNameItsReadersLookFor() {
        assertThat(Reporters.fileName("json")).isEqualTo("netlint.json");
        assertThat(Reporters.fileName("SARIF")).isEqualTo("netlint.sarif");
        assertThat(Reporters.fileName("junit")).as("Jenkins and GitLab collect **/TEST-*.xml")
                .isEqualTo("TEST-netlint.xml");
        assertThat(Reporters.fileName("text")).isEqualTo("netlint.txt");
        assertThat(Reporters.fileName("checkstyle")).isEqualTo("netlint.checkstyle.xml");
        assertThat(Reporters.fileName("gitlab")).isEqualTo("netlint.gitlab.json");
        assertThat(Reporters.fileName("github")).isEqualTo("netlint.github.txt");
    }

    @TempDir
    Path root;

    @Test
    void netlintsOwnReportsAreKnownByHowTheyBeginNotByANameInside() throws IOException {
        Report report = TestDevices.check(ReportsFixture.tree(root.resolve("devices")));
        for (String format : new String[] {"json", "sarif", "junit", "gitlab"}) {
            Path file = Files.writeString(root.resolve("report." + format),
                    ReportsFixture.render(Reporters.named(format).orElseThrow(), report));
            assertThat(Reporters.isOwnOutput(file)).as(format).isTrue();
        }
        Path baseline = Files.writeString(root.resolve("baseline.json"), "\uFEFF{\n  \"netlintBaseline\": 1,\n}\n");
        assertThat(Reporters.isOwnOutput(baseline)).isTrue();

        Path device = Files.writeString(root.resolve("device.json"), """
                {"kubernetes": {"services": [{"name": "netlint", "type": "LoadBalancer"}]},
                 "tool": {"name": "netlint"}}
                """);
        assertThat(Reporters.isOwnOutput(device)).as("a service named netlint is no report").isFalse();
        assertThat(Reporters.isOwnOutput(Files.writeString(root.resolve("empty.json"), "[]\n"))).isFalse();
        assertThat(Reporters.isOwnOutput(root)).isFalse();
    }
}
