package dev.netlint.core.internal.config;

import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line (or the Maven plugin's parameters) set; each wins over the config file.
 *
 * @param profile {@code null} to keep the config file's or the default
 * @param failOn {@code null} to keep the config file's or {@code error}
 * @param rules levels that replace the config file's for these rules
 * @param maxFileBytes {@code null} to keep the config file's or the default device file-size limit
 */
public record Overrides(Profile profile, FailOn failOn, Map<String, RuleLevel> rules, Long maxFileBytes) {

    public static final Overrides NONE = new Overrides(null, null, Map.of());

    public Overrides {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Overrides that keep the config file's file-size limit. */
    public Overrides(Profile profile, FailOn failOn, Map<String, RuleLevel> rules) {
        this(profile, failOn, rules, null);
    }
}
