package dev.netlint.core.report;

/** The tool's name and version, as every report states them. */
public final class Version {

    public static final String NAME = "netlint";
    public static final String VERSION = "0.1.0";
    public static final String INFORMATION_URI = "https://github.com/netlint/netlint";

    private Version() {
    }
}
