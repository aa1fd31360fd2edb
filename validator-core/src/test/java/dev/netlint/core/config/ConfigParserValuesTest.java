package dev.netlint.core.config;

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
                    assertThat(e.problem()).startsWith("cannot read the file: ");
                    assertThat(e.getMessage()).startsWith(dir + ": cannot read the file: ");
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
}
