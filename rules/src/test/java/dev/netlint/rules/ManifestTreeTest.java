package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trees of folders as repositories hold them, which a fixture case (one folder of files) cannot be:
 * {@code helm template --output-dir} output below a device, manifests with no device above them, a Helm
 * chart's sources, and a device below a device. Each runs through the device finder, as the CLI does.
 */
class ManifestTreeTest {

    private static final Path TREES = Path.of("src/test/resources/trees");

    private static Report check(String tree) throws IOException {
        return new Engine(Fixtures.rules(), DeviceFinder.PathDisplay.current())
                .check(List.of(TREES.resolve(tree)), DeviceSettings.DEFAULT);
    }

    private static List<Finding> findings(Report report) {
        return report.devices().stream().flatMap(d -> d.findings().stream()).filter(f -> !f.suppressed()).toList();
    }

    private static String name(Finding finding) {
        Path file = Path.of(finding.location().file());
        return TREES.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    @Test
    void helmOutputBelowADeviceIsCheckedAsPartOfIt() throws IOException {
        Report report = check("helm-output-dir");

        assertThat(report.devices()).extracting(DeviceResult::path)
                .containsExactly(TREES.resolve("helm-output-dir").toString());
        assertThat(findings(report)).extracting(f -> f.rule(), f -> f.severity(), ManifestTreeTest::name,
                        f -> f.location().line())
                .containsExactlyInAnyOrder(
                        tuple("service-ip-outside-range", Severity.ERROR, "helm-output-dir/shop/templates/service.yaml",
                                12),
                        tuple("missing-value", Severity.INFO, "helm-output-dir/shop/templates", 1));
        assertThat(findings(report)).filteredOn(f -> f.rule().equals("missing-value")).singleElement()
                .extracting(Finding::text).asString()
                .contains("checked as part of device " + TREES.resolve("helm-output-dir"));
    }

    @Test
    void manifestsWithNoDeviceAboveSaySoInAWarning() throws IOException {
        Report report = check("manifests-alone");

        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("missing-value");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(name(f)).isEqualTo("manifests-alone/manifests/service.yaml");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.text()).contains("the service of " + TREES.resolve("manifests-alone/manifests")
                    + " is not checked against any device");
        });
    }

    @Test
    void aHelmChartIsSkippedWithOneInfoAndNoParseError() throws IOException {
        Report report = check("chart-in-repo");

        assertThat(report.devices()).extracting(DeviceResult::path).containsExactly(
                TREES.resolve("chart-in-repo").toString(), TREES.resolve("chart-in-repo/charts/shop").toString());
        assertThat(findings(report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unknown-key");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(name(f)).isEqualTo("chart-in-repo/charts/shop/Chart.yaml");
            assertThat(f.text()).contains("a Helm chart").contains("helm template");
        });
        // given on its own, a Chart.yaml is no device file either: no "did you mean 'apiVersion'"
        assertThat(findings(check("chart-in-repo/charts/shop/Chart.yaml"))).singleElement()
                .extracting(Finding::rule).isEqualTo("unknown-key");
    }

    @Test
    void aDeviceBelowADeviceStaysItsOwn() throws IOException {
        Report report = check("nested-devices");

        assertThat(report.devices()).extracting(DeviceResult::path).containsExactly(
                TREES.resolve("nested-devices").toString(), TREES.resolve("nested-devices/edge2").toString());
        assertThat(findings(report)).isEmpty();
    }
}
