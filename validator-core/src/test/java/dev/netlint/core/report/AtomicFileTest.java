package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.engine.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportCreatingTheFolderAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("target/netlint/netlint.json");

        AtomicFile.write(target, out -> out.write("{}\n"));

        assertThat(target).hasContent("{}");
        assertThat(children(target.getParent())).containsExactly("netlint.json");
    }

    @Test
    void replacesAnEarlierReport() throws IOException {
        Path target = dir.resolve("netlint.json");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new"));

        assertThat(target).hasContent("new");
    }

    @Test
    void aReporterThatFailsHalfWayLeavesTheEarlierReportWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("netlint.sarif");
        Files.writeString(target, "complete earlier report");
        Reporter failing = (Report report, Writer out) -> {
            out.write("{\"runs\": [");
            out.flush();
            throw new IOException("disk full");
        };

        assertThatThrownBy(() -> AtomicFile.write(target, failing, null)).hasMessage("disk full");

        assertThat(target).hasContent("complete earlier report");
        assertThat(children(dir)).containsExactly("netlint.sarif");
    }

    private static String[] children(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }
}
