package dev.netlint.core.internal.engine;

import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.result.Summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.RequiredNetwork;
import dev.netlint.core.model.Service;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.Rule;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.testing.PoolNamesRule;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: rule levels, a rule that crashes, the profile a rule sees, and the summary of a report. */
class EngineTest {

    /** Throws, with or without a message: the engine turns it into an internal-error finding. */
    @Rule(id = "test-crash", severity = Severity.WARNING, category = Category.ADDRESSING, summary = "Always fails")
    public static final class CrashRule implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink out) {
            out.report(Location.ofFile("before.yaml"), "reported before the crash");
            if (context.profile() == Profile.GENERIC) {
                throw new IllegalStateException();
            }
            throw new IllegalStateException("boom on " + context.profile().name());
        }
    }

    /** One finding at its own milder severity and one at the default, per device. */
    @Rule(id = "test-mild", severity = Severity.ERROR, category = Category.ADDRESSING, summary = "Reports twice")
    public static final class MildRule implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink out) {
            String file = context.device().files().isEmpty() ? "none" : context.device().files().get(0);
            out.report(Severity.INFO, new Location(file, 2, 1, ""), "mild", List.of());
            out.report(new Location(file, 1, 1, ""), "default");
        }
    }

    /** 2,500 findings, one per line; every tenth an error, the rest warnings. */
    @Rule(id = "test-many", severity = Severity.WARNING, category = Category.ADDRESSING, summary = "Reports 2,500 times")
    public static final class ManyRule implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink out) {
            String file = context.device().files().get(0);
            for (int line = 2_500; line >= 1; line--) {
                out.report(line % 10 == 0 ? Severity.ERROR : null, new Location(file, line, 1, "/" + line),
                        "finding " + line, List.of());
            }
        }
    }

    @TempDir
    Path root;

    private Engine engine(DeviceRule... checks) {
        return new Engine(RuleRegistry.of(List.of(checks)), new DeviceFinder.PathDisplay(root.toAbsolutePath()));
    }

    private DeviceInput device(String name) {
        Path file = TestDevices.write(root, name + "/device.yaml", TestDevices.pools("A", "B"));
        return new DeviceInput(file.getParent(), name, List.of(file));
    }

    @Test
    void aRuleThatThrowsKeepsItsFindingsAndBecomesAnInternalErrorAndTheOtherRulesStillRun() {
        Engine engine = engine(new CrashRule(), new PoolNamesRule());

        DeviceResult result = engine.checkDevice(device("a"), DeviceSettings.DEFAULT.withProfile(Profile.ASE_PRO_2));

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity, Finding::message).containsExactly(
                tuple(Engine.INTERNAL_ERROR, Severity.ERROR,
                        "rule test-crash failed: IllegalStateException: boom on ase-pro-2; the other rules ran"),
                tuple("test-pool-names", Severity.ERROR, "pool A"),
                tuple("test-pool-names", Severity.ERROR, "pool B"),
                tuple("test-crash", Severity.WARNING, "reported before the crash"));
        Finding internal = result.findings().get(0);
        assertThat(internal.location()).isEqualTo(Location.ofFile(result.files().get(0)));
        assertThat(result.files()).containsExactly("a/device.yaml".replace('/', java.io.File.separatorChar));
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsClassAndADeviceWithoutFilesByItsPath() {
        DeviceResult result = engine(new CrashRule()).checkDevice(new DeviceInput(root, "empty", List.of()),
                DeviceSettings.DEFAULT.withProfile(Profile.GENERIC));

        assertThat(result.findings()).extracting(Finding::rule, Finding::message, Finding::location).containsExactly(
                tuple("test-crash", "reported before the crash", Location.ofFile("before.yaml")),
                tuple(Engine.INTERNAL_ERROR, "rule test-crash failed: IllegalStateException; the other rules ran",
                        Location.ofFile("empty")));
    }

    @Test
    void aLevelForcesTheSeverityOfEveryFindingOfTheRuleAndOffSkipsIt() {
        Engine engine = engine(new MildRule(), new PoolNamesRule());

        DeviceResult byDefault = engine.checkDevice(device("a"), DeviceSettings.DEFAULT);
        DeviceResult forced = engine.checkDevice(device("a"), DeviceSettings.DEFAULT.withLevels(
                Map.of("test-mild", RuleLevel.WARNING, "test-pool-names", RuleLevel.OFF)));

        assertThat(byDefault.findings()).filteredOn(f -> f.rule().equals("test-mild"))
                .extracting(Finding::message, Finding::severity)
                .containsExactly(tuple("default", Severity.ERROR), tuple("mild", Severity.INFO));
        assertThat(byDefault.rulesOff()).isEmpty();
        assertThat(forced.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple("test-mild", Severity.WARNING), tuple("test-mild", Severity.WARNING));
        assertThat(forced.rulesOff()).containsExactly("test-pool-names");
    }

    @Test
    void aReportCountsFindingsBySeverityAndKeepsTheDevicesInOrder() {
        Engine engine = engine(new MildRule(), new PoolNamesRule());

        Report report = engine.check(List.of(device("a"), device("b")), input -> input.display().equals("b")
                ? DeviceSettings.DEFAULT.withLevels(Map.of("test-pool-names", RuleLevel.WARNING)) : DeviceSettings.DEFAULT);

        assertThat(report.devices()).extracting(DeviceResult::path).containsExactly("a", "b");
        assertThat(report.summary()).isEqualTo(new Summary(2, 2, 4, 2, 2, 0));
        assertThat(report.rules().all()).extracting(r -> r.id()).containsExactly("test-mild", "test-pool-names");
        assertThat(engine.rules()).isSameAs(report.rules());
        assertThat(report.timings().slowest(5)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("test-mild", "test-pool-names");
    }

    @Test
    void checkingRootsFindsTheDevicesBelowThem() throws java.io.IOException {
        device("x");
        device("y");

        Report report = engine(new PoolNamesRule()).check(List.of(root), DeviceSettings.DEFAULT);

        assertThat(report.devices()).hasSize(2);
        assertThat(report.summary().errors()).isEqualTo(4);
    }

    @Test
    void aDeviceIsLargeFromTwoThousandRoutesServicesAndRequiredNetworks() {
        assertThat(Engine.isLarge(withKubernetes(1_000, 500, 500))).isTrue();
        assertThat(Engine.isLarge(withKubernetes(1_000, 500, 499))).isFalse();
        assertThat(Engine.isLarge(withKubernetes(0, 0, 2_000))).isTrue();
        assertThat(Engine.isLarge(withKubernetes(2_000, 0, 0))).isTrue();
        assertThat(Engine.isLarge(withKubernetes(10, 1_990, 0))).isTrue();
        assertThat(Engine.isLarge(withKubernetes(0, 0, 0))).isFalse();
    }

    private static Device withKubernetes(int routes, int services, int required) {
        Kubernetes kubernetes = new Kubernetes(null, null, null, Collections.<KubeRoute>nCopies(routes, null),
                Collections.<Service>nCopies(services, null), Collections.<RequiredNetwork>nCopies(required, null));
        return new Device("d", List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                kubernetes);
    }

    @Test
    void aRuleListsAtMostAThousandFindingsPerDeviceAndSaysHowManyMore() {
        Engine engine = engine(new ManyRule(), new PoolNamesRule());

        DeviceResult result = engine.checkDevice(device("a"), DeviceSettings.DEFAULT);

        List<Finding> many = result.findings().stream().filter(f -> f.rule().equals("test-many")).toList();
        assertThat(many).hasSize(Engine.MAX_FINDINGS_PER_RULE + 1);
        assertThat(many.get(0).message()).isEqualTo("finding 1");
        assertThat(many.get(999).message()).isEqualTo("finding 1000");
        Finding more = many.get(1000);
        assertThat(more.message()).isEqualTo("and 1500 more test-many findings on this device, not listed: netlint"
                + " lists at most 1000 findings of a rule per device");
        assertThat(more.severity()).as("the highest of those left out").isEqualTo(Severity.ERROR);
        assertThat(more.location()).isEqualTo(many.get(999).location());
        assertThat(more.suppressed()).isFalse();
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("test-pool-names")).hasSize(2);
    }

    @Test
    void theFindingForTheRestIsSuppressedOnlyWhenAllItStandsForAre() {
        Engine engine = engine(new ManyRule());
        Path file = device("a").files().get(0);
        PathSuppression all = new PathSuppression("test-many", "**", "generated", root.toAbsolutePath());

        DeviceResult result = engine.checkDevice(device("a"), DeviceSettings.DEFAULT.withSuppressions(List.of(all)));

        assertThat(result.findings()).hasSize(Engine.MAX_FINDINGS_PER_RULE + 1).allMatch(Finding::suppressed);
        assertThat(file).exists();
    }
}
