package dev.netlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
        return new DeviceFinder(new DeviceFinder.Paths(root), p -> false, lister);
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
            List<DeviceInput> devices = new DeviceFinder(new DeviceFinder.Paths(root), p -> false).find(List.of(root));

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
}
