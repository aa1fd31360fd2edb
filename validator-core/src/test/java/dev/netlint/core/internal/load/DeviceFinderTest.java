package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders are devices, and what happens to a folder that cannot be read. */
class DeviceFinderTest {

    @TempDir
    Path root;

    private Path file(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private DeviceFinder finder(DeviceFinder.Lister lister) {
        return new DeviceFinder(new DeviceFinder.PathDisplay(root), p -> false, lister);
    }

    @Test
    void eachFolderWithConfigFilesIsOneDeviceInPathOrder() throws IOException {
        file("sites/b/device.json", "{}");
        file("sites/a/kubernetes.yaml", "kubernetes: {}");
        file("sites/a/device.yml", "device: {}");
        file("sites/a/.netlint.yaml", "profile: generic");
        file("sites/a/notes.md", "# notes");
        file("sites/.archive/old/device.yaml", "device: {}");
        file("sites/target/device.yaml", "device: {}");

        List<DeviceInput> devices = finder(Files::list).find(List.of(root));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("sites/a", "sites/b");
        assertThat(devices.get(0).files()).extracting(p -> p.getFileName().toString())
                .containsExactly("device.yml", "kubernetes.yaml");
        assertThat(devices).allSatisfy(d -> assertThat(d.unreadable()).isNull());
    }

    @Test
    void anUnreadableFolderBecomesAnInputOfItsOwnAndTheRestIsStillFound() throws IOException {
        file("sites/a/device.yaml", "device: {}");
        file("sites/locked/x/device.yaml", "device: {}");
        file("sites/z/device.yaml", "device: {}");
        Path locked = root.resolve("sites/locked");

        List<DeviceInput> devices = finder(dir -> {
            if (dir.equals(locked)) {
                throw new AccessDeniedException(dir.toString());
            }
            return Files.list(dir);
        }).find(List.of(root));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("sites/a", "sites/locked", "sites/z");
        DeviceInput unreadable = devices.get(1);
        assertThat(unreadable.unreadable()).isEqualTo("permission denied");
        assertThat(unreadable.files()).isEmpty();

        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, p -> root.relativize(p).toString()).load(unreadable);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location().file()).isEqualTo("sites/locked");
            assertThat(p.message()).isEqualTo("cannot read the folder: permission denied; the config files in it"
                    + " and below it are not checked");
        });
    }

    @Test
    void anUnreadableRootIsAnError() throws IOException {
        file("device.yaml", "device: {}");

        assertThatThrownBy(() -> finder(dir -> {
            throw new AccessDeniedException(dir.toString());
        }).find(List.of(root))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRealFolderWithoutPermissionsIsReported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        file("a/device.yaml", "device: {}");
        Path locked = Files.createDirectories(root.resolve("locked"));
        file("locked/device.yaml", "device: {}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<DeviceInput> devices = new DeviceFinder(new DeviceFinder.PathDisplay(root), p -> false).find(List.of(root));

            assertThat(devices).extracting(DeviceInput::display).containsExactly("a", "locked");
            assertThat(devices.get(1).unreadable()).isNotNull();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingRootIsAnError() {
        assertThatThrownBy(() -> finder(Files::list).find(List.of(root.resolve("nowhere"))))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    // ---------------------------------------------------------------- symbolic links

    private List<DeviceInput> find(Path... roots) throws IOException {
        return new DeviceFinder(new DeviceFinder.PathDisplay(root), p -> false).find(List.of(roots));
    }

    @Test
    void aDeviceFolderThatIsASymbolicLinkIsChecked() throws IOException {
        file("real/edge-01/device.yaml", "device: {}");
        Path link = Files.createSymbolicLink(root.resolve("edge"), root.resolve("real/edge-01"));

        List<DeviceInput> devices = find(link);

        assertThat(devices).singleElement().satisfies(d -> {
            assertThat(d.display()).isEqualTo("edge");
            assertThat(d.files()).containsExactly(link.resolve("device.yaml"));
        });
    }

    @Test
    void aSymbolicLinkToAFolderInsideTheTreeIsFollowed() throws IOException {
        file("fleet/a/device.yaml", "device: {}");
        file("fleet/.store/b/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("fleet/b"), root.resolve("fleet/.store/b"));
        file("fleet/.store/tree/c/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("fleet/more"), Path.of(".store/tree"));

        assertThat(find(root.resolve("fleet"))).extracting(DeviceInput::display)
                .containsExactly("fleet/a", "fleet/b", "fleet/more/c");
    }

    @Test
    void aSymbolicLinkToAFolderOutsideTheTreeIsNotEnteredButReportedOnTheLink() throws IOException {
        file("fleet/a/device.yaml", "device: {}");
        file("elsewhere/b/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("fleet/b"), root.resolve("elsewhere/b"));
        file("elsewhere/tree/c/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("fleet/a/more"), Path.of("../../elsewhere/tree"));

        List<DeviceInput> devices = find(root.resolve("fleet"));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("fleet/a", "fleet/a/more", "fleet/b");
        assertThat(devices.get(2).files()).containsExactly(root.resolve("fleet/b"));
        assertThat(load(devices.get(2)).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.LINK_OUTSIDE_TREE);
            assertThat(p.location().file()).isEqualTo("fleet/b");
            assertThat(p.message()).startsWith("a symbolic link to a folder outside the tree being checked;")
                    .doesNotContain("elsewhere");
        });
        assertThat(find(root.resolve("fleet"), root.resolve("elsewhere"))).as("both trees given")
                .extracting(DeviceInput::display).containsExactly("fleet/a", "fleet/a/more/c", "fleet/b");
    }

    @Test
    void aLinkToASecretOutsideTheTreeIsNeverReadAtAnyDepth() throws IOException {
        String token = "TOKEN-" + System.nanoTime();
        Path secret = file("home/.git-credentials", "https://ci:" + token + "@example.com\n");
        file("repo/sites/a/device.yaml", "device: {}");
        file("repo/sites/deep/er/still/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("repo/sites/a/gc.yaml"), Path.of("../../../home/.git-credentials"));
        Files.createSymbolicLink(root.resolve("repo/sites/deep/er/still/gc.json"), secret);
        Files.createSymbolicLink(root.resolve("repo/sites/env.yaml"), Path.of("/proc/self/environ"));

        List<DeviceInput> devices = find(root.resolve("repo"));

        assertThat(devices).extracting(DeviceInput::display)
                .containsExactly("repo/sites", "repo/sites/a", "repo/sites/deep/er/still");
        for (DeviceInput device : devices) {
            LoadedDevice loaded = load(device);
            assertThat(loaded.problems()).filteredOn(p -> p.rule().equals(LoadProblem.LINK_OUTSIDE_TREE))
                    .as(device.display()).singleElement()
                    .satisfies(p -> assertThat(p.location().file()).matches(".*/(gc|env)\\.(yaml|json)"));
            assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain(token));
            assertThat(loaded.sources().values()).allSatisfy(source -> {
                for (int line = 1; line <= source.lineCount(); line++) {
                    assertThat(source.line(line)).doesNotContain(token);
                }
            });
            assertThat(loaded.sources()).doesNotContainKeys("repo/sites/a/gc.yaml", "repo/sites/env.yaml");
        }
    }

    @Test
    void aLinkGivenIsCheckedWhenItStaysInItsFolderAndReportedWhenItLeavesIt() throws IOException {
        file("repo/sites/a/device.yaml", "device: {}");
        file("home/creds", "secret");
        Path inside = Files.createSymbolicLink(root.resolve("repo/sites/b.yaml"), Path.of("a/device.yaml"));
        // in a folder of its own: a file given brings its folder's other device files along
        Files.createDirectories(root.resolve("repo/other"));
        Path outside = Files.createSymbolicLink(root.resolve("repo/other/gc.yaml"), Path.of("../../home/creds"));

        assertThat(load(find(inside).get(0)).problems()).isEmpty();
        DeviceInput refused = find(outside).get(0);
        assertThat(refused.display()).isEqualTo("repo/other/gc.yaml");
        assertThat(load(refused).problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(LoadProblem.LINK_OUTSIDE_TREE));
    }

    /** Files given one by one (a pre-commit hook's): the folder's other files are in the tree, not outside it. */
    @Test
    void aFileGivenBringsItsFolderWhoseFilesAreInsideTheTree() throws IOException {
        file("repo/dev/device.yaml", "device: {}");
        file("repo/dev/kubernetes.yaml", "kubernetes: {}");

        DeviceInput device = find(root.resolve("repo/dev/kubernetes.yaml")).get(0);
        assertThat(device.files()).hasSize(2);
        assertThat(load(device).problems()).isEmpty();
    }

    @Test
    void aMavenProjectsLinksMayPointAnywhereInItsBaseDirectory() throws IOException {
        file("project/shared/kubernetes.yaml", "kubernetes: {}");
        file("project/src/main/network/a/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("project/src/main/network/a/kubernetes.yaml"),
                Path.of("../../../../shared/kubernetes.yaml"));
        DeviceFinder finder = new DeviceFinder(new DeviceFinder.PathDisplay(root), p -> false);

        DeviceInput device = finder.within(root.resolve("project")).find(List.of(root.resolve("project/src/main/network")))
                .get(0);
        assertThat(load(device).problems()).isEmpty();
        DeviceInput strict = finder.find(List.of(root.resolve("project/src/main/network"))).get(0);
        assertThat(load(strict).problems()).extracting(LoadProblem::rule).containsExactly(LoadProblem.LINK_OUTSIDE_TREE);
    }

    private LoadedDevice load(DeviceInput device) {
        return new DeviceLoader(LoadLimits.DEFAULT, p -> root.relativize(p).toString()).load(device);
    }

    @Test
    void aFolderReachedThroughSeveralPathsIsOneDeviceNamedByItsPathWithoutLinks() throws IOException {
        file("fleet/site/device.yaml", "device: {}");
        // "a-link" sorts before "site": the path without a link still names the device.
        Files.createSymbolicLink(root.resolve("fleet/a-link"), root.resolve("fleet/site"));
        Files.createSymbolicLink(root.resolve("fleet/z-link"), root.resolve("fleet/site"));

        assertThat(find(root.resolve("fleet"))).extracting(DeviceInput::display).containsExactly("fleet/site");
        assertThat(find(root.resolve("fleet"), root.resolve("fleet/site"), root.resolve("fleet/z-link")))
                .as("given several times").extracting(DeviceInput::display).containsExactly("fleet/site");
    }

    @Test
    void twoLinksToAFolderOutsideTheTreeAreTwoFindings() throws IOException {
        file("outside/device.yaml", "device: {}");
        Files.createDirectories(root.resolve("fleet"));
        Files.createSymbolicLink(root.resolve("fleet/b"), root.resolve("outside"));
        Files.createSymbolicLink(root.resolve("fleet/a"), root.resolve("outside"));

        assertThat(find(root.resolve("fleet"))).extracting(DeviceInput::display).containsExactly("fleet/a", "fleet/b");
    }

    @Test
    void aLinkBackToAnAncestorIsNotALoop() throws IOException {
        file("fleet/a/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("fleet/a/up"), root.resolve("fleet"));
        Files.createSymbolicLink(root.resolve("fleet/self"), root.resolve("fleet"));

        assertThat(find(root.resolve("fleet"))).extracting(DeviceInput::display).containsExactly("fleet/a");
    }

    @Test
    void aLinkedFileIsReadAndALinkToNothingIsKeptSoThatReadingItFails() throws IOException {
        file("store/shared.yaml", "kubernetes: {}");
        file("site/device.yaml", "device: {}");
        Files.createSymbolicLink(root.resolve("site/kubernetes.yaml"), root.resolve("store/shared.yaml"));
        Files.createSymbolicLink(root.resolve("site/gone.yaml"), root.resolve("store/deleted.yaml"));

        DeviceInput site = find(root).get(0);

        assertThat(site.display()).isEqualTo("site");
        assertThat(site.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("device.yaml", "gone.yaml", "kubernetes.yaml");
        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, p -> root.relativize(p).toString()).load(site);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location().file()).isEqualTo("site/gone.yaml");
        });
    }

    // ---------------------------------------------------------------- paths given

    @Test
    void aPathGivenThatIsNeitherAFileNorAFolderIsRefused() throws Exception {
        Path fifo = root.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");

        assertThatThrownBy(() -> find(fifo)).isInstanceOfSatisfying(DeviceFinder.NotADevice.class, e -> {
            assertThat(e.path()).isEqualTo(fifo);
            assertThat(e.problem()).isEqualTo("a FIFO (named pipe), not a device file or folder");
        });
        // /dev/zero rather than /dev/null: a netlint of old, run as root, could turn /dev/null into a file.
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        assertThatThrownBy(() -> find(device)).isInstanceOfSatisfying(DeviceFinder.NotADevice.class,
                e -> assertThat(e.problem()).isEqualTo("a character device, not a device file or folder"));
    }

    @Test
    void aFolderGivenWithoutADeviceFileIsRefused() throws IOException {
        file("empty/notes.md", "# nothing to check");
        Files.createDirectories(root.resolve("empty/sub"));

        assertThatThrownBy(() -> find(root.resolve("empty"))).isInstanceOfSatisfying(DeviceFinder.NotADevice.class,
                e -> assertThat(e.problem()).isEqualTo("no device file (*.json, *.yaml, *.yml, *.ps1) in this folder"));
    }

    @Test
    void aBrokenLinkGivenIsNamedAsSuch() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("gone"), root.resolve("nowhere"));

        assertThatThrownBy(() -> find(link)).isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining("a symbolic link to nothing");
    }

    @Test
    void aBackslashInAFileNameIsPartOfTheNameOnUnix() throws IOException {
        assumeTrue(java.io.File.separatorChar == '/');
        Path file = file("site/back\\slash.yaml", "device: {}");

        assertThat(find(root.resolve("site")).get(0).files()).containsExactly(file);
        assertThat(new DeviceFinder.PathDisplay(root).display(file)).isEqualTo("site/back\\slash.yaml");
    }

    @Test
    void aHelmChartIsOneInputOfItsChartFileAndNothingBelowItIsWalked() throws IOException {
        file("site/device.yaml", "device: {}");
        file("site/charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n");
        file("site/charts/shop/values.yaml", "service: { type: LoadBalancer }\n");
        file("site/charts/shop/templates/service.yaml", "metadata:\n  name: {{ .Release.Name }}\n");
        file("site/charts/shop/charts/cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 0.1.0\n");

        List<DeviceInput> devices = finder(Files::list).find(List.of(root));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("site", "site/charts/shop");
        assertThat(devices.get(1).files()).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .containsExactly("site/charts/shop/Chart.yaml");
        assertThat(DeviceLoader.isChart(devices.get(1))).isTrue();
        assertThat(DeviceLoader.isChart(devices.get(0))).isFalse();
    }

    @Test
    void aFolderOfManifestsBelongsToTheNearestDeviceFolderAbove() throws IOException {
        file("site/device.yaml", "device: {}");
        file("site/shop/templates/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: { name: web }\n");
        file("site/shop/templates/deploy.ps1", "Add-HcsNetRoute -InterfaceAlias Port3\n");
        file("site/edge2/device.yaml", "device: {}");
        file("site/edge2/apps/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: { name: api }\n");
        file("loose/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: { name: db }\n");

        List<DeviceInput> devices = finder(Files::list).find(List.of(root));

        assertThat(devices).extracting(DeviceInput::display).containsExactly("loose", "site", "site/edge2");
        assertThat(devices.get(1).files()).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .containsExactly("site/device.yaml", "site/shop/templates/deploy.ps1",
                        "site/shop/templates/service.yaml");
        assertThat(devices.get(2).files()).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
                .containsExactly("site/edge2/device.yaml", "site/edge2/apps/service.yaml");
    }
}
