package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * NOTICE names every third-party library the shipped jar bundles, at the version bundled: each class of
 * {@code netlint.jar} is netlint's or lies in the packages of a library NOTICE lists, each library NOTICE
 * lists has classes in the jar, and where the jar holds a library's Maven metadata, its version is NOTICE's.
 */
class NoticeIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** "- NAME VERSION (GROUP:ARTIFACT), LICENCE...; packages P1, P2" */
    private static final Pattern LIBRARY = Pattern.compile(
            "^- .+? (\\S+) \\(([\\w.-]+):([\\w.-]+)\\), .*?; packages ([\\w., ]+)$", Pattern.MULTILINE);

    record Library(String version, String group, String artifact, List<String> packages) {
    }

    static List<Library> libraries() throws IOException {
        List<Library> libraries = new ArrayList<>();
        Matcher m = LIBRARY.matcher(Files.readString(ROOT.resolve("NOTICE")));
        while (m.find()) {
            libraries.add(new Library(m.group(1), m.group(2), m.group(3), List.of(m.group(4).split(",\\s*"))));
        }
        return libraries;
    }

    @Test
    void everyBundledLibraryIsNamedAtItsVersion() throws IOException {
        List<Library> libraries = libraries();
        assertThat(libraries).hasSizeGreaterThanOrEqualTo(5);
        Set<String> unlisted = new TreeSet<>();
        Set<Library> present = new java.util.HashSet<>();
        try (ZipFile jar = new ZipFile(ROOT.resolve("cli/target/netlint.jar").toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName().replaceFirst("^META-INF/versions/\\d+/", "");
                if (!name.endsWith(".class") || name.equals("module-info.class") || name.startsWith("dev/netlint/")) {
                    continue;
                }
                String pkg = name.contains("/") ? name.substring(0, name.lastIndexOf('/')).replace('/', '.') : "";
                Library owner = libraries.stream()
                        .filter(l -> l.packages().stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + ".")))
                        .findFirst().orElse(null);
                if (owner == null) {
                    unlisted.add(pkg);
                } else {
                    present.add(owner);
                }
            }
            assertThat(unlisted).as("packages in netlint.jar that no library of NOTICE names").isEmpty();
            assertThat(present).as("libraries NOTICE names that netlint.jar does not hold").containsExactlyInAnyOrderElementsOf(libraries);
            for (Library library : libraries) {
                ZipEntry pom = jar.getEntry("META-INF/maven/" + library.group() + "/" + library.artifact() + "/pom.properties");
                if (pom != null) {
                    Properties properties = new Properties();
                    try (InputStream in = jar.getInputStream(pom)) {
                        properties.load(in);
                    }
                    assertThat(properties.getProperty("version")).as(library.artifact()).isEqualTo(library.version());
                }
            }
        }
    }

    @Test
    void theDistributionCarriesTheLicenceAndTheNotice() throws IOException {
        Path home = ROOT.resolve("cli/target/netlint");
        assertThat(home.resolve("LICENSE")).hasSameTextualContentAs(ROOT.resolve("LICENSE"));
        assertThat(home.resolve("NOTICE")).hasSameTextualContentAs(ROOT.resolve("NOTICE"));
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "END OF TERMS AND CONDITIONS");
    }
}
