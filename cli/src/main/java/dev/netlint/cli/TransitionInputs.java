package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.check.CheckRequest;
import dev.netlint.core.check.TransitionCheckRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The two sides of a transition ({@code diff}, {@code plan --from}), checked with one configuration, profile
 * and set of rule levels ({@code --rule}).
 */
final class TransitionInputs {

    private TransitionInputs() {
    }

    static TransitionCheckRun.Result run(Path current, Path proposed, Path config, String profile,
                                         Map<String, String> ruleLevels) throws CheckException {
        return TransitionCheckRun.run(request(current, config, profile, ruleLevels),
                request(proposed, config, profile, ruleLevels));
    }

    private static CheckRequest request(Path path, Path config, String profile, Map<String, String> ruleLevels) {
        return CheckRequest.builder()
                .paths(List.of(path))
                .configFile(config)
                .profile(profile)
                .ruleLevels(ruleLevels)
                .withoutReports()
                .filesAlone()
                .keepingModels()
                .vocabulary(Words.CLI)
                .build();
    }
}
