package dev.netlint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The parser floors of the benchmark, each meant to run as a whole process: the least that any
 * loader built on the parser does with a file, and nothing else.
 *
 * <pre>
 * Floor yaml FILE...   snakeyaml's event parser: every event pulled, as the loader pulls them
 * Floor json FILE...   jackson-core's streaming parser: every token, and the text of every scalar
 * </pre>
 *
 * <p>A folder given stands for its files of that format ({@code *.yaml} and {@code *.yml}, or
 * {@code *.json}) at any depth, in path order: the floor of a tree of devices.
 *
 * It prints the number of events or tokens and the summed length of the scalars' text, which the
 * loader needs too and which keeps the work from being optimised away.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[0].equals("yaml") && !args[0].equals("json")) {
            System.err.println("usage: Floor yaml|json FILE...");
            System.exit(2);
        }
        long items = 0;
        long characters = 0;
        boolean yaml = args[0].equals("yaml");
        for (int i = 1; i < args.length; i++) {
            for (Path file : files(Path.of(args[i]), yaml)) {
                long[] counts = yaml ? yamlEvents(file) : jsonTokens(file);
                items += counts[0];
                characters += counts[1];
            }
        }
        System.out.println(items + (args[0].equals("yaml") ? " events, " : " tokens, ") + characters
                + " characters of scalars");
    }

    /** The file itself, or a folder's files of the format at any depth, in path order. */
    static java.util.List<Path> files(Path path, boolean yaml) throws IOException {
        if (!Files.isDirectory(path)) {
            return java.util.List.of(path);
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                return yaml ? name.endsWith(".yaml") || name.endsWith(".yml") : name.endsWith(".json");
            }).sorted().toList();
        }
    }

    /** Pulls every parse event of a YAML file, with the loader's parser settings. */
    static long[] yamlEvents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ParserImpl parser = new ParserImpl(new StreamReader(reader), options);
            long events = 0;
            long characters = 0;
            while (true) {
                Event event = parser.getEvent();
                events++;
                if (event instanceof ScalarEvent scalar) {
                    characters += scalar.getValue().length();
                } else if (event instanceof StreamEndEvent) {
                    return new long[] {events, characters};
                }
            }
        }
    }

    /** Reads every token of a JSON file, and the text of every field name and scalar. */
    static long[] jsonTokens(Path file) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            long tokens = 0;
            long characters = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens++;
                if (token == JsonToken.FIELD_NAME || token.isScalarValue()) {
                    characters += parser.getText().length();
                }
            }
            return new long[] {tokens, characters};
        }
    }
}
