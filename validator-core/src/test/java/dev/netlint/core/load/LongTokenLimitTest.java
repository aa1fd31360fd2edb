package dev.netlint.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LoadLimits#maxTokenChars()} with a small bound, so that the look-ahead guard can be checked on
 * short texts: a YAML file is measured by its longest line, a strict JSON file by its longest unbroken
 * piece (HostileInputTest checks the default bound on megabytes of text).
 */
class LongTokenLimitTest {

    private static FileContent read(String file, String text, int limit) {
        return ConfigReader.read(new SourceFile(file, text), LoadLimits.DEFAULT.withMaxTokenChars(limit));
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

    private static String jsonMessage(int length, int limit) {
        return "a value or run of spaces of " + length + " characters starts here; netlint reads at most " + limit
                + " characters without a break";
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
        String crlf = Texts.crlf(YAML);

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

    private static final String COMPRESSED = "{\"device\":{\"deviceEndpoint\":{\"dnsDomain\":\"a.example.com\"}}}";

    @Test
    void aCompressedJsonFileWithShortPiecesIsReadThoughItsOneLineIsLong() {
        FileContent content = read("d.json", COMPRESSED, "deviceEndpoint".length());

        assertThat(content.problems()).isEmpty();
        assertThat(content.device().dnsDomain().value()).isEqualTo("a.example.com");
    }

    @Test
    void aJsonStringOverTheLimitIsNamedWhereItStarts() {
        LoadProblem error = onlyParseError(read("d.json", COMPRESSED, "deviceEndpoint".length() - 1));

        assertThat(error.location()).isEqualTo(new Location("d.json", 1, COMPRESSED.indexOf("deviceEndpoint") + 1, ""));
        assertThat(error.message()).isEqualTo(jsonMessage(14, 13));
    }

    @Test
    void spacesAndEscapesBreakAJsonStringIntoPieces() {
        String text = "{\"device\":{\"deviceEndpoint\":{\"name\":\"abcdefghij klmnopqrst\\u0041bcdefghij\\\"\"}}}";

        FileContent content = read("d.json", text, 14);

        assertThat(content.problems()).isEmpty();
        assertThat(text.length()).isGreaterThan(60);
    }

    @Test
    void aPieceJustBeforeAnEscapeIsMeasured() {
        String text = "{\"device\":{\"deviceEndpoint\":{\"name\":\"ab\\nabcdefghijklmno\\tab\"}}}";

        LoadProblem error = onlyParseError(read("d.json", text, 14));

        assertThat(error.location()).isEqualTo(new Location("d.json", 1, text.indexOf("abcdefghijklmno") + 1, ""));
        assertThat(error.message()).isEqualTo(jsonMessage(15, 14));
    }

    @Test
    void aRunOfSpacesInsideAJsonStringIsAPiece() {
        String text = "{\"device\":{\"deviceEndpoint\":{\"name\":\"ab" + " ".repeat(16) + "cd\"}}}";

        LoadProblem error = onlyParseError(read("d.json", text, 15));

        assertThat(error.location()).isEqualTo(new Location("d.json", 1, text.indexOf("ab ") + 3, ""));
        assertThat(error.message()).isEqualTo(jsonMessage(16, 15));
    }

    @Test
    void aLongNumberOrLiteralInJsonIsAPiece() {
        String number = "{\"device\":{\"network\":{\"vSwitches\":[{\"mtu\":12345678901234567}]}}}";
        String literal = "{\"device\":{\"network\":{\"vSwitches\":[{\"mtu\":truetruetruetruex}]}}}";

        LoadProblem n = onlyParseError(read("n.json", number, 16));
        LoadProblem l = onlyParseError(read("l.json", literal, 16));

        assertThat(n.location()).isEqualTo(new Location("n.json", 1, number.indexOf("123") + 1, ""));
        assertThat(n.message()).isEqualTo(jsonMessage(17, 16));
        assertThat(l.location()).isEqualTo(new Location("l.json", 1, literal.indexOf("true") + 1, ""));
        assertThat(l.message()).isEqualTo(jsonMessage(17, 16));
        assertThat(read("n.json", number, 17).device().vSwitches().get(0).mtu().value()).isEqualTo(12345678901234567L);
    }

    @Test
    void aRunOfSpacesOrTabsBetweenJsonTokensIsAPiece() {
        String text = "{\"kubernetes\":" + " \t".repeat(8) + "{\"podSubnet\":\"10.244.0.0/16\"}}";

        LoadProblem error = onlyParseError(read("k.json", text, 15));

        assertThat(error.location()).isEqualTo(new Location("k.json", 1, 15, ""));
        assertThat(error.message()).isEqualTo(jsonMessage(16, 15));
        String spaces = "{\"kubernetes\":" + " ".repeat(16) + "{\"podSubnet\":\"10.244.0.0/16\"}}";
        assertThat(onlyParseError(read("k.json", spaces, 15)).message()).isEqualTo(jsonMessage(16, 15));
        assertThat(read("k.json", spaces, 16).kubernetes().podSubnet().value().toCanonicalString())
                .isEqualTo("10.244.0.0/16");
    }

    @Test
    void inMultiLineJsonTheColumnCountsFromTheStartOfItsLine() {
        String text = "{\r\n  \"kubernetes\": {\r\n    \"podSubnet\": \"" + "x".repeat(16) + "\"\r\n  }\r\n}\r\n";
        String cr = text.replace("\r\n", "\r");

        LoadProblem crlf = onlyParseError(read("k.json", text, 15));
        LoadProblem loneCr = onlyParseError(read("k.json", cr, 15));

        assertThat(crlf.location()).isEqualTo(new Location("k.json", 3, "    \"podSubnet\": \"".length() + 1, ""));
        assertThat(crlf.message()).isEqualTo(jsonMessage(16, 15));
        assertThat(loneCr.location()).isEqualTo(crlf.location());
    }

    // ------------------------------------------------------------------ not strict JSON: measured as YAML

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\"}} # a comment after the value",
        "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\"}}{\"device\": {}}",
        "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\tno tab in a JSON string\"}}",
        "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16 never closed",
        "{'kubernetes': {'podSubnet': '10.244.0.0/16', 'serviceSubnet': '10.96.0.0/12'}}",
        "kubernetes: {\"podSubnet\": \"10.244.0.0/16\", \"serviceSubnet\": \"10.96.0.0/12\"}"})
    void textThatIsNotStrictJsonIsMeasuredByItsLongestLine(String text) {
        LoadProblem error = onlyParseError(read("k.json", "\n" + text + "\n", 20));

        assertThat(error.location()).isEqualTo(new Location("k.json", 2, 1, ""));
        assertThat(error.message()).isEqualTo(lineMessage(2, text.length(), 20));
    }

    @Test
    void whereTheJsonPiecesAreShortButTheTextIsNotStrictJsonTheLongLineCounts() {
        String text = "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\"}} @";

        assertThat(read("k.json", text.substring(0, text.length() - 2), 20).problems()).isEmpty();
        assertThat(onlyParseError(read("k.json", text, 20)).message()).isEqualTo(lineMessage(1, text.length(), 20));
    }

    @Test
    void theMessageGroupsTheDigitsOfLargeCounts() {
        String text = "device:\n  deviceEndpoint:\n    dnsDomain: " + "a".repeat(1_234) + "\n";

        LoadProblem error = onlyParseError(read("big.yaml", text, 1_000));

        assertThat(error.message()).isEqualTo("line 3 holds 1,249 characters; netlint reads YAML lines of at most"
                + " 1,000 characters");
    }
}
