package dev.netlint.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --format} of the commands that print text or JSON only ({@code plan}). */
final class PlainFormat {

    private PlainFormat() {
    }

    /** {@code text} or {@code json}, in any case and with spaces around; anything else is a usage error. */
    static String of(String format, CommandSpec spec) {
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "' (text, json)");
        }
        return chosen;
    }
}
