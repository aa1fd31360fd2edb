package dev.netlint.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.internal.engine.Glob;
import dev.netlint.core.internal.engine.PathSuppression;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.testing.TestDevices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigParserTest {

    private static final Path FILE = Path.of("/repo/sites/.netlint.yaml");

    private static NetlintConfig parse(String text) throws ConfigException {
        return ConfigParser.parse(text, FILE, TestDevices.RULES);
    }

    @Test
    void readsEveryKey() throws ConfigException {
        NetlintConfig config = parse("""
                profile: ase-pro-2
                failOn: warning
                rules:
                  test-pool-names: off        # unquoted: YAML 1.1 would make this a boolean
                  unknown-key: error
                ignore: ["archive/**", "**/draft-*.yaml"]
                suppressions:
                  - { rule: unknown-key, path: "lab-*/**", reason: "lab has no DNS" }
                  - rule: "*"
                    reason: everything, everywhere
                """);
        assertThat(config.file()).isEqualTo(FILE);
        assertThat(config.profile()).isEqualTo(Profile.ASE_PRO_2);
        assertThat(config.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(config.rules()).containsExactly(
                java.util.Map.entry("test-pool-names", RuleLevel.OFF),
                java.util.Map.entry("unknown-key", RuleLevel.ERROR));
        assertThat(config.ignore()).extracting(Object::toString).containsExactly("archive/**", "**/draft-*.yaml");
        assertThat(config.suppressions()).containsExactly(
                new PathSuppression("unknown-key", "lab-*/**", "lab has no DNS", Path.of("/repo/sites")),
                new PathSuppression("*", "**", "everything, everywhere", Path.of("/repo/sites")));
    }

    @Test
    void anEmptyFileOrCommentsOnlyIsAValidConfig() throws ConfigException {
        assertThat(parse("").rules()).isEmpty();
        assertThat(parse("# nothing yet\n").profile()).isNull();
    }

    @Test
    void ignoreGlobsAreRelativeToTheConfigFolder() throws ConfigException {
        NetlintConfig config = parse("ignore: [\"archive/**\", \"**/draft\"]\n");
        assertThat(config.ignores(Path.of("/repo/sites/archive/old/device.yaml"))).isTrue();
        assertThat(config.ignores(Path.of("/repo/sites/live/device.yaml"))).isFalse();
        assertThat(config.ignores(Path.of("/repo/archive/device.yaml"))).as("outside the config folder").isFalse();
        assertThat(config.ignores(Path.of("/repo/sites/draft"))).as("**/ also matches at the top").isTrue();
        assertThat(config.ignores(Path.of("/repo/sites/a/b/draft"))).isTrue();
    }

    @Test
    void aGlobOverTheBoundsIsAConfigErrorOnItsLineAndAHostileOneIsMatchedAtOnce() throws ConfigException {
        String tooLong = "a/".repeat(600);
        assertThatThrownBy(() -> parse("profile: generic\nignore: [\"" + tooLong + "\"]\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).endsWith("the glob is 1200 characters long; a glob is at most 1024");
                });
        assertThatThrownBy(() -> parse("ignore: [\"" + "**/".repeat(17) + "x\"]\n"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problem()).endsWith("the glob has 17 '**'; a glob has at most 16"));

        NetlintConfig hostile = parse("ignore: [\"**/*a*a*a*a*a*a*a*a*a*a*a*a*b\"]\n");
        Path name = Path.of("/repo/sites/" + "a".repeat(200) + "/" + "a".repeat(200) + ".yaml");
        assertThat(hostile.ignores(name)).isFalse();
        Glob glob = hostile.ignore().get(0);
        String relative = Path.of("/repo/sites").relativize(name).toString();
        assertThat(glob.steps(relative)).as("a bounded number of steps a character, not exponential")
                .isLessThan(256L * (relative.length() + 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax error            | 'rules:\\n  a: [\\n'                                     | 3 | not valid YAML
            unknown key             | 'profile: generic\\nfailon: error\\n'                    | 2 | unknown key 'failon'; did you mean 'failOn'?
            unknown rule id         | 'rules:\\n  unknown-keys: off\\n'                        | 2 | unknown rule 'unknown-keys'; did you mean 'unknown-key'?
            bad level               | 'rules:\\n  unknown-key: loud\\n'                        | 2 | unknown level 'loud'
            bad profile             | '\\nprofile: ase-pro-9\\n'                               | 2 | unknown profile 'ase-pro-9' (ase-pro-gpu, ase-pro-2, generic)
            bad failOn              | 'failOn: sometimes\\n'                                  | 1 | 'sometimes' is not a fail-on level
            duplicate key           | 'profile: generic\\nprofile: ase-pro-2\\n'               | 2 | duplicate key 'profile'; it is already on line 1
            not a mapping           | '- profile\\n'                                          | 1 | the config file must be a mapping
            rules as a list         | 'rules: [a]\\n'                                         | 1 | rules must be a mapping
            java tag                | 'profile: !!javax.script.ScriptEngineManager [x]\\n'    | 1 | Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager
            custom tag              | 'rules:\\n  unknown-key: !level off\\n'                 | 2 | the tag !level is not allowed
            suppression no reason   | 'suppressions:\\n  - { rule: unknown-key, path: a }\\n' | 2 | a suppression needs a 'reason'
            suppression no rule     | 'suppressions:\\n  - { path: a, reason: b }\\n'         | 2 | a suppression needs a 'rule'
            suppression bad rule    | 'suppressions:\\n  - { rule: nope, reason: b }\\n'      | 2 | unknown rule 'nope'
            suppression unknown key | 'suppressions:\\n  - { rule: "*", reasons: b }\\n'      | 2 | unknown key 'reasons' in a suppression; did you mean 'reason'?
            absolute glob           | 'ignore: [/etc/**]\\n'                                  | 1 | must be relative to the config file's folder
            two documents           | 'profile: generic\\n---\\nprofile: generic\\n'           | 2 | not valid YAML
            """)
    void aBrokenConfigNamesItsLine(String name, String text, int line, String message) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).contains(message);
                    assertThat(e.getMessage()).startsWith(FILE + ":" + line + ": ");
                });
    }

    @Test
    void aBillionLaughsIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> parse(yaml.toString())).isInstanceOf(ConfigException.class);
    }

    @Test
    void anUnreadableFileIsAConfigError() {
        assertThatThrownBy(() -> ConfigParser.parse(Path.of("/no/such/.netlint.yaml"), TestDevices.RULES))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isZero());
    }
}
