package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.Location;
import org.junit.jupiter.api.Test;

/**
 * {@link LoadLimits#maxTokenChars()} with a small bound, so that it can be checked on short texts: a YAML
 * file is measured by its longest line (snakeyaml's look-ahead window makes a long line cost its square),
 * a JSON file by its longest text value or key (HostileInputTest checks the default bound on megabytes).
 */
class LongTokenLimitTest {

    private static FileContent read(String file, String text, int limit) {
        return DeviceFileReader.read(new SourceFile(file, text), LoadLimits.DEFAULT.withMaxTokenChars(limit));
    }

    private static LoadProblem onlyParseError(FileContent content) {
        assertThat(content.problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR));
        assertThat(content.deviceKey()).isNull();
        assertThat(content.device()).isNull();
        assertThat(content.kubernetesKey()).isNull();
        assertThat(content.kubernetes()).isNull();
        return content.problems().get(0);
    }

    private static String lineMessage(int line, int length, int limit) {
        return "line " + line + " holds " + length + " characters; netlint reads YAML lines of at most " + limit
                + " characters";
    }

    // ------------------------------------------------------------------ YAML: the longest line

    private static final String YAML = "device:\n  deviceEndpoint:\n    dnsDomain: a.example.com\n";
    private static final int LONGEST = "    dnsDomain: a.example.com".length();

    @Test
    void aYamlFileWhoseLongestLineIsAtTheLimitIsRead() {
        FileContent content = read("a.yaml", YAML, LONGEST);

        assertThat(content.problems()).isEmpty();
        assertThat(content.device().dnsDomain().value()).isEqualTo("a.example.com");
    }

    @Test
    void aYamlLineOneCharacterOverTheLimitStopsTheFileAtThatLine() {
        LoadProblem error = onlyParseError(read("a.yaml", YAML, LONGEST - 1));

        assertThat(error.location()).isEqualTo(new Location("a.yaml", 3, 1, ""));
        assertThat(error.message()).isEqualTo(lineMessage(3, LONGEST, LONGEST - 1));
    }

    @Test
    void crLfCountsAsOneLineEndAndIsNotPartOfTheLine() {
        String crlf = LoaderTexts.crlf(YAML);

        String longLine = "  podSubnet: 10.244.0.0/16, 10.245.0.0/16";

        assertThat(read("a.yaml", crlf, LONGEST).problems()).isEmpty();
        LoadProblem error = onlyParseError(read("a.yaml", crlf + "kubernetes:\r\n" + longLine + "\r\n", LONGEST));
        assertThat(error.location()).isEqualTo(new Location("a.yaml", 5, 1, ""));
        assertThat(error.message()).isEqualTo(lineMessage(5, longLine.length(), LONGEST));
    }

    @Test
    void aLoneCarriageReturnEndsALineToo() {
        String cr = YAML.replace('\n', '\r');

        assertThat(read("a.yaml", cr, LONGEST).problems()).isEmpty();
        LoadProblem error = onlyParseError(read("a.yaml", cr, LONGEST - 1));
        assertThat(error.location()).isEqualTo(new Location("a.yaml", 3, 1, ""));
        assertThat(error.message()).isEqualTo(lineMessage(3, LONGEST, LONGEST - 1));
    }

    @Test
    void aLongLastLineWithoutALineEndIsFound() {
        String text = "kubernetes:\n  podSubnet: 10.244.0.0/16";

        LoadProblem error = onlyParseError(read("k.yaml", text, 20));

        assertThat(error.location()).isEqualTo(new Location("k.yaml", 2, 1, ""));
        assertThat(error.message()).isEqualTo(lineMessage(2, 26, 20));
    }

    // ------------------------------------------------------------------ strict JSON: the longest piece

    // ------------------------------------------------------------------ JSON: jackson-core reads in linear time

    private static final String COMPRESSED = "{\"device\":{\"deviceEndpoint\":{\"dnsDomain\":\"a.example.com\"}}}";

    /** jackson-core has no look-ahead window: a JSON file on one long line is read whatever its length. */
    @Test
    void aCompressedJsonFileOnOneLongLineIsRead() {
        FileContent content = read("d.json", COMPRESSED, "deviceEndpoint".length());

        assertThat(content.problems()).isEmpty();
        assertThat(content.device().dnsDomain().value()).isEqualTo("a.example.com");
    }

    @Test
    void aJsonTextValueOverTheLimitIsAParseErrorWhereItStarts() {
        String text = "{\"device\": {\"deviceEndpoint\": {\"dnsDomain\": \"" + "a".repeat(30) + "\"}}}";

        LoadProblem error = onlyParseError(read("d.json", text, 20));

        assertThat(error.location()).isEqualTo(new Location("d.json", 1, text.indexOf("\"aaa") + 1, ""));
        assertThat(error.message()).isEqualTo("a text of more than 20 characters starts here; netlint reads at most 20"
                + " characters in one value or key");
    }

    @Test
    void aJsonKeyOverTheLimitIsAParseErrorToo() {
        String text = "{\"device\": {\"" + "k".repeat(30) + "\": 1}}";

        assertThat(onlyParseError(read("d.json", text, 20)).message()).startsWith("a text of more than 20");
    }

    @Test
    void runsOfSpacesAndLongLinesBetweenJsonTokensAreFine() {
        String text = "{\"kubernetes\":" + " ".repeat(500) + "{\"podSubnet\":\t\t\"10.244.0.0/16\"}}";

        FileContent content = read("k.json", text, 20);

        assertThat(content.problems()).isEmpty();
        assertThat(content.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
    }

    @Test
    void aNumberOfMoreThanAThousandDigitsIsAParseError() {
        String text = "{\"kubernetes\": {\"routes\": [{\"routeMetric\": " + "9".repeat(1_001) + "}]}}";

        assertThat(onlyParseError(read("k.json", text, 64 * 1024)).message())
                .isEqualTo("a number of more than 1,000 digits starts here; no setting takes one");
    }

    @Test
    void theMessageGroupsTheDigitsOfLargeCounts() {
        String text = "device:\n  deviceEndpoint:\n    dnsDomain: " + "a".repeat(1_234) + "\n";

        LoadProblem error = onlyParseError(read("big.yaml", text, 1_000));

        assertThat(error.message()).isEqualTo("line 3 holds 1,249 characters; netlint reads YAML lines of at most"
                + " 1,000 characters");
    }
}
