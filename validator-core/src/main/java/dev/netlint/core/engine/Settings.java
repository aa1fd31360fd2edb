package dev.netlint.core.engine;

import dev.netlint.core.load.LoadLimits;
import dev.netlint.core.rule.Profile;
import java.util.List;
import java.util.Map;

/**
 * How one device is checked: the profile, per-rule levels, suppressions from the config file and the
 * loader's limits.
 */
public record Settings(Profile profile, Map<String, RuleLevel> levels, List<PathSuppression> suppressions,
                       LoadLimits limits) {

    public static final Settings DEFAULT = new Settings(Profile.DEFAULT, Map.of(), List.of(), LoadLimits.DEFAULT);

    public Settings {
        levels = Map.copyOf(levels);
        suppressions = List.copyOf(suppressions);
    }

    public Settings withProfile(Profile value) {
        return new Settings(value, levels, suppressions, limits);
    }

    public Settings withLevels(Map<String, RuleLevel> value) {
        return new Settings(profile, value, suppressions, limits);
    }

    public Settings withSuppressions(List<PathSuppression> value) {
        return new Settings(profile, levels, value, limits);
    }

    public Settings withLimits(LoadLimits value) {
        return new Settings(profile, levels, suppressions, value);
    }
}
