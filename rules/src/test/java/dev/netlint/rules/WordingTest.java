package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository speaks for itself: no text refers to a contract document or a source document the
 * reader does not have. A rule cites the vendor's page by title and link; a class names the doc page
 * or says what it means.
 */
class WordingTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", ".mvn");

    /**
     * The contract's name followed by a section sign, ".md" or "'s"; a bare section number; the name of
     * the French source document or of its folder (the seed of a {@code Random} is fine). Written with
     * escapes so that this file does not match itself.
     */
    private static final Pattern CONTRACT = Pattern.compile(
            "SPE\\u0043(\\s*\u00a7|\\.md|'s)|\u00a7\\s*[0-9]|(?i:s\\u0065ed document|s\\u0065ed/)");

    @Test
    void noTextRefersToTheContractDocument() throws IOException {
        List<String> mentions = new ArrayList<>();
        Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                scan(file, mentions);
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(mentions).as("mentions of the contract document; say it in the repository's own words")
                .isEmpty();
    }

    private static void scan(Path file, List<String> mentions) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException binary) {
            return;
        }
        Matcher matcher = CONTRACT.matcher(text);
        while (matcher.find()) {
            long line = text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            mentions.add(REPOSITORY.relativize(file) + ":" + line + ": " + matcher.group());
        }
    }
}
