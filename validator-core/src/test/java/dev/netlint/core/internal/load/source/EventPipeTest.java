package dev.netlint.core.internal.load.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.DeviceFileReader;
import dev.netlint.core.internal.load.FileContent;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A large YAML file is parsed on a thread of its own ({@link EventPipe}): what is read from it must be
 * what is read with the parser on the reader's thread, to the last location, for every YAML file the
 * project holds (the samples and every rule fixture) and for broken files, whose errors now come from
 * the other thread; and no parser thread may outlive its file.
 */
// a hang guard (a parser thread that never hands over), not a timing assertion: generous for a loaded machine
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EventPipeTest {

    private static final List<Path> TREES = List.of(Path.of("../samples"), Path.of("../rules/src/test/resources"));

    @TempDir
    Path dir;

    @Test
    void everyYamlFileOfTheProjectReadsTheSameOnTheParserThread() throws IOException {
        List<Path> files;
        try (Stream<Path> found = TREES.stream().flatMap(EventPipeTest::walk)) {
            files = found.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(200);
        for (Path file : files) {
            assertSameBothWays(file);
        }
    }

    @Test
    void aLargeDeviceWithOddLineBreaksAndAnErrorNearTheEndReadsTheSame() throws IOException {
        StringBuilder text = new StringBuilder("kubernetes:\n  routes:\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("    - destinationPrefix: 10.").append(i / 250).append('.').append(i % 250).append(".0/24\n")
                    .append("      nextHop: 192.168.0.1 # route ").append(i).append("\u2028\n")
                    .append("      interfaceAlias: Port3\n");
        }
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, text + "  services: [unclosed\n", StandardCharsets.UTF_8);
        FileContent direct = assertSameBothWays(broken);
        // the error stands on the last line as editors count them (snakeyaml counts each U+2028 too)
        assertThat(direct.problems()).extracting(p -> p.location().line()).containsExactly(90_003);
        Path clean = dir.resolve("clean.yaml");
        Files.writeString(clean, text, StandardCharsets.UTF_8);
        assertThat(assertSameBothWays(clean).kubernetes().routes()).hasSize(30_000);
        assertThat(Files.size(clean)).isGreaterThan(DeviceFileReader.PIPED_FROM_BYTES);
    }

    @Test
    void aLimitHitEarlyInALargeFileStopsTheParserThread() throws IOException {
        StringBuilder text = new StringBuilder("kubernetes:\n  routes:\n");
        text.append("    - a: ".repeat(1)).append("[".repeat(150)).append("]".repeat(150)).append('\n');
        for (int i = 0; i < 40_000; i++) {
            text.append("    - destinationPrefix: 10.0.").append(i % 250).append(".0/24\n");
        }
        Path deep = dir.resolve("deep.yaml");
        Files.writeString(deep, text, StandardCharsets.UTF_8);
        FileContent direct = assertSameBothWays(deep);
        assertThat(direct.problems()).extracting(LoadProblem::message).anyMatch(m -> m.contains("nest deeper"));
    }

    @Test
    void afterTheEndOfTheStreamThePipeGivesNullAsTheParserDoes() {
        LoaderOptions options = new LoaderOptions();
        Parser direct = new ParserImpl(new StreamReader("a: 1\n"), options);
        EventPipe pipe = new EventPipe(new ParserImpl(new StreamReader("a: 1\n"), options));
        try {
            for (int i = 0; i < 10; i++) {
                Event expected = direct.getEvent();
                Event actual = pipe.next();
                assertThat(actual == null ? null : actual.getEventId()).as("event %d", i)
                        .isEqualTo(expected == null ? null : expected.getEventId());
            }
        } finally {
            pipe.close();
        }
    }

    @Test
    void anErrorOfTheParserReachesTheReaderAfterTheEventsBeforeIt() {
        OutOfMemoryError error = new OutOfMemoryError("simulated");
        EventPipe pipe = new EventPipe(new FailingParser("a: 1\n", 3, error));
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(pipe.next()).as("event %d", i).isNotNull();
            }
            assertThatThrownBy(pipe::next).isSameAs(error);
        } finally {
            pipe.close();
        }
    }

    @Test
    void aParserThreadThatEndsWithoutHandingOnItsFailureEndsTheReadInsteadOfHangingIt() {
        // what a second OutOfMemoryError does while the thread hands on the first: nothing reaches the
        // queue; a checked exception thrown through the parser escapes the thread the same way
        IOException escaped = new IOException("simulated");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        EventPipe pipe = new EventPipe(new FailingParser("a: 1\n", 3, escaped));
        try {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10; i++) {
                    pipe.next();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped before the end of the file")
                    .hasCause(escaped);
        } finally {
            pipe.close();
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("nothing printed by the dying thread").isEmpty();
    }

    /** A real parser of {@code text} that throws {@code failure} (checked or not) in place of its event number {@code at}. */
    private static final class FailingParser implements Parser {

        private final Parser parser;
        private final int at;
        private final Throwable failure;
        private int given;

        FailingParser(String text, int at, Throwable failure) {
            this.parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
            this.at = at;
            this.failure = failure;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            if (given++ == at) {
                throw FailingParser.<RuntimeException>sneaky(failure);
            }
            return parser.getEvent();
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T sneaky(Throwable t) throws T {
            throw (T) t;
        }
    }

    /** Reads the file both ways, checks that they agree and that no parser thread is left; returns the direct read. */
    private static FileContent assertSameBothWays(Path file) throws IOException {
        FileContent direct = DeviceFileReader.read(file, file.toString(), LoadLimits.DEFAULT, false);
        FileContent piped = DeviceFileReader.read(file, file.toString(), LoadLimits.DEFAULT, true);
        assertThat(piped.problems()).as(file.toString()).isEqualTo(direct.problems());
        assertThat(piped.comments()).as(file.toString()).isEqualTo(direct.comments());
        assertThat(routes(piped)).as(file.toString()).isEqualTo(routes(direct));
        if (Files.size(file) > 100_000) {
            // field by field is quadratic in the shared pointer chains of a large file: its routes and
            // problems above say what differs there
            return direct;
        }
        assertThat(piped).as(file.toString()).usingRecursiveComparison()
                .withEqualsForType(IPAddress::equals, IPAddress.class)
                .withEqualsForType(IPAddress::equals, inet.ipaddr.ipv4.IPv4Address.class)
                .withEqualsForType(IPAddress::equals, inet.ipaddr.ipv6.IPv6Address.class)
                .withEqualsForType(IPAddressSeqRange::equals, inet.ipaddr.ipv4.IPv4AddressSeqRange.class)
                .withEqualsForType(IPAddressSeqRange::equals, inet.ipaddr.ipv6.IPv6AddressSeqRange.class)
                .isEqualTo(direct);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("netlint-yaml-parser"));
        return direct;
    }

    /** Every route with every located value of it, as text. */
    private static List<String> routes(FileContent content) {
        if (content.kubernetes() == null) {
            return List.of();
        }
        return content.kubernetes().routes().stream().map(r -> r + " at " + r.location() + ": " + r.destinationPrefix()
                + " " + r.nextHop() + " " + r.interfaceAlias() + " " + r.routeMetric()).toList();
    }

    /** The files of a source tree, never what a build left in it ({@code cd samples && mvn validate} writes samples/target/). */
    private static Stream<Path> walk(Path tree) {
        try {
            return Files.walk(tree).filter(Files::isRegularFile)
                    .filter(file -> !tree.relativize(file).startsWith("target"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
