package dev.netlint.rules.support;

import dev.netlint.core.load.LoadProblem;
import dev.netlint.core.model.Location;
import dev.netlint.core.rule.DeviceContext;

/**
 * Tells a value that is absent from one that was written but did not load: both are {@code null} in
 * the model, but only the first is a missing value. The loader already reports the second
 * ({@code invalid-value}), so a rule that would read it as "missing" stays silent instead.
 */
public final class Unparsed {

    private Unparsed() {
    }

    /**
     * Whether the loader reported a problem at or below {@code path} (such as {@code iPv4/subnetMask})
     * of the entry at {@code entry}; with an empty path, anywhere in the entry.
     */
    public static boolean under(DeviceContext context, Location entry, String path) {
        String prefix = path.isEmpty() ? entry.pointer() : entry.pointer() + "/" + path;
        for (LoadProblem problem : context.loadProblems()) {
            Location at = problem.location();
            if (at.file().equals(entry.file())
                    && (at.pointer().equals(prefix) || at.pointer().startsWith(prefix + "/"))) {
                return true;
            }
        }
        return false;
    }
}
