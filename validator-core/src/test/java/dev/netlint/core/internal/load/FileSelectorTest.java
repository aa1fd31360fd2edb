package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectorTest {

    @TempDir
    Path base;

    @Test
    void defaultIncludesSelectConfigFilesAtEveryDepthIncludingTheTop() {
        FileSelector selector = FileSelector.of(base, List.of(), List.of());

        assertThat(selector.selects(base.resolve("network.yaml"))).isTrue();
        assertThat(selector.selects(base.resolve("site/edge-01/device.json"))).isTrue();
        assertThat(selector.selects(base.resolve("site/edge-01/kubernetes.yml"))).isTrue();
        assertThat(selector.selects(base.resolve("site/edge-01/notes.txt"))).isFalse();
        assertThat(selector.selects(base.resolve("pom.xml"))).isFalse();
    }

    @Test
    void anExcludedFolderTakesEverythingBelowIt() {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("archive/**", "pom.xml"));

        assertThat(selector.selects(base.resolve("archive/old/network.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("archive/network.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("site/archive.yaml"))).isTrue();
        assertThat(selector.selects(base.resolve("site/archive/network.yaml"))).isTrue();
    }

    @Test
    void aTrailingSlashStandsForEverythingBelowTheFolder() {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("lab/"));

        assertThat(selector.selects(base.resolve("lab/edge/network.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("labs/edge/network.yaml"))).isTrue();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneSegmentAndDoubleStarSpansNone() {
        FileSelector selector = FileSelector.of(base, List.of("*.yaml", "site-?/**/*.json"), List.of());

        assertThat(selector.selects(base.resolve("network.yaml"))).isTrue();
        assertThat(selector.selects(base.resolve("edge/network.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("site-a/edge/device.json"))).isTrue();
        assertThat(selector.selects(base.resolve("site-a/device.json"))).isTrue();
        assertThat(selector.selects(base.resolve("site-ab/edge/device.json"))).isFalse();
    }

    @Test
    void patternCharactersOfRegularExpressionsAreTakenLiterally() {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("site(1)/**", "a+b.yaml"));

        assertThat(selector.selects(base.resolve("site(1)/network.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("site1/network.yaml"))).isTrue();
        assertThat(selector.selects(base.resolve("a+b.yaml"))).isFalse();
        assertThat(selector.selects(base.resolve("aab.yaml"))).isTrue();
    }

    @Test
    void aFileGivenAsTheBaseAndFilesOutsideTheBaseAreNotJudged() {
        Path file = base.resolve("edge.yaml");

        assertThat(FileSelector.of(file, List.of(), List.of("**")).selects(file)).isTrue();
        assertThat(FileSelector.of(base.resolve("inner"), List.of(), List.of("**"))
                .selects(base.resolve("outside.yaml"))).isTrue();
    }

    @Test
    void selectingADeviceKeepsItsSelectedFilesOrDropsIt() throws IOException {
        file("edge-01/network.yaml");
        file("archive/edge-00/network.yaml");
        file("edge-02/network.yaml");
        file("edge-02/draft.yaml");
        FileSelector selector = FileSelector.of(base, List.of(), List.of("archive/**", "**/draft.yaml"));

        List<DeviceInput> devices = new DeviceFinder(new DeviceFinder.PathDisplay(base), p -> false)
                .find(List.of(base)).stream()
                .flatMap(device -> selector.select(device).stream())
                .toList();

        assertThat(devices).extracting(DeviceInput::display).containsExactly("edge-01", "edge-02");
        assertThat(devices.get(1).files()).containsExactly(base.resolve("edge-02/network.yaml"));
    }

    @Test
    void anIncludeNamingOneFileSelectsItsWholeDevice() throws IOException {
        file("dev/device.json");
        file("dev/kubernetes.yaml");
        file("dev/draft.yaml");
        file("prod/device.json");
        FileSelector selector = FileSelector.of(base, List.of("dev/kubernetes.yaml"), List.of("**/draft.yaml"));

        List<DeviceInput> devices = new DeviceFinder(new DeviceFinder.PathDisplay(base), p -> false)
                .find(List.of(base)).stream()
                .flatMap(device -> selector.select(device).stream())
                .toList();

        assertThat(devices).extracting(DeviceInput::display).containsExactly("dev");
        assertThat(devices.get(0).files()).containsExactly(base.resolve("dev/device.json"),
                base.resolve("dev/kubernetes.yaml"));
    }

    private Path file(String relative) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "device: {}\n");
        return file;
    }
}
