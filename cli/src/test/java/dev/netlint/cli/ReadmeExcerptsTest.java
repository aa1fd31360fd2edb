package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md and the pages of docs/ show netlint printing stays true. Two kinds of block are run:
 * <ul>
 *   <li>an excerpt, a fenced block under {@code <!-- excerpt of: netlint ARGS -->}: lines the command prints
 *       when run from the repository's root, in the order it prints them (lines may be left out, none may
 *       be changed);</li>
 *   <li>a session, a fenced block with {@code $ netlint ARGS} lines, each followed by what the command
 *       prints (standard error, then standard output), exactly; {@code $ echo $?} prints the exit code of
 *       the command before it. A line {@code ...} stands for any lines, and {@code ...} within a line for
 *       any text. A command that shows no output is followed by a fenced block of its standard output
 *       (what a pipe or a redirection gets, as a JSON or XML report is shown). Each command runs as a user
 *       runs it, in a JVM of its own, in the repository's root, or, under {@code <!-- run in: FOLDER -->},
 *       in FOLDER of a copy of its parent folder, so that the files it writes land in the copy.</li>
 * </ul>
 * A session that cannot run as shown is marked {@code <!-- not run: REASON -->}; every other session runs.
 */
class ReadmeExcerptsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- excerpt of: netlint ([^>]*?) -->\\n");
    private static final Pattern FENCE = Pattern.compile("( *)```[a-z]*\\n(.*?)\\n *```", Pattern.DOTALL);
    private static final Pattern OPENING = Pattern.compile("( *)```[a-z]*");
    private static final Pattern SESSION_MARKER = Pattern.compile("<!-- (run in|not run): (.*?) -->");
    private static final String PROMPT = "$ ";

    record Excerpt(String args, List<String> lines) {
    }

    /**
     * A fenced block of {@code $} lines, with the marker before it ({@code null} when none); {@code outputBlock}
     * is the index of the first line of the block of the last command's output, or -1.
     */
    record Session(String page, int line, String marker, String argument, List<String> lines, int outputBlock) {

        Session(String page, int line, String marker, String argument, List<String> lines) {
            this(page, line, marker, argument, lines, -1);
        }

        String where() {
            return page + ":" + line;
        }
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

    /**
     * The sessions of a page: each fenced block holding a {@code $ netlint} line, with the marker on the last
     * line before it that is not blank; a block that follows a session whose last command shows no output
     * (blank lines between them) is that command's output.
     */
    static List<Session> sessions(String page, String text) {
        List<String> lines = text.lines().toList();
        List<Session> found = new ArrayList<>();
        Session open = null;
        int i = 0;
        while (i < lines.size()) {
            Matcher opening = OPENING.matcher(lines.get(i));
            if (!opening.matches()) {
                if (!lines.get(i).isBlank()) {
                    open = null;
                }
                i++;
                continue;
            }
            String indent = opening.group(1);
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                String line = lines.get(i);
                body.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
            }
            i++;
            if (open != null) {
                List<String> all = new ArrayList<>(open.lines());
                all.addAll(body);
                Session whole = new Session(open.page(), open.line(), open.marker(), open.argument(), all,
                        open.lines().size());
                found.set(found.size() - 1, whole);
                open = null;
                continue;
            }
            if (body.stream().noneMatch(line -> line.startsWith(PROMPT + "netlint"))) {
                continue;
            }
            String marker = null;
            String argument = null;
            for (int before = start - 1; before >= 0; before--) {
                if (!lines.get(before).isBlank()) {
                    Matcher m = SESSION_MARKER.matcher(lines.get(before).trim());
                    if (m.matches()) {
                        marker = m.group(1);
                        argument = m.group(2).trim();
                    }
                    break;
                }
            }
            Session session = new Session(page, start + 1, marker, argument, body);
            found.add(session);
            open = body.get(body.size() - 1).startsWith(PROMPT) ? session : null;
        }
        return found;
    }

    /** The command's output as the README shows it: paths relative to the repository's root. */
    private static List<String> printed(String args) {
        CliRun run = CliRun.of(words(args, ROOT));
        return run.out().replace(ROOT + "/", "").lines().toList();
    }

    /** The words of a command line, those that name a file or folder made absolute against {@code base}. */
    static String[] words(String args, Path base) {
        List<String> words = new ArrayList<>();
        String previous = "";
        for (String word : args.trim().split(" +")) {
            if (word.startsWith("#")) {
                break;
            }
            if (previous.equals("--output") && word.contains(":")) {
                int colon = word.indexOf(':');
                words.add(word.substring(0, colon + 1) + base.resolve(word.substring(colon + 1)));
            } else if (!word.startsWith("-") && (Files.exists(base.resolve(word)) || word.contains("/")
                    || word.matches(".*\\.(json|yaml|yml|ps1|xml|sarif|html)"))) {
                words.add(base.resolve(word).normalize().toString());
            } else {
                words.add(word);
            }
            previous = word;
        }
        return words.toArray(String[]::new);
    }

    /** Runs a session in {@code base}: what each command printed where the page shows what it prints. */
    static List<String> run(Session session, Path base) {
        List<String> printed = new ArrayList<>();
        int code = -1;
        for (int i = 0; i < session.lines().size(); i++) {
            String line = session.lines().get(i);
            if (!line.startsWith(PROMPT)) {
                continue;
            }
            String command = line.substring(PROMPT.length()).trim();
            printed.add(line);
            if (command.equals("echo $?")) {
                printed.add(String.valueOf(code));
                continue;
            }
            assertThat(command).as("%s: a session runs netlint and echo $? only; mark the block"
                    + " <!-- not run: REASON --> otherwise", session.where()).startsWith("netlint ");
            CliRun run = launched(base, command.substring("netlint ".length()));
            code = run.code();
            String shown = i + 1 == session.outputBlock() ? run.out() : run.err() + run.out();
            printed.addAll(shown.lines().toList());
        }
        return printed;
    }

    /**
     * netlint as a user runs it in {@code base}: a JVM of its own, on the test's class path, so that its paths
     * are relative to that folder as in a shell, standard output and error going to files (no colour).
     */
    static CliRun launched(Path base, String args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        for (String word : args.trim().split(" +")) {
            if (word.startsWith("#")) {
                break;
            }
            command.add(word);
        }
        try {
            Path out = Files.createTempFile("netlint-session", ".out");
            Path err = Files.createTempFile("netlint-session", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().keySet().removeAll(List.of("FORCE_COLOR", "CLICOLOR_FORCE"));
                int code = builder.start().waitFor();
                return new CliRun(code, Files.readString(out), Files.readString(err));
            } finally {
                Files.delete(out);
                Files.delete(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code printed} is what {@code shown} shows: {@code ...} lines and {@code ...} in a line elide. */
    static boolean matches(List<String> shown, List<String> printed) {
        if (shown.isEmpty()) {
            return printed.isEmpty();
        }
        String first = shown.get(0);
        if (first.trim().equals("...")) {
            for (int skip = 0; skip <= printed.size(); skip++) {
                if (matches(shown.subList(1, shown.size()), printed.subList(skip, printed.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !printed.isEmpty() && line(first).matcher(printed.get(0)).matches()
                && matches(shown.subList(1, shown.size()), printed.subList(1, printed.size()));
    }

    private static Pattern line(String shown) {
        StringBuilder regex = new StringBuilder();
        String[] parts = shown.split("\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    /** README.md and every page of docs/. */
    static List<Path> pages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyExcerptIsPrintedByItsCommandInOrder() throws IOException {
        List<Excerpt> excerpts = new ArrayList<>();
        for (Path page : pages()) {
            excerpts.addAll(excerpts(Files.readString(page)));
        }
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
    void everySessionOfTheDocsPrintsWhatItShows(@TempDir Path temp) throws IOException {
        List<Session> sessions = new ArrayList<>();
        for (Path page : pages()) {
            sessions.addAll(sessions(ROOT.relativize(page).toString(), Files.readString(page)));
        }
        int run = 0;
        SoftAssertions each = new SoftAssertions();
        for (Session session : sessions) {
            if ("not run".equals(session.marker())) {
                assertThat(session.argument()).as("%s: the reason it is not run", session.where()).isNotBlank();
                continue;
            }
            Path base = ROOT;
            if ("run in".equals(session.marker())) {
                Path folder = ROOT.resolve(session.argument()).normalize();
                assertThat(folder).as("%s: the folder it runs in", session.where()).isDirectory();
                Path copy = temp.resolve("session-" + run);
                copy(folder.getParent(), copy);
                base = copy.resolve(folder.getFileName());
            }
            List<String> printed = run(session, base);
            each.assertThat(matches(session.lines(), printed)).as("%s shows:%n%s%n%nnetlint prints:%n%s",
                    session.where(), String.join("\n", session.lines()), String.join("\n", printed)).isTrue();
            run++;
        }
        each.assertAll();
        assertThat(run).as("the sessions run").isGreaterThanOrEqualTo(8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
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
        assertThat(excerpts).singleElement().extracting(Excerpt::lines,
                        org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactly("1 device, 1 file: 2 errors, 0 warnings, 0 infos");
        assertThat(printed("check samples/broken-teaming")).doesNotContain(excerpts.get(0).lines().get(0))
                .contains("1 device, 1 file: 1 error, 0 warnings, 0 infos");
    }

    @Test
    void aSessionIsReadWithItsMarkerAndTheOutputBlockAfterIt() {
        List<Session> sessions = sessions("page.md", """
                <!-- run in: samples -->

                ```
                $ netlint check broken-teaming --format json
                ```

                ```json
                {
                ```

                <!-- not run: it needs a device on the network -->
                ```
                $ netlint check /mnt/device
                1 device, 1 file: 0 errors, 0 warnings, 0 infos
                ```

                ```sh
                netlint check samples   # a command without a prompt is no session
                ```
                """);

        assertThat(sessions).extracting(Session::marker, Session::argument, Session::lines).containsExactly(
                org.assertj.core.groups.Tuple.tuple("run in", "samples",
                        List.of("$ netlint check broken-teaming --format json", "{")),
                org.assertj.core.groups.Tuple.tuple("not run", "it needs a device on the network",
                        List.of("$ netlint check /mnt/device", "1 device, 1 file: 0 errors, 0 warnings, 0 infos")));
    }

    @Test
    void aSessionMatchesItsOutputExactlyButWhereItElides() {
        List<String> printed = List.of("$ netlint check sites", "netlint: configuration: .netlint.yaml",
                "a.yaml:1:1: error: one [r]", "b.yaml:2:1: error: two [r]", "2 devices, 2 files: 2 errors");

        assertThat(matches(List.of("$ netlint check sites", "netlint: configuration: .netlint.yaml", "...",
                "2 devices, 2 files: 2 errors"), printed)).isTrue();
        assertThat(matches(List.of("$ netlint check sites", "...", "b.yaml:2:1: error: ... [r]", "..."), printed))
                .isTrue();
        assertThat(matches(List.of("$ netlint check sites", "netlint: configuration: .netlint.yaml",
                "2 devices, 2 files: 2 errors"), printed)).as("lines left out without ...").isFalse();
        assertThat(matches(List.of("$ netlint check sites", "...", "2 devices, 2 files: 1 error"), printed))
                .as("a changed line").isFalse();
    }

    @Test
    void aSessionRunsInItsFolderAndShowsItsPathsRelativeToIt() {
        Path samples = ROOT.resolve("samples");
        Session session = new Session("page.md", 1, "run in", "samples",
                List.of("$ netlint check broken-teaming", "$ echo $?"));

        List<String> printed = run(session, samples);

        assertThat(printed).contains("1 device, 1 file: 1 error, 0 warnings, 0 infos", "1")
                .anyMatch(line -> line.startsWith("broken-teaming/device.yaml:"))
                .noneMatch(line -> line.contains(samples.toString()));
    }
}
