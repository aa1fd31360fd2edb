package dev.netlint.cli;

import dev.netlint.core.run.RequestOption;
import dev.netlint.core.run.Vocabulary;

/** The command line's names for what its user writes. */
final class Words implements Vocabulary {

    static final Words CLI = new Words();

    private Words() {
    }

    @Override
    public String name(RequestOption option) {
        return switch (option) {
            case PATHS, SOURCE_DIRECTORIES -> "PATH";
            case CONFIG_FILE -> "--config";
            case PROFILE -> "--profile";
            case FAIL_ON -> "--fail-on";
            case RULES -> "--rule";
            case FORMATS -> "--format";
            case OUTPUTS -> "--output";
            case BASELINE -> "--baseline";
            case WRITE_BASELINE -> "--write-baseline";
            case MAX_FILE_SIZE -> "--max-file-size";
            case MAX_ALLOWED_VIOLATIONS -> "the violations allowed";
        };
    }

    @Override
    public String ruleLevel(String ruleId) {
        return "--rule " + ruleId;
    }

    @Override
    public String ruleList() {
        return "'netlint rules' lists them";
    }

    @Override
    public String failing() {
        return "the check";
    }
}
