package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code netlint schema} checked by a real JSON Schema validator (networknt's, draft 2020-12): every
 * sample and every quiet fixture that is a device file validates, and a misspelt key does not.
 */
class SchemaTest {

    private static Schema schema;

    @BeforeAll
    static void load() {
        CliRun run = CliRun.of("schema");
        assertThat(run.code()).isZero();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(run.out(), InputFormat.JSON);
    }

    private static List<Error> validate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)
                : new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (file.toString().endsWith(".json")) {
            return schema.validate(text, InputFormat.JSON);
        }
        // read as netlint reads YAML (1.1: ~ is null, aliases resolved), then validated as the data it holds
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return schema.validate(JsonMapper.builder().build().valueToTree(data));
    }

    /** A device file: a root {@code device} or {@code kubernetes} key (manifests and runbooks are not). */
    private static boolean isDeviceFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.matches(".*\\.(json|ya?ml)") || name.startsWith(".")) {
            return false;
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\u0000", "");
            return (text.contains("device") || text.contains("kubernetes")) && !text.contains("apiVersion");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<Path> deviceFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(SchemaTest::isDeviceFile).sorted().toList().stream();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleAndQuietFixtureValidates() throws IOException {
        // the sample folders only: a samples/target/ that `cd samples && mvn validate` left holds reports, no devices
        List<Path> sampleFiles = new ArrayList<>();
        for (Path folder : Samples.folders()) {
            sampleFiles.addAll(deviceFiles(folder).toList());
        }
        Stream<Path> samples = sampleFiles.stream();
        Stream<Path> quiet = deviceFiles(Path.of("../rules/src/test/resources/fixtures"))
                .filter(f -> f.toString().contains("/quiet-"));
        return Stream.concat(samples, quiet).map(file -> DynamicTest.dynamicTest(file.toString(),
                () -> assertThat(validate(file)).as("schema errors of %s", file).isEmpty()));
    }

    @Test
    void aMisspeltKeyDoesNotValidate() throws IOException {
        Path dir = Files.createTempDirectory("schema");
        Path file = dir.resolve("device.yaml");
        Files.writeString(file, "device:\n  network:\n    vswitches: []\nkubernetes:\n  podSubnets: 10.244.0.0/16\n");

        assertThat(validate(file)).extracting(Error::getMessage)
                .anySatisfy(m -> assertThat(m).contains("vswitches"))
                .anySatisfy(m -> assertThat(m).contains("podSubnets"));
        Files.delete(file);
        Files.delete(dir);
    }

    @Test
    void aWrongTypeDoesNotValidate() throws IOException {
        Path dir = Files.createTempDirectory("schema");
        Path file = dir.resolve("device.json");
        Files.writeString(file, "{\"device\": {\"network\": {\"vSwitches\": [{\"enabledForCompute\": \"yes\"}]}}}");

        assertThat(validate(file)).isNotEmpty();
        Files.delete(file);
        Files.delete(dir);
    }

    /** docs/file-format.md names every key of the schema, so that the reference cannot fall behind the reader. */
    @Test
    void theFileFormatReferenceNamesEveryKey() throws IOException {
        String doc = Files.readString(Path.of("../docs/file-format.md"));
        tools.jackson.databind.JsonNode root = JsonMapper.builder().build().readTree(CliRun.of("schema").out());
        List<String> keys = new java.util.ArrayList<>();
        collect(root, "", keys);

        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(keys).allSatisfy(key -> assertThat(doc).as("docs/file-format.md").contains("`" + key + "`"));
    }

    private static void collect(tools.jackson.databind.JsonNode node, String path, List<String> keys) {
        tools.jackson.databind.JsonNode properties = node.get("properties");
        if (properties == null) {
            return;
        }
        for (String name : properties.propertyNames()) {
            String key = path.isEmpty() ? name : path + "." + name;
            keys.add(key);
            tools.jackson.databind.JsonNode property = properties.get(name);
            collect(property, key, keys);
            if (property.has("items")) {
                collect(property.get("items"), key + "[]", keys);
            }
        }
    }
}
