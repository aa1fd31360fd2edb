package dev.netlint.rules;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.internal.engine.DeviceSettings;
import dev.netlint.core.internal.engine.Engine;
import dev.netlint.core.internal.engine.Transitions;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.internal.load.DeviceInput;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RuleRegistry;
import dev.netlint.core.rule.Transition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Self-describing fixtures. A case is a file, or a folder of files checked as one device,
 * under {@code fixtures/RULE-ID/}. A YAML line marks the findings expected on it with
 * {@code # expect: rule-id[, rule-id]}; an item may add the severity and a fragment of the message,
 * {@code # expect: service-pool-too-small warning "none for the IoT Edge service"}. JSON has no
 * comments, so a folder case may list {@code FILE:LINE rule-id} lines in a {@code .expect} file.
 * {@code # related: rule-id ["fragment"]} marks a line a finding of that rule points back at (a note: the
 * first declaration, the owner of an address); a case that marks one related line of a rule marks them all.
 * {@code # profile: NAME} picks a profile.
 */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/fixtures");
    private static final Pattern EXPECT = marker("expect");
    private static final Pattern RELATED = marker("related");
    private static final Pattern ITEM = Pattern.compile("([a-z0-9-]+)(?:\\s+(error|warning|info))?(?:\\s+\"([^\"]*)\")?");
    /** A comma outside double quotes: items are separated by it, a message fragment may contain one. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    private static final Pattern PROFILE = Pattern.compile("#\\s*profile:\\s*([a-z0-9-]+)");
    private static final RuleRegistry RULES = RuleRegistry.load();

    /** One expected or actual finding, as a fixture can state it. */
    record Mark(String file, int line, String rule) implements Comparable<Mark> {

        @Override
        public int compareTo(Mark o) {
            int c = file.compareTo(o.file);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(line, o.line);
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + rule;
        }
    }

    /**
     * What a marker says beyond rule and line: the severity and a fragment of the message, each
     * {@code null} when not given.
     */
    record Detail(Mark mark, String severity, String fragment) {
    }

    /** A fixture case: a device and what it must produce. */
    record Case(String rule, Path path, List<Path> files) {

        String name() {
            return rule + "/" + path.getFileName();
        }

        boolean fires() {
            return path.getFileName().toString().startsWith("fires");
        }

        boolean quiet() {
            return path.getFileName().toString().startsWith("quiet");
        }

        List<Mark> expected() {
            List<Mark> marks = new ArrayList<>();
            for (Detail detail : details()) {
                marks.add(detail.mark());
            }
            Path sidecar = path.resolve(".expect");
            if (Files.isDirectory(path) && Files.exists(sidecar)) {
                for (String line : lines(sidecar)) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length == 2 && parts[0].contains(":")) {
                        String[] at = parts[0].split(":");
                        marks.add(new Mark(at[0], Integer.parseInt(at[1]), parts[1]));
                    }
                }
            }
            marks.sort(null);
            return marks;
        }

        /** Every item of every {@code # expect:} marker, with its severity and message fragment if given. */
        List<Detail> details() {
            return markers(EXPECT);
        }

        /** Every item of every {@code # related:} marker, with the fragment of the note if given. */
        List<Detail> relatedDetails() {
            return markers(RELATED);
        }

        /** The related lines the markers name for the rules that have a {@code # related:} marker. */
        List<Mark> expectedRelated() {
            return relatedDetails().stream().map(Detail::mark).distinct().sorted().toList();
        }

        /** The lines the findings of the rules with a {@code # related:} marker point back at, each once. */
        List<Mark> actualRelated(List<Finding> findings) {
            Set<String> rules = new HashSet<>();
            relatedDetails().forEach(d -> rules.add(d.mark().rule()));
            return findings.stream()
                    .filter(f -> !f.suppressed() && rules.contains(f.rule()))
                    .flatMap(f -> f.related().stream().map(r -> new Mark(
                            Path.of(r.location().file()).getFileName().toString(), r.location().line(), f.rule())))
                    .distinct().sorted().toList();
        }

        private List<Detail> markers(Pattern marker) {
            List<Detail> details = new ArrayList<>();
            for (Path file : files) {
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = marker.matcher(lines.get(i));
                    if (!m.find()) {
                        continue;
                    }
                    for (String item : ITEM_SEPARATOR.split(m.group(1))) {
                        Matcher parsed = ITEM.matcher(item.trim());
                        if (!parsed.matches()) {
                            throw new IllegalArgumentException(file + ":" + (i + 1) + ": marker item '" + item.trim()
                                    + "' is not: rule-id [error|warning|info] [\"message fragment\"]");
                        }
                        details.add(new Detail(new Mark(file.getFileName().toString(), i + 1, parsed.group(1)),
                                parsed.group(2), parsed.group(3)));
                    }
                }
            }
            return details;
        }

        Profile profile() {
            for (Path file : files) {
                for (String line : lines(file)) {
                    Matcher m = PROFILE.matcher(line);
                    if (m.find()) {
                        return Profile.named(m.group(1)).orElseThrow();
                    }
                }
            }
            return Profile.DEFAULT;
        }

        /**
         * Whether the case is a transition: a folder with {@code current.yaml}, the device that runs
         * today, and {@code proposed.yaml}; its findings are the transition rules' alone.
         */
        boolean transition() {
            return Files.isDirectory(path) && Files.exists(path.resolve("current.yaml"))
                    && Files.exists(path.resolve("proposed.yaml"));
        }

        List<Finding> run() {
            Engine engine = new Engine(RULES, DeviceFinder.PathDisplay.current());
            DeviceSettings settings = DeviceSettings.DEFAULT.withProfile(profile());
            if (transition()) {
                Engine keeping = engine.keepingModels();
                DeviceContext current = keeping.checkDevice(single(path.resolve("current.yaml")), settings).context();
                DeviceContext proposed = keeping.checkDevice(single(path.resolve("proposed.yaml")), settings).context();
                return Transitions.judge(RULES, Transition.of(current, proposed));
            }
            DeviceInput input = new DeviceInput(path, path.toString(), files);
            return engine.checkDevice(input, settings).findings();
        }

        private static DeviceInput single(Path file) {
            return new DeviceInput(file, file.toString(), List.of(file));
        }

        /** The result of the case's device, with its model kept. */
        dev.netlint.core.result.DeviceResult runKeepingModel() {
            Engine engine = new Engine(RULES, DeviceFinder.PathDisplay.current()).keepingModels();
            DeviceInput input = new DeviceInput(path, path.toString(), files);
            return engine.checkDevice(input, DeviceSettings.DEFAULT.withProfile(profile()));
        }

        List<Mark> actual(List<Finding> findings) {
            return findings.stream()
                    .filter(f -> !f.suppressed())
                    .map(f -> new Mark(Path.of(f.location().file()).getFileName().toString(), f.location().line(),
                            f.rule()))
                    .sorted()
                    .toList();
        }
    }

    private Fixtures() {
    }

    /** {@code # NAME: items}, up to the end of the line or the next marker on it. */
    private static Pattern marker(String name) {
        return Pattern.compile("#\\s*" + name + ":\\s*(.+?)\\s*(?=#\\s*[a-z]+:|$)");
    }

    static RuleRegistry rules() {
        return RULES;
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> ruleDirs = Files.list(ROOT)) {
            for (Path ruleDir : ruleDirs.filter(Files::isDirectory).sorted().toList()) {
                cases.addAll(of(ruleDir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static List<Case> of(Path ruleDir) {
        String rule = ruleDir.getFileName().toString();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> entries = Files.list(ruleDir)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.list(entry)) {
                        cases.add(new Case(rule, entry, files.filter(DeviceFinder::isDeviceFile).sorted().toList()));
                    }
                } else if (DeviceFinder.isDeviceFile(entry)) {
                    cases.add(new Case(rule, entry, List.of(entry)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The lines of a fixture file: UTF-8, or UTF-16 with a byte-order mark, as PowerShell writes an export. */
    private static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Charset charset = StandardCharsets.UTF_8;
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
            } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
            }
            return new String(bytes, charset).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
