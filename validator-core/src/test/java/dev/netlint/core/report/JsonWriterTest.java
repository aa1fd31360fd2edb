package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.internal.io.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The JSON writer's exact output: layout, separators and string escapes. */
class JsonWriterTest {

    @Test
    void nestedValuesAreIndentedByTwoSpacesPerLevel() throws IOException {
        StringWriter out = new StringWriter();

        new JsonWriter(out).beginObject()
                .field("name", "netlint")
                .field("count", 3)
                .field("ok", true)
                .field("bad", false)
                .field("none", (String) null)
                .name("list").beginArray().value(1).value("two").beginObject().field("x", -4).endObject().endArray()
                .name("empty").beginObject().endObject()
                .name("nothing").beginArray().endArray()
                .endObject();

        assertThat(out.toString()).isEqualTo("""
                {
                  "name": "netlint",
                  "count": 3,
                  "ok": true,
                  "bad": false,
                  "none": null,
                  "list": [
                    1,
                    "two",
                    {
                      "x": -4
                    }
                  ],
                  "empty": {},
                  "nothing": []
                }""");
    }

    @Test
    void topLevelValuesFollowOneAnotherWithoutSeparators() throws IOException {
        StringWriter out = new StringWriter();

        new JsonWriter(out).beginArray().value(false).endArray().value("x").value(7);

        assertThat(out.toString()).isEqualTo("[\n  false\n]\"x\"7");
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() throws IOException {
        StringWriter out = new StringWriter();

        new JsonWriter(out).value("q\" b\\ n\n r\r t\t b\b f\f e\u001b u\u001f sp\u0020 ls\u2028 ps\u2029 é");

        assertThat(out.toString()).isEqualTo(
                "\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f e\\u001b u\\u001f sp  ls\\u2028 ps\\u2029 é\"");
    }

    @Test
    void namesAreEscapedToo() throws IOException {
        StringWriter out = new StringWriter();

        new JsonWriter(out).beginObject().field("a\"b", 1).endObject();

        assertThat(out.toString()).isEqualTo("{\n  \"a\\\"b\": 1\n}");
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheReplacementCharacterAndAPairIsKept() throws IOException {
        StringWriter out = new StringWriter();

        new JsonWriter(out).value("a\ud800b\udc00c\ud83d\ude00d\ud83d");

        assertThat(out.toString()).isEqualTo("\"a\ufffdb\ufffdc\ud83d\ude00d\ufffd\"");
    }
}
