package dev.netlint.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The build's Checkstyle configuration ({@code config/checkstyle.xml}, run by {@code mvn verify} on every
 * module) catches what it is there for: a planted unused import fails it, and the same file without the
 * import passes.
 */
class BuildConventionsTest {

    private static final Path CONFIG = Path.of("..", "config", "checkstyle.xml");

    @TempDir
    Path temp;

    @Test
    void anUnusedImportIsAViolation() throws Exception {
        Path planted = temp.resolve("Planted.java");
        Files.writeString(planted, """
                package dev.netlint.core.planted;

                import java.util.List;
                import java.util.Map;

                final class Planted {
                    List<String> names() {
                        return List.of();
                    }
                }
                """);
        assertThat(violations(planted)).singleElement().asString()
                .contains("Unused import - java.util.Map").contains("UnusedImports");
    }

    @Test
    void theSameFileWithoutItPasses() throws Exception {
        Path clean = temp.resolve("Clean.java");
        Files.writeString(clean, """
                package dev.netlint.core.planted;

                import java.util.List;

                final class Clean {
                    List<String> names() {
                        return List.of();
                    }
                }
                """);
        assertThat(violations(clean)).isEmpty();
    }

    private static List<String> violations(Path file) throws Exception {
        Configuration config = ConfigurationLoader.loadConfiguration(
                new InputSource(CONFIG.toUri().toString()), new PropertiesExpander(new Properties()),
                ConfigurationLoader.IgnoredModulesOptions.OMIT);
        Checker checker = new Checker();
        checker.setModuleClassLoader(Checker.class.getClassLoader());
        checker.configure(config);
        List<String> seen = new ArrayList<>();
        checker.addListener(new AuditListener() {
            @Override
            public void auditStarted(AuditEvent event) {
            }

            @Override
            public void auditFinished(AuditEvent event) {
            }

            @Override
            public void fileStarted(AuditEvent event) {
            }

            @Override
            public void fileFinished(AuditEvent event) {
            }

            @Override
            public void addError(AuditEvent event) {
                seen.add(event.getLine() + ": " + event.getMessage() + " [" + event.getModuleId() + event.getSourceName()
                        .substring(event.getSourceName().lastIndexOf('.') + 1).replace("Check", "") + "]");
            }

            @Override
            public void addException(AuditEvent event, Throwable throwable) {
                seen.add("exception: " + throwable);
            }
        });
        try {
            checker.process(List.of(new File(file.toString())));
        } finally {
            checker.destroy();
        }
        return seen;
    }
}
