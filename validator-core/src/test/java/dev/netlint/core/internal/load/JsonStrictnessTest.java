package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code .json} file is read as JSON says (RFC 8259), by jackson-core: what YAML would accept but JSON
 * does not is a {@code parse-error} at its place, in the file's words.
 */
class JsonStrictnessTest {

    private static LoadProblem onlyParseError(String json) {
        FileContent content = LoaderTexts.read("d.json", json);
        assertThat(content.problems()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR));
        assertThat(content.device()).isNull();
        assertThat(content.kubernetes()).isNull();
        return content.problems().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"device\": {\"network\": {\"interfaces\": [],}}}   | 42 | a trailing comma before '}': JSON does not allow one",
        "{\"kubernetes\": {\"routes\": [{},]}}                | 31 | a trailing comma before ']': JSON does not allow one",
        "{\"device\": {} // a note\\n}                         | 15 | a comment: JSON has no comments (put notes in a YAML file, or in the configuration's suppressions)",
        "{\"device\": {} /* a note */}                        | 15 | a comment: JSON has no comments (put notes in a YAML file, or in the configuration's suppressions)",
        "{'device': {}}                                       | 2  | a single quote: JSON strings and keys take double quotes",
        "{device: {}}                                         | 2  | a key without double quotes: JSON keys are written \"key\"",
        "{\"device\": {} \"kubernetes\": {}}                  | 15 | a ',' is missing between two entries of an object",
        "{\"kubernetes\": {\"podSubnet\": True}}              | 30 | 'True' is not a JSON value: text takes double quotes, and true, false and null are written in lower case",
    })
    void whatJsonDoesNotAllowIsAParseErrorAtItsPlace(String json, int column, String message) {
        String text = json.strip().replace("\\n", "\n");

        LoadProblem error = onlyParseError(text);

        assertThat(error.message()).isEqualTo(message);
        assertThat(error.location()).isEqualTo(new Location("d.json", 1, column, ""));
    }

    @Test
    void aFileThatEndsInsideAnObjectSaysWhatIsMissing() {
        LoadProblem error = onlyParseError("{\"device\": {\"network\": {\n");

        assertThat(error.message()).isEqualTo("the file ends inside an object: a '}' is missing");
        assertThat(error.location().line()).isEqualTo(1);
    }

    @Test
    void aSecondRootValueIsAParseErrorAndTheFirstIsKept() {
        FileContent content = LoaderTexts.read("d.json", "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\"}}\n{}\n");

        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
            assertThat(p.location()).isEqualTo(new Location("d.json", 2, 1, ""));
            assertThat(p.message()).startsWith("a second JSON value starts here");
        });
        assertThat(content.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
    }

    @Test
    void aDuplicateKeyIsAFindingWithTheFirstAsRelated() {
        FileContent content = LoaderTexts.read("d.json", "{\"kubernetes\": {\"podSubnet\": \"10.244.0.0/16\",\n"
                + " \"podSubnet\": \"10.245.0.0/16\"}}");

        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(LoadProblem.DUPLICATE_KEY);
            assertThat(p.location()).isEqualTo(new Location("d.json", 2, 2, "/kubernetes/podSubnet"));
            assertThat(p.related()).singleElement().satisfies(r ->
                    assertThat(r.location()).isEqualTo(new Location("d.json", 1, 17, "/kubernetes/podSubnet")));
        });
        assertThat(content.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
    }

    @Test
    void tabsBetweenTokensAreJson() {
        FileContent content = LoaderTexts.read("d.json", "{\n\t\"kubernetes\":\t{\n\t\t\"podSubnet\": \"10.244.0.0/16\"\n\t}\n}\n");

        assertThat(content.problems()).isEmpty();
        assertThat(content.kubernetes().podSubnet().location()).isEqualTo(
                new Location("d.json", 3, 16, "/kubernetes/podSubnet"));
    }
}
