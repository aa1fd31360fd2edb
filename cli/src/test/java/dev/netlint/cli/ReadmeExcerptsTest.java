package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The excerpts of what netlint prints in README.md and docs/checking.md stay true: each block under a marker
 * {@code <!-- excerpt of: netlint ARGS -->} is made of lines the command prints when run from the
 * repository's root, in the order it prints them (lines may be left out, none may be changed).
 */
class ReadmeExcerptsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- excerpt of: netlint ([^>]*?) -->\\n");
    private static final Pattern FENCE = Pattern.compile("( *)```[a-z]*\\n(.*?)\\n *```", Pattern.DOTALL);

    record Excerpt(String args, List<String> lines) {
    }

    static List<Excerpt> excerpts(String readme) {
        List<Excerpt> found = new ArrayList<>();
        Matcher marker = MARKER.matcher(readme);
        while (marker.find()) {
            Matcher fence = FENCE.matcher(readme);
            assertThat(fence.find(marker.end())).as("a fenced block follows the marker of " + marker.group(1))
                    .isTrue();
            String indent = fence.group(1);
            List<String> lines = new ArrayList<>();
            for (String line : fence.group(2).split("\n", -1)) {
                lines.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
            }
            found.add(new Excerpt(marker.group(1), lines));
        }
        return found;
    }

    /** The command's output as the README shows it: paths relative to the repository's root. */
    private static List<String> printed(String args) {
        String[] words = Arrays.stream(args.split(" "))
                .map(word -> word.startsWith("samples") ? ROOT.resolve(word).toString() : word)
                .toArray(String[]::new);
        CliRun run = CliRun.of(words);
        return run.out().replace(ROOT + "/", "").lines().toList();
    }

    @Test
    void everyExcerptIsPrintedByItsCommandInOrder() throws IOException {
        List<Excerpt> excerpts = new ArrayList<>(excerpts(Files.readString(ROOT.resolve("README.md"))));
        assertThat(excerpts).as("the README's marked excerpts").isNotEmpty();
        excerpts.addAll(excerpts(Files.readString(ROOT.resolve("docs/checking.md"))));
        assertThat(excerpts).as("the marked excerpts").hasSizeGreaterThanOrEqualTo(2);
        for (Excerpt excerpt : excerpts) {
            List<String> printed = printed(excerpt.args());
            int next = 0;
            for (String line : excerpt.lines()) {
                int at = printed.subList(next, printed.size()).indexOf(line);
                assertThat(at).as("README excerpt of `netlint %s`: this line, after the ones above it, is not"
                        + " printed:%n%s%nprinted:%n%s", excerpt.args(), line, String.join("\n", printed))
                        .isNotNegative();
                next += at + 1;
            }
        }
    }

    @Test
    void aChangedLineIsNoticed() {
        List<Excerpt> excerpts = excerpts("""
                <!-- excerpt of: netlint check samples/broken-teaming -->
                ```text
                1 device, 1 file: 2 errors, 0 warnings, 0 infos
                ```
                """);
        assertThat(excerpts).singleElement().extracting(Excerpt::lines, InstanceOfAssertFactories.list(String.class))
                .containsExactly("1 device, 1 file: 2 errors, 0 warnings, 0 infos");
        assertThat(printed("check samples/broken-teaming")).doesNotContain(excerpts.get(0).lines().get(0))
                .contains("1 device, 1 file: 1 error, 0 warnings, 0 infos");
    }
}
