package dev.netlint.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.rule.Profile;
import dev.netlint.core.testing.TestDevices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact words of a config file's problems, the values it accepts in short forms, and its encoding. */
class ConfigParserValuesTest {

    private static final Path FILE = Path.of("/repo/.netlint.yaml");

    @TempDir
    Path dir;

    private static NetlintConfig parse(String text) throws ConfigException {
        return ConfigParser.parse(text, FILE, TestDevices.RULES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list                    | '- a\\n'                            | 1 | the config file must be a mapping (key: value), not a list
            a text                    | 'hello\\n'                          | 1 | the config file must be a mapping (key: value), not 'hello'
            rules a text              | 'rules: loud\\n'                    | 1 | rules must be a mapping (key: value), not 'loud'
            profile empty             | 'profile: ~\\n'                     | 1 | profile must be a single value, not an empty value
            profile a list            | 'profile: [generic]\\n'             | 1 | profile must be a single value, not a list
            profile a mapping         | 'profile: { a: 1 }\\n'              | 1 | profile must be a single value, not a mapping
            suppressions a text       | 'suppressions: all\\n'              | 1 | suppressions must be a list, not 'all'
            ignore a mapping          | 'ignore:\\n  a: 1\\n'                | 2 | ignore must be a list, not a mapping
            tagged list item          | 'ignore:\\n  - !glob a/**\\n'        | 2 | the tag !glob is not allowed in a config file
            tagged list               | 'ignore: !globs [a]\\n'             | 1 | the tag !globs is not allowed in a config file
            tagged mapping            | 'rules: !levels { unknown-key: off }\\n' | 1 | the tag !levels is not allowed in a config file
            tagged key                | '!k profile: generic\\n'            | 1 | the tag !k is not allowed in a config file
            """)
    void aValueOfTheWrongKindIsNamed(String name, String text, int line, String problem) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n"))).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).isEqualTo(FILE + ":" + line + ": " + problem);
        });
    }

    @Test
    void aSingleGlobIsAListOfOneAndAnEmptyValueIsNone() throws ConfigException {
        assertThat(parse("ignore: archive/**\n").ignore()).extracting(Object::toString).containsExactly("archive/**");
        assertThat(parse("ignore:\nrules:\n").ignore()).isEmpty();
        assertThat(parse("ignore: ~\n").rules()).isEmpty();
        assertThat(parse("~\n").profile()).isNull();
        assertThat(parse("suppressions: []\n").suppressions()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsSkipped() throws ConfigException {
        assertThat(parse("\uFEFFprofile: generic\n").profile()).isEqualTo(Profile.GENERIC);
    }

    @Test
    void aFileThatIsNotUtf8OrCannotBeReadHasNoLine() throws IOException {
        Path latin = Files.write(dir.resolve(".netlint.yaml"), new byte[] {'p', ':', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> ConfigParser.parse(latin, TestDevices.RULES))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problem()).isEqualTo("not valid UTF-8");
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).isEqualTo(latin + ": not valid UTF-8");
                });
        assertThatThrownBy(() -> ConfigParser.parse(dir, TestDevices.RULES))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problem()).isEqualTo("is a folder, not a file");
                    assertThat(e.getMessage()).isEqualTo(dir + ": is a folder, not a file");
                });
    }

    @Test
    void aConfigFromAFileIsReadLikeItsText() throws IOException, ConfigException {
        Path file = Files.writeString(dir.resolve(".netlint.yaml"), "profile: ase-pro-2\nfailOn: error\n");

        NetlintConfig config = ConfigParser.parse(file, TestDevices.RULES);

        assertThat(config.profile()).isEqualTo(Profile.ASE_PRO_2);
        assertThat(config.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(config.file()).isEqualTo(file);
    }

    @Test
    void aSyntaxErrorNamesTheLineOfTheProblem() {
        assertThatThrownBy(() -> parse("profile: generic\nrules: {\n  unknown-key: off\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.problem()).startsWith("not valid YAML: ").doesNotContain("\n");
                });
    }

    @Test
    void maxFileSizeTakesBytesOrBinaryUnits() throws ConfigException {
        assertThat(parse("maxFileSize: 64MiB\n").maxFileBytes()).isEqualTo(64L << 20);
        assertThat(parse("maxFileSize: 512 KiB\n").maxFileBytes()).isEqualTo(512L << 10);
        assertThat(parse("maxFileSize: 1gib\n").maxFileBytes()).isEqualTo(1L << 30);
        assertThat(parse("maxFileSize: 1048576\n").maxFileBytes()).isEqualTo(1L << 20);
        assertThat(parse("profile: generic\n").maxFileBytes()).isNull();
        assertThatThrownBy(() -> parse("profile: generic\nmaxFileSize: 64MB\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).isEqualTo("maxFileSize: '64MB' is not a size: write a number of bytes, or a"
                            + " number followed by KiB, MiB or GiB, for example 64MiB");
                });
        assertThatThrownBy(() -> parse("maxFileSize: 2GiB\n")).hasMessageContaining("from 1 byte to 1GiB");
        assertThatThrownBy(() -> parse("maxFileSize: 0\n")).hasMessageContaining("out of range");
    }

    @Test
    void rootIsTrueOrFalse() throws ConfigException {
        assertThat(parse("root: true\n").root()).isTrue();
        assertThat(parse("root: false\n").root()).isFalse();
        assertThat(parse("profile: generic\n").root()).isFalse();
        assertThatThrownBy(() -> parse("root: here\n")).hasMessageContaining("root must be true or false, not 'here'");
    }

    @Test
    void aConfigOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path big = dir.resolve(".netlint.yaml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ConfigParser.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> ConfigParser.parse(big, TestDevices.RULES))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem())
                        .isEqualTo("the file is over the size limit of 4000000 bytes for a configuration file and is"
                                + " not read"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aConfigThatIsAFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve(".netlint.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");

        assertThatThrownBy(() -> ConfigParser.parse(fifo, TestDevices.RULES))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problem())
                        .isEqualTo("is a FIFO (named pipe), not a file"));
    }
}
