package dev.netlint.core.run;

import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.config.FailOn;
import dev.netlint.core.internal.config.Overrides;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.result.RuleLevel;
import dev.netlint.core.rule.Profile;
import dev.netlint.core.rule.RegisteredRule;
import dev.netlint.core.rule.RuleRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings of a request, parsed: what wins over the configuration files, or why it cannot. */
final class RequestSettings {

    private RequestSettings() {
    }

    static Overrides overrides(CheckRequest request, RuleRegistry rules) throws CheckException {
        Vocabulary words = request.vocabulary();
        Profile profile = null;
        if (request.profile() != null) {
            profile = Profile.named(request.profile()).orElseThrow(() -> new CheckException(words.name(RequestOption.PROFILE)
                    + ": '" + request.profile() + "' is not a profile (" + Profile.names() + ")"
                    + Spelling.suggestion(request.profile(), List.of(Profile.names().split(", ")))));
        }
        FailOn failOn = null;
        if (request.failOn() != null) {
            try {
                failOn = FailOn.parse(request.failOn());
            } catch (IllegalArgumentException e) {
                throw new CheckException(words.name(RequestOption.FAIL_ON) + ": " + e.getMessage());
            }
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : request.ruleLevels().entrySet()) {
            String id = entry.getKey();
            if (!rules.contains(id)) {
                throw new CheckException(unknownRule(id, words.name(RequestOption.RULES), rules, words));
            }
            id = rules.canonical(id).orElseThrow();
            try {
                levels.put(id, RuleLevel.forRule(id, entry.getValue() == null ? "" : entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new CheckException(words.ruleLevel(id) + ": " + e.getMessage());
            }
        }
        Long maxFileBytes = null;
        if (request.maxFileSize() != null) {
            try {
                maxFileBytes = LoadLimits.parseSize(request.maxFileSize());
            } catch (IllegalArgumentException e) {
                throw new CheckException(words.name(RequestOption.MAX_FILE_SIZE) + ": " + e.getMessage());
            }
        }
        if (request.maxAllowedViolations() < 0) {
            throw new CheckException(words.name(RequestOption.MAX_ALLOWED_VIOLATIONS) + ": "
                    + request.maxAllowedViolations() + " is not a number of findings (0 or more)");
        }
        return new Overrides(profile, failOn, levels, maxFileBytes);
    }

    /**
     * {@code unknown rule 'x' in WHERE}, with the closest id when one is close, else where the ids are
     * listed (or the ids themselves).
     */
    static String unknownRule(String id, String where, RuleRegistry rules, Vocabulary words) {
        List<String> ids = rules.all().stream().map(RegisteredRule::id).toList();
        String closest = Spelling.closest(id, ids);
        String message = "unknown rule '" + id + "' in " + where;
        if (closest != null) {
            return message + "; did you mean '" + closest + "'?";
        }
        return words.ruleList() != null ? message + "; " + words.ruleList()
                : message + "; the rules are " + String.join(", ", ids);
    }
}
