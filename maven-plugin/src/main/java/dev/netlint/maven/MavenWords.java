package dev.netlint.maven;

import dev.netlint.core.run.RequestOption;
import dev.netlint.core.run.Vocabulary;

/** The plugin's names for what its user writes: the parameters of the POM. */
final class MavenWords implements Vocabulary {

    static final MavenWords POM = new MavenWords();

    private MavenWords() {
    }

    @Override
    public String name(RequestOption option) {
        return switch (option) {
            case PATHS, SOURCE_DIRECTORIES -> "sourceDirectories";
            case CONFIG_FILE -> "configFile";
            case PROFILE -> "profile";
            case FAIL_ON -> "failOn";
            case RULES -> "<rules>";
            case FORMATS -> "formats";
            case OUTPUTS -> "outputDirectory";
            case BASELINE -> "baseline";
            case WRITE_BASELINE -> "netlint check --write-baseline";
            case MAX_FILE_SIZE -> "maxFileSize";
            case MAX_ALLOWED_VIOLATIONS -> "maxAllowedViolations";
        };
    }

    @Override
    public String ruleLevel(String ruleId) {
        return "<rules><" + ruleId + ">";
    }

    /** No goal lists the rules: the message names them. */
    @Override
    public String ruleList() {
        return null;
    }

    @Override
    public String failing() {
        return "the build";
    }
}
