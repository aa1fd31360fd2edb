package dev.netlint.core.load;

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
    void defaultIncludesSelectConfigFilesAtEveryDepthIncludingTheTop() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of(), List.of());

        assertThat(selector.ignores(file("network.yaml"))).isFalse();
        assertThat(selector.ignores(file("site/edge-01/device.json"))).isFalse();
        assertThat(selector.ignores(file("site/edge-01/kubernetes.yml"))).isFalse();
        assertThat(selector.ignores(file("site/edge-01/notes.txt"))).isTrue();
        assertThat(selector.ignores(file("pom.xml"))).isTrue();
    }

    @Test
    void anExcludedFolderIsLeftOutWholeAndOtherFoldersAreEntered() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("archive/**", "pom.xml"));

        assertThat(selector.ignores(folder("archive"))).isTrue();
        assertThat(selector.ignores(file("archive/old/network.yaml"))).isTrue();
        assertThat(selector.ignores(folder("site"))).isFalse();
        assertThat(selector.ignores(file("site/archive.yaml"))).isFalse();
    }

    @Test
    void aTrailingSlashStandsForTheFolderAndEverythingBelowIt() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("lab/"));

        assertThat(selector.ignores(folder("lab"))).isTrue();
        assertThat(selector.ignores(file("lab/edge/network.yaml"))).isTrue();
        assertThat(selector.ignores(file("labs/edge/network.yaml"))).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneSegment() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of("*.yaml", "site-?/**/*.json"), List.of());

        assertThat(selector.ignores(file("network.yaml"))).isFalse();
        assertThat(selector.ignores(file("edge/network.yaml"))).isTrue();
        assertThat(selector.ignores(file("site-a/edge/device.json"))).isFalse();
        assertThat(selector.ignores(file("site-a/device.json"))).isFalse();
        assertThat(selector.ignores(file("site-ab/edge/device.json"))).isTrue();
    }

    @Test
    void foldersAreNotJudgedByIncludesSoThatTheWalkReachesTheFiles() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of("**/edge-01/*.yaml"), List.of());

        assertThat(selector.ignores(folder("site"))).isFalse();
        assertThat(selector.ignores(file("site/edge-01/network.yaml"))).isFalse();
        assertThat(selector.ignores(file("site/edge-02/network.yaml"))).isTrue();
    }

    @Test
    void patternCharactersOfRegularExpressionsAreTakenLiterally() throws IOException {
        FileSelector selector = FileSelector.of(base, List.of(), List.of("site(1)/**", "a+b.yaml"));

        assertThat(selector.ignores(file("site(1)/network.yaml"))).isTrue();
        assertThat(selector.ignores(file("site1/network.yaml"))).isFalse();
        assertThat(selector.ignores(file("a+b.yaml"))).isTrue();
        assertThat(selector.ignores(file("aab.yaml"))).isFalse();
    }

    @Test
    void theBaseAndPathsOutsideItAreKept() throws IOException {
        FileSelector selector = FileSelector.of(base.resolve("inner"), List.of(), List.of("**"));
        Files.createDirectories(base.resolve("inner"));

        assertThat(selector.ignores(base.resolve("inner"))).isFalse();
        assertThat(selector.ignores(file("outside.yaml"))).isFalse();
        assertThat(selector.ignores(file("inner/network.yaml"))).isTrue();
    }

    @Test
    void theDeviceFinderSeesOnlyTheSelectedDevices() throws IOException {
        file("edge-01/network.yaml");
        file("archive/edge-00/network.yaml");
        file("edge-02/network.yaml");
        file("edge-02/draft.yaml");
        FileSelector selector = FileSelector.of(base, List.of(), List.of("archive/**", "**/draft.yaml"));

        List<DeviceInput> devices = new DeviceFinder(new DeviceFinder.Paths(base), selector::ignores)
                .find(List.of(base));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("edge-01", "edge-02");
        assertThat(devices.get(1).files()).containsExactly(base.resolve("edge-02/network.yaml"));
    }

    private Path file(String relative) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "device: {}\n");
        return file;
    }

    private Path folder(String relative) throws IOException {
        return Files.createDirectories(base.resolve(relative));
    }
}
