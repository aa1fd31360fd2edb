package dev.netlint.rules;

import dev.netlint.core.rule.Rule;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The {@code @Rule} classes of the product on the class path: in class folders and jars, test classes left out. */
final class RuleClasses {

    private RuleClasses() {
    }

    static List<String> onClassPath() throws IOException, URISyntaxException, ClassNotFoundException {
        TreeSet<String> names = new TreeSet<>();
        ClassLoader loader = RuleClasses.class.getClassLoader();
        Enumeration<URL> roots = loader.getResources("dev/netlint");
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("file")) {
                Path dir = Path.of(root.toURI());
                if (dir.toString().contains("test-classes")) {
                    continue;
                }
                Path base = dir.getParent().getParent();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> base.relativize(f).toString().replace('\\', '/'))
                            .forEach(f -> names.add(f.substring(0, f.length() - ".class".length()).replace('/', '.')));
                }
            } else if (root.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                    if (jar.getName().endsWith("-tests.jar")) {
                        continue;
                    }
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith("dev/netlint/") && n.endsWith(".class"))
                            .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
                }
            }
        }
        List<String> rules = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.getAnnotationsByType(Rule.class).length > 0) {
                rules.add(name);
            }
        }
        return rules;
    }
}
