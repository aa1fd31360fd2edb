package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} package) opens the page
 * of a sample with findings, as a person would, kept off the network, with a fresh profile. The DOM it
 * builds must hold the SVG of the pools and the finding marks; its log must hold no console message (the
 * page has no script, so any message is a refused fetch or a broken page); and its screenshot is saved as
 * {@code cli/target/browser/html-report.png}.
 *
 * <p>The README's picture is that screenshot: {@code mvn -pl cli -am verify -Dit.test=HtmlReportBrowserIT
 * -Dnetlint.docs.screenshot=../docs/html-report.png} writes it there. Without Chromium the test is skipped and
 * says how to run it.
 */
class HtmlReportBrowserIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/netlint.jar");
    private static final Path WORK = ROOT.resolve("cli/target/browser");
    private static final String SAMPLE = "samples/broken-manifest-lb-ip";

    private static Path chromium;
    private static String missing;

    @BeforeAll
    static void findChromium() throws IOException {
        String configured = System.getenv("NETLINT_CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                chromium = Path.of(candidate);
                break;
            }
        }
        String how = "headless Chromium not found (/usr/bin/chromium, or NETLINT_CHROMIUM=/path/to/chromium):"
                + " install Debian's package with 'apt-get install -y chromium' (.ci/run does), then run"
                + " 'mvn -pl cli -am verify -Dit.test=HtmlReportBrowserIT'";
        if (chromium == null) {
            System.err.println("HtmlReportBrowserIT skipped: " + how);
            missing = how;
        }
        Files.createDirectories(WORK);
    }

    /** Each test is reported as skipped, with the way to run it, when there is no browser. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    /** What one run of the browser printed: the DOM (or nothing) and its log. */
    record Browser(String out, String log) {

        /** The console messages of the page: Chromium logs them as {@code INFO:CONSOLE(line)] "message"}. */
        List<String> consoleMessages() {
            return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    private static Browser browse(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(WORK, "profile-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Path out = WORK.resolve(profile.getFileName() + ".out");
        Path log = WORK.resolve(profile.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log is " + log).isZero();
        try (var files = Files.walk(profile)) {
            // the profile is some megabytes of caches: only the page's output and log are kept
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Writes the HTML report of a device with the built jar, from the repository root; it has findings. */
    private static Path page(String device, Path html) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                JAR.toString(), "check", "--format", "html", "--output", html.toString(), device)
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        return html;
    }

    @Test
    void theSampleWithFindingsShowsItsPoolsAndMarksInChromium() throws Exception {
        Path html = page(SAMPLE, WORK.resolve("broken-manifest-lb-ip.html"));

        Browser dom = browse(html, "--dump-dom");
        assertThat(dom.consoleMessages()).as("console messages of the page").isEmpty();
        Matcher svg = Pattern.compile("<svg class=\"subnet-bar\".*?</svg>", Pattern.DOTALL).matcher(dom.out());
        assertThat(svg.find()).as("the subnet bar in the DOM").isTrue();
        String bar = svg.group();
        assertThat(bar).contains("class=\"el node-pool\"").contains("class=\"el service-pool\"")
                .contains("<rect class=\"pool-shape\"");
        assertThat(bar).containsPattern("<g id=\"d1-e\\d+\" class=\"el load-balancer flagged\"><title>load-balancer IP:"
                + " load balancer api 192.168.20.140</title>");
        assertThat(bar).contains("<tspan class=\"finding-mark\">[1]</tspan>");
        assertThat(dom.out()).contains("samples/broken-manifest-lb-ip/shop.yaml:21:42")
                .doesNotContain("<script");

        Path png = WORK.resolve("html-report.png");
        Files.deleteIfExists(png);
        Browser shot = browse(html, "--screenshot=" + png, "--window-size=1000,860", "--force-device-scale-factor=1");
        assertThat(shot.consoleMessages()).isEmpty();
        byte[] image = Files.readAllBytes(png);
        assertThat(image).hasSizeGreaterThan(10_000);
        assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String docs = System.getProperty("netlint.docs.screenshot", "");
        if (!docs.isBlank()) {
            Files.copy(png, Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aHostileNameStaysTextInChromium() throws Exception {
        Path device = WORK.resolve("hostile/<script>alert(\"x\")'\u202Eevil");
        Files.createDirectories(device);
        for (String file : List.of("device.yaml", "shop.yaml")) {
            Files.copy(ROOT.resolve(SAMPLE).resolve(file), device.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path html = page(device.toString(), WORK.resolve("hostile.html"));

        Browser dom = browse(html, "--dump-dom");
        assertThat(dom.consoleMessages()).isEmpty();
        assertThat(dom.out()).doesNotContain("<script").doesNotContain("\u202E")
                .contains("&lt;script&gt;alert(\"x\")'\\u202eevil");
    }
}
