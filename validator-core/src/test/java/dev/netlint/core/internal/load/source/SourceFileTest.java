package dev.netlint.core.internal.load.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lines of a file's text, with LF, CRLF and lone CR as line ends. */
class SourceFileTest {

    @Test
    void linesAreNumberedFromOneWithoutTheirLineEnds() {
        SourceFile file = new SourceFile("a.yaml", "one\r\ntwo\nthree\rfour");

        assertThat(file.path()).isEqualTo("a.yaml");
        assertThat(file.inMemoryText()).isEqualTo("one\r\ntwo\nthree\rfour");
        assertThat(file.lineCount()).isEqualTo(4);
        assertThat(file.line(1)).isEqualTo("one");
        assertThat(file.line(2)).isEqualTo("two");
        assertThat(file.line(3)).isEqualTo("three");
        assertThat(file.line(4)).isEqualTo("four");
    }

    @Test
    void aFinalLineEndStartsNoLineAndLinesOutsideTheFileAreEmpty() {
        SourceFile lf = new SourceFile("a.yaml", "a\nb\n");
        SourceFile cr = new SourceFile("a.yaml", "a\rb\r");
        SourceFile crlf = new SourceFile("a.yaml", "a\r\nb\r\n");

        for (SourceFile file : new SourceFile[] {lf, cr, crlf}) {
            assertThat(file.lineCount()).isEqualTo(2);
            assertThat(file.line(2)).isEqualTo("b");
            assertThat(file.line(0)).isEmpty();
            assertThat(file.line(3)).isEmpty();
            assertThat(file.line(-1)).isEmpty();
        }
        assertThat(new SourceFile("e.yaml", "").lineCount()).isOne();
        assertThat(new SourceFile("e.yaml", "").line(1)).isEmpty();
    }

    @Test
    void emptyLinesCount() {
        SourceFile file = new SourceFile("a.yaml", "\n\r\n\rx");

        assertThat(file.lineCount()).isEqualTo(4);
        assertThat(file.line(1)).isEmpty();
        assertThat(file.line(2)).isEmpty();
        assertThat(file.line(3)).isEmpty();
        assertThat(file.line(4)).isEqualTo("x");
    }

    @Test
    void aLongFileHasEveryLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            text.append("line ").append(i).append('\n');
        }
        SourceFile file = new SourceFile("a.yaml", text.toString());

        assertThat(file.lineCount()).isEqualTo(100);
        for (int i = 1; i <= 100; i++) {
            assertThat(file.line(i)).isEqualTo("line " + i);
        }
        assertThat(file.line(101)).isEmpty();
    }
}
