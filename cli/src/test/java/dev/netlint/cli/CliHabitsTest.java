package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.overlap;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What people expect of a command line: help, version, did you mean, quiet, colour, and files that are no devices. */
class CliHabitsTest {

    @Test
    void helpAndVersionAreCommandsToo() {
        Devices.Run help = netlint("help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: netlint [-hV] [COMMAND]").contains("  check ").contains("  version ");
        Devices.Run helpCheck = netlint("help", "check");
        assertThat(helpCheck.code()).isZero();
        assertThat(helpCheck.out()).startsWith("Usage: netlint check ").contains("--quiet").contains("--color=WHEN");
        for (Devices.Run listing : new Devices.Run[] {netlint("--help"), helpCheck}) {
            assertThat(listing.out()).contains("Exit codes:\n  0   no finding at or above the fail-on level\n"
                    + "  1   findings at or above the fail-on level\n  2   usage error, unreadable path or invalid configuration\n");
        }
        Devices.Run version = netlint("version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("netlint 0.1.0\ncommit: ").isEqualTo(netlint("--version").out());
    }

    @Test
    void aUsageErrorPointsToTheRightHelp() {
        Devices.Run none = netlint();
        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).isEqualTo("netlint: a command is required: check, plan, diff, rules, explain, schema,"
                + " version or help\nTry 'netlint --help' for more information.\n");
        Devices.Run unknown = netlint("check", "--bogus");
        assertThat(unknown.err()).endsWith("Try 'netlint check --help' for more information.\n")
                .doesNotContain("netlint netlint");
    }

    @Test
    void theCommandsAUsageErrorListsAreTheCommandsTheHelpLists() {
        String help = netlint("help").out();
        String listed = netlint().err().lines().findFirst().orElseThrow()
                .replace("netlint: a command is required: ", "");
        for (String command : listed.replace(" or ", ", ").split(", ")) {
            assertThat(help).as("help lists %s", command).containsPattern("(?m)^  " + command + "\\b");
        }
        assertThat(help.lines().filter(l -> l.matches("  [a-z]+ .*"))).as("and no other")
                .hasSize(listed.split(", | or ").length);
    }

    @Test
    void controlCharactersInArgumentsReachNoTerminalThroughPicocli() {
        Devices.Run title = netlint("\u001b]0;x\u0007");
        assertThat(title.code()).isEqualTo(Main.USAGE);
        assertThat(title.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .startsWith("netlint: unknown command '\\x1b]0;x\\x07'");
        Devices.Run option = netlint("check", "--\u001b[31mred");
        assertThat(option.code()).isEqualTo(Main.USAGE);
        assertThat(option.err()).doesNotContain("\u001b").contains("\\x1b[31mred");
        Devices.Run value = netlint("check", "--max-file-size", "\u001b[2J");
        assertThat(value.code()).isEqualTo(Main.USAGE);
        assertThat(value.err()).doesNotContain("\u001b").contains("\\x1b[2J");
    }

    @Test
    void aMisspeltRuleIdGetsTheClosestOneEverywhere() {
        Devices.Run explain = netlint("explain", "pool-overlaps");
        assertThat(explain.code()).isEqualTo(Main.USAGE);
        assertThat(explain.err()).isEqualTo("netlint: no rule 'pool-overlaps'; did you mean 'pool-overlap'?\n");
        assertThat(netlint("explain", "zzzzzzzz").err()).isEqualTo("netlint: no rule 'zzzzzzzz'; 'netlint rules' lists them\n");

        Path dir = tree("did-you-mean");
        write(dir, "site/device.yaml", CLEAN);
        Devices.Run option = netlint("check", dir, "--rule", "pool-overlaps=off");
        assertThat(option.code()).isEqualTo(Main.USAGE);
        assertThat(option.err()).isEqualTo("netlint: unknown rule 'pool-overlaps' in --rule; did you mean 'pool-overlap'?\n");

        write(dir, "site/.netlint.yaml", "rules:\n  pool-overlaps: off\n");
        Devices.Run config = netlint("check", dir);
        assertThat(config.code()).isEqualTo(Main.USAGE);
        assertThat(config.err()).contains(".netlint.yaml:2: ").endsWith("did you mean 'pool-overlap'?\n");
    }

    @Test
    void everyMisspeltNameGetsTheClosestOne() {
        Path dir = tree("misspelt-names");
        write(dir, "site/device.yaml", CLEAN);
        assertThat(netlint("chek", dir).err()).startsWith("netlint: unknown command 'chek'; did you mean 'check'?\n");
        assertThat(netlint("check", "--formt", "json", dir).err())
                .startsWith("netlint: Unknown option: '--formt'; did you mean '--format'?\n");
        assertThat(netlint("check", "--format", "jsn", dir).err()).isEqualTo("netlint: unknown format 'jsn' in --format"
                + " (text, json, sarif, junit, html, checkstyle, gitlab, github, markdown); did you mean 'json'?\n");
        assertThat(netlint("check", "--fail-on", "warn", dir).err()).isEqualTo("netlint: --fail-on: 'warn' is not a"
                + " fail-on level (error, warning, info, never); did you mean 'warning'?\n");
        assertThat(netlint("check", "--rule", "pool-overlap=warn", dir).err()).isEqualTo("netlint: --rule"
                + " pool-overlap: unknown level 'warn' (off, info, warning, error); did you mean 'warning'?\n");
        assertThat(netlint("check", "--profile", "ase-pro-gpux", dir).err()).isEqualTo("netlint: --profile:"
                + " 'ase-pro-gpux' is not a profile (ase-pro-gpu, ase-pro-2, generic); did you mean 'ase-pro-gpu'?\n");
        assertThat(netlint("rules", "--format", "mardown").err()).isEqualTo("netlint: unknown format 'mardown' in"
                + " --format (text, json, markdown); did you mean 'markdown'?\n");
        Devices.Run far = netlint("check", "--fail-on", "zzz", dir);
        assertThat(far.code()).isEqualTo(Main.USAGE);
        assertThat(far.err()).doesNotContain("did you mean");

        write(dir, "site/.netlint.yaml", "failOn: eror\n");
        assertThat(netlint("check", dir).err()).contains(".netlint.yaml:1").contains("did you mean 'error'?");
    }

    @Test
    void formatNamesAreReadInAnyCase() {
        assertThat(netlint("rules", "--format", "JSON").out()).startsWith("{\n  \"rules\"");
        assertThat(netlint("rules", "--format", "Markdown").out()).startsWith("| id | severity | group | summary |");
        Devices.Run unknown = netlint("rules", "--format", "xml");
        assertThat(unknown.code()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).isEqualTo("netlint: unknown format 'xml' in --format (text, json, markdown)\n");
    }

    @Test
    void quietPrintsTheFindingsOnly() {
        Path dir = tree("quiet");
        write(dir, "site/device.yaml", overlap());
        Devices.Run quiet = netlint("check", dir, "--quiet");
        assertThat(quiet.code()).isEqualTo(Main.FINDINGS);
        assertThat(quiet.out()).contains("[pool-overlap]").doesNotContain("1 device, 1 file");
        assertThat(quiet.err()).as("no configuration line either").isEmpty();
        write(dir, "clean/device.yaml", CLEAN);
        Devices.Run clean = netlint("check", dir.resolve("clean"), "-q");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    @Test
    void colourIsAskedForOrLeftToTheTerminal() {
        Path dir = tree("colour");
        write(dir, "site/device.yaml", overlap());
        assertThat(netlint("check", dir, "--color=always").out()).contains("\u001b[1;31merror:\u001b[0m");
        assertThat(netlint("check", dir, "--color", "NEVER").out()).doesNotContain("\u001b[");
        assertThat(netlint("check", dir).out()).as("auto: the tests' output is no terminal").doesNotContain("\u001b[");
        assertThat(netlint("check", dir, "--color=sometimes").code()).isEqualTo(Main.USAGE);

        assertThat(Terminal.Colour.always.enabled(Map.of("NO_COLOR", ""))).isTrue();
        assertThat(Terminal.Colour.never.enabled(Map.of())).isFalse();
        assertThat(Terminal.wantsColour(true, Map.of("NO_COLOR", ""))).as("NO_COLOR wins over auto").isFalse();
        assertThat(Terminal.wantsColour(true, Map.of("TERM", "xterm"))).isTrue();
        // FORCE_COLOR (non-empty) and CLICOLOR_FORCE (not 0) colour a pipe too, over NO_COLOR and TERM=dumb
        assertThat(Terminal.wantsColour(false, Map.of("FORCE_COLOR", "1"))).isTrue();
        assertThat(Terminal.wantsColour(false, Map.of("FORCE_COLOR", "1", "NO_COLOR", "1", "TERM", "dumb"))).isTrue();
        assertThat(Terminal.wantsColour(false, Map.of("FORCE_COLOR", ""))).isFalse();
        assertThat(Terminal.wantsColour(false, Map.of("CLICOLOR_FORCE", "1"))).isTrue();
        assertThat(Terminal.wantsColour(false, Map.of("CLICOLOR_FORCE", "0"))).isFalse();
        assertThat(Terminal.Colour.never.enabled(Map.of("FORCE_COLOR", "1"))).as("--color never wins").isFalse();
    }

    @Test
    void aFileThatIsNoDeviceFileIsSaidSo() {
        Path dir = tree("not-a-device");
        write(dir, "pom.xml", "<project/>\n");
        write(dir, "site/device.yaml", overlap());
        Devices.Run pom = netlint("check", dir.resolve("pom.xml"));
        assertThat(pom.code()).isEqualTo(Main.USAGE);
        assertThat(pom.err()).isEqualTo("netlint: " + dir.resolve("pom.xml") + ": not a device file: netlint reads"
                + " *.json, *.yaml and *.yml device files and *.ps1 runbooks\n");

        Path report = dir.resolve("netlint.json");
        Path sarif = dir.resolve("netlint.sarif");
        assertThat(netlint("check", dir.resolve("site"), "--format", "json", "--output", report, "--format", "sarif",
                "--output", sarif).code()).isEqualTo(Main.FINDINGS);
        for (Path own : new Path[] {report, sarif}) {
            Devices.Run run = netlint("check", own);
            assertThat(run.code()).isEqualTo(Main.USAGE);
            assertThat(run.err()).isEqualTo("netlint: " + own + ": a report, baseline or schema that netlint wrote,"
                    + " not a device file\n");
        }
    }

    @Test
    void netlintsOwnReportsInATreeAreSkipped() {
        Path dir = tree("own-reports");
        write(dir, "site/device.yaml", overlap());
        Path elsewhere = tree("own-reports-elsewhere");
        netlint("check", dir.resolve("site"), "--format", "json", "--output", elsewhere.resolve("netlint.json"),
                "--format", "gitlab", "--output", elsewhere.resolve("gl.json"));
        netlint("check", dir.resolve("site"), "--write-baseline", elsewhere.resolve("baseline.json"));
        write(dir, "site/old-report.json", Devices.read(elsewhere.resolve("netlint.json")));
        write(dir, "site/gl.json", Devices.read(elsewhere.resolve("gl.json")));
        write(dir, "reports/baseline.json", Devices.read(elsewhere.resolve("baseline.json")));

        Devices.Run run = netlint("check", dir, "--format", "json");

        assertThat(run.out()).contains("\"path\": \"" + dir.resolve("site") + "\"")
                .contains("\"files\": [\n        \"" + dir.resolve("site/device.yaml") + "\"\n      ]")
                .doesNotContain("old-report.json").doesNotContain("gl.json").doesNotContain("baseline.json");
    }

    @Test
    void longMessagesPutTheFixOnAHelpLineOfItsOwn() {
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        Devices.Run run = netlint("check", samples);
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        // as from the repository's root, where the README runs it: samples/broken-overlap/config.yaml:...
        assertThat(run.out().replace(samples + "/", "samples/").lines())
                .as("no line runs to 450 characters (540 when the fix was in the message)")
                .allSatisfy(line -> assertThat(line.length()).isLessThan(450));
        assertThat(run.out()).containsPattern("at 192\\.168\\.20\\.22 \\(1 address\\) \\[pool-overlap\\]\n(.*\n){3}"
                + "    help: move KubernetesServiceIPs to 192\\.168\\.20\\.1-192\\.168\\.20\\.9, free in 192\\.168\\.20\\.0/24\n");
        assertThat(run.out()).contains("would carry it but is not installed [network-unreachable]")
                .contains("note: not installed: route 192.168.21.0/24 via 192.168.21.1 on Port3: its next hop"
                        + " 192.168.21.1 lies outside 192.168.20.0/24, the subnet of the compute port Port3\n"
                        + "    help: fix that route\n");
    }
}
