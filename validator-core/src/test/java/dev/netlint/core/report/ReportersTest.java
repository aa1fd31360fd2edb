package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(Reporters.named("xml")).isEmpty();
        assertThat(Reporters.names()).startsWith("text, json, sarif, junit, checkstyle, gitlab, github");
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
}
