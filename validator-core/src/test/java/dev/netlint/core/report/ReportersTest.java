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
        assertThat(Reporters.named("HTML")).containsInstanceOf(HtmlReporter.class);
        assertThat(Reporters.named("xml")).isEmpty();
        assertThat(Reporters.names()).isEqualTo("text, json, sarif, junit, html");
    }

    @Test
    void onlyThePictureNeedsTheDevicesModels() {
        assertThat(Reporters.named("html").orElseThrow().needsModels()).isTrue();
        for (String format : new String[] {"text", "json", "sarif", "junit"}) {
            assertThat(Reporters.named(format).orElseThrow().needsModels()).as(format).isFalse();
        }
    }
}
