package dev.netlint.cli;

import dev.netlint.core.report.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code netlint --version}: the version, the commit the jar was built from and the time of the build.
 * The build writes {@code build.properties} (version, time) and, when it runs in a git work tree,
 * {@code git.properties} (git-commit-id-maven-plugin); a build from a source archive has no commit,
 * which is said as {@code unknown}.
 */
final class VersionProvider implements IVersionProvider {

    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        Properties build = load("build.properties");
        Properties git = load("git.properties");
        String commit = git.getProperty("git.commit.id", UNKNOWN);
        if (!UNKNOWN.equals(commit) && "true".equals(git.getProperty("git.dirty"))) {
            commit += " (with uncommitted changes)";
        }
        return new String[] {
            Version.NAME + " " + build.getProperty("version", Version.VERSION),
            "commit: " + commit,
            "built:  " + build.getProperty("built", UNKNOWN),
        };
    }

    /** A properties file beside this class; empty when the build did not write it. */
    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unreadable says as little as absent: every value is then unknown
        }
        properties.values().removeIf(value -> value.toString().isBlank() || value.toString().startsWith("${"));
        return properties;
    }
}
