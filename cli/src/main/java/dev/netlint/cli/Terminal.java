package dev.netlint.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** Whether standard output is a terminal that wants colour. */
final class Terminal {

    /** {@code --color}: when the text report is coloured. */
    enum Colour {
        auto, always, never;

        /** {@code always} and {@code never} say; {@code auto} colours a terminal, unless the environment says not to. */
        boolean enabled(Map<String, String> env) {
            return switch (this) {
                case always -> true;
                case never -> false;
                case auto -> colour(env);
            };
        }
    }

    private Terminal() {
    }

    /**
     * Colour on an interactive terminal, never with {@code NO_COLOR} set (to anything) or {@code TERM=dumb};
     * and always, terminal or not, when {@code FORCE_COLOR} is set to a non-empty value (force-color.org,
     * which wins over {@code NO_COLOR}) or {@code CLICOLOR_FORCE} to anything but {@code 0} (bixense.com/clicolors).
     */
    static boolean colour(Map<String, String> env) {
        return wantsColour(isTerminal(), env);
    }

    static boolean wantsColour(boolean terminal, Map<String, String> env) {
        if (forced(env)) {
            return true;
        }
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    private static boolean forced(Map<String, String> env) {
        String force = env.get("FORCE_COLOR");
        String cliColorForce = env.get("CLICOLOR_FORCE");
        return force != null && !force.isEmpty() || cliColorForce != null && !cliColorForce.isEmpty() && !"0".equals(cliColorForce);
    }

    /**
     * Up to Java 21 {@code System.console()} is {@code null} unless both standard input and output are
     * a terminal; from Java 22 it exists even when output is redirected, and {@code isTerminal()} tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
