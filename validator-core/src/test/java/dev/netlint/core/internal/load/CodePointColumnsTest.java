package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Columns count code points, as snakeyaml's marks and SARIF's {@code unicodeCodePoints} do: a character
 * outside the Basic Multilingual Plane (an emoji, two UTF-16 units) is one column.
 */
class CodePointColumnsTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aControlCharacterAfterEmojiIsReportedAtItsCodePointColumn() {
        FileContent content = LoaderTexts.read("a.yaml", "kubernetes: " + EMOJI + EMOJI + "\u0007\n");

        LoadProblem error = LoaderTexts.problems(content, LoadProblem.PARSE_ERROR).get(0);
        assertThat(error.message()).contains("U+0007");
        assertThat(error.location().line()).isEqualTo(1);
        assertThat(error.location().column()).isEqualTo("kubernetes: ".length() + 2 + 1);
    }

    @Test
    void aJsonValueOverTheLimitAfterEmojiIsReportedAtItsCodePointColumn() {
        String text = "{\"a\": [\"" + EMOJI + "\", \"01234567890\"]}";
        FileContent content = DeviceFileReader.read(new SourceFile("a.json", text),
                LoadLimits.DEFAULT.withMaxTokenChars(10));

        LoadProblem error = content.problems().get(0);
        assertThat(error.rule()).isEqualTo(LoadProblem.PARSE_ERROR);
        // a JSON value stands at its opening quote, counted in code points after the emoji
        assertThat(error.location().column()).isEqualTo(text.codePointCount(0, text.indexOf("\"0123")) + 1);
    }
}
