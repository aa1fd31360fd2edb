package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link DeviceLoader} reads the bytes of a file: the encodings it accepts, how it names the ones it
 * refuses (with the line of the fault), the size bound, and the merging of the files of one device.
 */
class FileReadingTest {

    private static final String KUBERNETES = "kubernetes:\n  podSubnet: 10.244.0.0/16\n";

    @TempDir
    Path dir;

    private LoadedDevice load(LoadLimits limits, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new DeviceLoader(limits, p -> p.getFileName().toString()).load(new DeviceInput(file, name, List.of(file)));
    }

    private LoadedDevice load(String name, byte[] bytes) throws IOException {
        return load(LoadLimits.DEFAULT, name, bytes);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof byte[] raw) {
                out.writeBytes(raw);
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf16be(String text) {
        return bytes(0xFE, 0xFF, text.getBytes(StandardCharsets.UTF_16BE));
    }

    private static LoadProblem onlyProblem(LoadedDevice loaded, String file) {
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location().file()).isEqualTo(file);
            assertThat(p.location().pointer()).isEmpty();
        });
        return loaded.problems().get(0);
    }

    // ------------------------------------------------------------------ encodings

    @Test
    void utf8WithAndWithoutAByteOrderMarkReadsTheSame() throws IOException {
        LoadedDevice plain = load("plain.yaml", KUBERNETES.getBytes(StandardCharsets.UTF_8));
        LoadedDevice bom = load("bom.yaml", LoaderTexts.utf8WithBom(KUBERNETES));

        for (LoadedDevice loaded : List.of(plain, bom)) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.device().kubernetes().podSubnet().location().line()).isEqualTo(2);
            assertThat(loaded.device().kubernetes().podSubnet().location().column()).isEqualTo(14);
        }
        assertThat(LoaderTexts.joined(bom.sources().get("bom.yaml"))).isEqualTo(KUBERNETES);
    }

    @Test
    void utf16WithEitherByteOrderMarkIsRead() throws IOException {
        LoadedDevice little = load("le.yaml", LoaderTexts.utf16leWithBom(KUBERNETES));
        LoadedDevice big = load("be.yaml", utf16be(KUBERNETES));

        for (LoadedDevice loaded : List.of(little, big)) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.device().kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
        }
        assertThat(LoaderTexts.joined(little.sources().get("le.yaml"))).isEqualTo(KUBERNETES);
        assertThat(LoaderTexts.joined(big.sources().get("be.yaml"))).isEqualTo(KUBERNETES);
    }

    @Test
    void aFileOfNothingButAByteOrderMarkIsEmpty() throws IOException {
        for (byte[] mark : List.of(bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF))) {
            LoadedDevice loaded = load("mark.yaml", mark);

            assertThat(loaded.sources()).as("not a device file: never quoted").doesNotContainKey("mark.yaml");
            assertThat(loaded.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.UNKNOWN_KEY);
                assertThat(p.severity()).isEqualTo(Severity.INFO);
                assertThat(p.message()).startsWith("not a device file: the file is empty");
            });
        }
    }

    @Test
    void malformedUtf8IsNamedWithItsByteOffsetAndLine() throws IOException {
        byte[] head = "device:\n  deviceEndpoint:\n    name: caf".getBytes(StandardCharsets.UTF_8);

        LoadProblem plain = onlyProblem(load("bad.yaml", bytes(head, 0xC3, 0x28, "\n")), "bad.yaml");
        LoadProblem bom = onlyProblem(load("bom.yaml", bytes(0xEF, 0xBB, 0xBF, head, 0xFF, "\n")), "bom.yaml");

        assertThat(plain.message()).isEqualTo("not valid UTF-8 text: malformed bytes at byte offset " + head.length
                + " (line 3); save the file as UTF-8");
        assertThat(bom.message()).isEqualTo("not valid UTF-8 text: malformed bytes at byte offset " + (head.length + 3)
                + " (line 3); save the file as UTF-8");
        // the finding stands where the bad bytes are, after "    name: caf"
        assertThat(plain.location()).isEqualTo(new Location("bad.yaml", 3, 14, ""));
        assertThat(bom.location()).isEqualTo(new Location("bom.yaml", 3, 14, ""));
    }

    @Test
    void malformedUtf8OnTheFirstLineIsLineOne() throws IOException {
        LoadProblem error = onlyProblem(load("bad.yaml", bytes(0x80, "\n\n")), "bad.yaml");

        assertThat(error.message()).isEqualTo("not valid UTF-8 text: malformed bytes at byte offset 0 (line 1);"
                + " save the file as UTF-8");
    }

    @Test
    void malformedUtf16CountsItsLinesInItsOwnByteOrder() throws IOException {
        // U+010A has a line feed for one of its bytes and must not count as a line end
        String text = "a:\n  b: \u010A\n  c: ";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);

        LoadProblem little = onlyProblem(load("le.yaml", bytes(0xFF, 0xFE, le, 0x00, 0xD8, 0x78, 0)), "le.yaml");
        LoadProblem big = onlyProblem(load("be.yaml", bytes(0xFE, 0xFF, be, 0xD8, 0x00, 0, 0x78)), "be.yaml");

        assertThat(little.message()).isEqualTo("not valid UTF-16LE text: malformed bytes at byte offset "
                + (2 + le.length) + " (line 3); save the file as UTF-8");
        assertThat(big.message()).isEqualTo("not valid UTF-16BE text: malformed bytes at byte offset "
                + (2 + be.length) + " (line 3); save the file as UTF-8");
        assertThat(little.location()).isEqualTo(new Location("le.yaml", 3, 6, ""));
    }

    @Test
    void aNulCharacterIsBinaryContentOnItsLine() throws IOException {
        LoadProblem utf8 = onlyProblem(load("nul.yaml", bytes("device:\n  network: {}\n", 0, "\n")), "nul.yaml");
        LoadProblem utf16 = onlyProblem(load("nul16.yaml", utf16be("a: 1\nb: \0\n")), "nul16.yaml");
        LoadProblem three = onlyProblem(load("three.yaml", bytes("a", 0, "b")), "three.yaml");
        LoadProblem late = onlyProblem(load("late.yaml", bytes("abc", 0)), "late.yaml");

        assertThat(utf8.message()).isEqualTo("binary content: a NUL character at line 3");
        assertThat(utf16.message()).isEqualTo("binary content: a NUL character at line 2");
        assertThat(three.message()).isEqualTo("binary content: a NUL character at line 1");
        assertThat(late.message()).isEqualTo("binary content: a NUL character at line 1");
        assertThat(utf8.location()).isEqualTo(new Location("nul.yaml", 3, 1, ""));
        assertThat(late.location()).isEqualTo(new Location("late.yaml", 1, 4, ""));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedAsSuch() throws IOException {
        String expected = "the file looks like UTF-16 without a byte-order mark; save it as UTF-8";

        LoadProblem little = onlyProblem(load("le.json", "{}".getBytes(StandardCharsets.UTF_16LE)), "le.json");
        LoadProblem big = onlyProblem(load("be.json", "{}".getBytes(StandardCharsets.UTF_16BE)), "be.json");

        assertThat(little.message()).isEqualTo(expected);
        assertThat(big.message()).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ size, folders, I/O failures

    @Test
    void aFileAtTheSizeLimitIsReadAndOneByteMoreIsNot() throws IOException {
        byte[] text = KUBERNETES.getBytes(StandardCharsets.UTF_8);

        LoadedDevice at = load(LoadLimits.DEFAULT.withMaxFileBytes(text.length), "at.yaml", text);
        LoadedDevice over = load(LoadLimits.DEFAULT.withMaxFileBytes(text.length - 1), "over.yaml", text);
        LoadedDevice far = load(LoadLimits.DEFAULT.withMaxFileBytes(10), "far.yaml", text);

        assertThat(at.problems()).isEmpty();
        assertThat(at.device().kubernetes().podSubnet()).isNotNull();
        assertThat(onlyProblem(over, "over.yaml").message()).isEqualTo("the file is over the size limit of "
                + (text.length - 1) + " bytes and is not read");
        assertThat(over.sources()).isEmpty();
        assertThat(over.device().kubernetes().location()).isNull();
        assertThat(onlyProblem(far, "far.yaml").message()).contains("size limit of 10 bytes");
    }

    @Test
    void aFolderOrAMissingFileIsAParseErrorAndTheOtherFilesAreRead() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        Path gone = dir.resolve("gone.yaml");
        Path good = Files.writeString(dir.resolve("good.yaml"), KUBERNETES);

        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString())
                .load(new DeviceInput(dir, "dir", List.of(folder, gone, good)));

        assertThat(loaded.problems()).extracting(LoadProblem::rule, LoadProblem::location, LoadProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LoadProblem.PARSE_ERROR, Location.ofFile("folder.yaml"),
                                "is a folder, not a config file"),
                        org.assertj.core.groups.Tuple.tuple(LoadProblem.PARSE_ERROR, Location.ofFile("gone.yaml"),
                                "cannot read the file: no such file"));
        assertThat(loaded.device().files()).containsExactly("folder.yaml", "gone.yaml", "good.yaml");
        assertThat(loaded.device().path()).isEqualTo("dir");
        assertThat(loaded.device().kubernetes().podSubnet()).isNotNull();
        assertThat(loaded.sources()).containsOnlyKeys("good.yaml");
    }

    @Test
    void anUnreadableFolderIsAParseErrorOnTheFolder() {
        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, Path::toString)
                .load(DeviceInput.unreadable(dir, "site/a", "permission\n  denied"));

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location()).isEqualTo(Location.ofFile("site/a"));
            assertThat(p.message()).isEqualTo("cannot read the folder: permission denied; the config files in it and"
                    + " below it are not checked");
        });
        assertThat(loaded.device().files()).isEmpty();
    }

    @Test
    void anIoFailureIsPutInWords() {
        assertThat(DeviceLoader.ioReason(new AccessDeniedException("/etc/x"))).isEqualTo("permission denied");
        assertThat(DeviceLoader.ioReason(new NoSuchFileException("/etc/x"))).isEqualTo("no such file");
        assertThat(DeviceLoader.ioReason(new FileSystemException("/etc/x", null, "Is a\n directory")))
                .isEqualTo("Is a directory");
        assertThat(DeviceLoader.ioReason(new FileSystemException("/etc/x"))).isEqualTo("FileSystemException");
        assertThat(DeviceLoader.ioReason(new IOException("disk  gone"))).isEqualTo("disk gone");
        assertThat(DeviceLoader.ioReason(new IOException(" "))).isEqualTo("IOException");
        assertThat(DeviceLoader.ioReason(new IOException())).isEqualTo("IOException");
    }

    // ------------------------------------------------------------------ merging the files of one device

    @Test
    void aRootKeyDeclaredInTwoFilesIsAConflictAndOnlyTheFirstIsChecked() throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), "device:\n  deviceEndpoint: { dnsDomain: a.example.com }\n"
                + KUBERNETES);
        Path b = Files.writeString(dir.resolve("b.yaml"), "# b\nkubernetes:\n  podSubnet: 10.0.0.0/16\n"
                + "device:\n  deviceEndpoint: { dnsDomain: b.example.com }\n");

        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString())
                .load(new DeviceInput(dir, "dir", List.of(a, b)));

        assertThat(loaded.device().dnsDomain().value()).isEqualTo("a.example.com");
        assertThat(loaded.device().deviceLocation()).isEqualTo(new Location("a.yaml", 1, 1, "/device"));
        assertThat(loaded.device().kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
        assertThat(loaded.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.CONFLICTING_DECLARATION);
        assertThat(loaded.problems()).extracting(LoadProblem::location).containsExactly(
                new Location("b.yaml", 4, 1, "/device"), new Location("b.yaml", 2, 1, "/kubernetes"));
        assertThat(loaded.problems().get(0).message()).isEqualTo("'device' is declared here and in a.yaml (line 1);"
                + " a device declares 'device' in one file only, and only the one in a.yaml is checked");
        assertThat(loaded.problems().get(0).related()).containsExactly(
                new Related(new Location("a.yaml", 1, 1, "/device"), "'device' first declared here"));
        assertThat(loaded.problems().get(1).message()).startsWith("'kubernetes' is declared here and in a.yaml"
                + " (line 3)");
        assertThat(loaded.problems().get(1).related()).containsExactly(
                new Related(new Location("a.yaml", 3, 1, "/kubernetes"), "'kubernetes' first declared here"));
    }

    @Test
    void theDeviceAndKubernetesKeysMayComeFromDifferentFiles() throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), KUBERNETES);
        Path b = Files.writeString(dir.resolve("b.yaml"), "device:\n  deviceEndpoint: { dnsDomain: b.example.com }\n");

        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString())
                .load(new DeviceInput(dir, "dir", List.of(a, b)));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.device().dnsDomain().value()).isEqualTo("b.example.com");
        assertThat(loaded.device().deviceLocation().file()).isEqualTo("b.yaml");
        assertThat(loaded.device().kubernetes().location().file()).isEqualTo("a.yaml");
    }

    @Test
    void aDeviceWithoutADeviceKeyHasNoDeviceLocationAndEmptyLists() throws IOException {
        LoadedDevice loaded = load("k.yaml", KUBERNETES.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.device().deviceLocation()).isNull();
        assertThat(loaded.device().interfaces()).isEmpty();
        assertThat(loaded.device().vSwitches()).isEmpty();
        assertThat(loaded.device().dnsDomain()).isNull();
    }
}
