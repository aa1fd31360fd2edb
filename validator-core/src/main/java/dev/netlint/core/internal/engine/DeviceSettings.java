package dev.netlint.core.internal.engine;

import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import java.util.List;
import java.util.Map;

/**
 * How one device is checked: the profile, per-rule levels, suppressions from the config file and the
 * loader's limits.
 *
 * @param modelDecides whether the device file's {@code deviceInfo.model} picks the profile (nothing else
 *     named one); {@code profile} is then the one for a file that does not say, or says a model
 *     netlint does not know
 */
public record DeviceSettings(Profile profile, Map<String, RuleLevel> levels, List<PathSuppression> suppressions,
                       LoadLimits limits, boolean modelDecides) {

    public static final DeviceSettings DEFAULT = new DeviceSettings(Profile.DEFAULT, Map.of(), List.of(), LoadLimits.DEFAULT);

    public DeviceSettings {
        levels = Map.copyOf(levels);
        suppressions = List.copyOf(suppressions);
    }

    /** DeviceSettings whose profile is the one given, whatever the device file says. */
    public DeviceSettings(Profile profile, Map<String, RuleLevel> levels, List<PathSuppression> suppressions,
                    LoadLimits limits) {
        this(profile, levels, suppressions, limits, false);
    }

    public DeviceSettings withProfile(Profile value) {
        return new DeviceSettings(value, levels, suppressions, limits, false);
    }

    /** The model of the device file picks the profile; {@code fallback} when it does not say a known one. */
    public DeviceSettings withProfileFromModel(Profile fallback) {
        return new DeviceSettings(fallback, levels, suppressions, limits, true);
    }

    public DeviceSettings withLevels(Map<String, RuleLevel> value) {
        return new DeviceSettings(profile, value, suppressions, limits, modelDecides);
    }

    public DeviceSettings withSuppressions(List<PathSuppression> value) {
        return new DeviceSettings(profile, levels, value, limits, modelDecides);
    }

    public DeviceSettings withLimits(LoadLimits value) {
        return new DeviceSettings(profile, levels, suppressions, value, modelDecides);
    }

    /** The profile of a device whose file says {@code model} ({@code null} when it does not). */
    public Profile profileFor(String model) {
        return modelDecides && model != null ? Profile.forModel(model).orElse(profile) : profile;
    }
}
