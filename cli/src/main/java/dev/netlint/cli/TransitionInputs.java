package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.check.CheckRequest;
import dev.netlint.core.check.Checker;
import dev.netlint.core.engine.DeviceResult;
import dev.netlint.core.engine.Report;
import java.nio.file.Path;
import java.util.List;

/** The two sides of a transition ({@code diff}, {@code plan --from}): one device each, checked, its model kept. */
final class TransitionInputs {

    private TransitionInputs() {
    }

    /**
     * The one device below a path, checked with the configuration and profile given; a path that holds
     * none or several is a usage error that names {@code role} (CURRENT, PROPOSED).
     */
    static DeviceResult load(Path path, String role, Path config, String profile) throws CheckException {
        CheckRequest request = CheckRequest.builder()
                .paths(List.of(path))
                .configFile(config)
                .profile(profile)
                .withoutReports()
                .keepingModels()
                .vocabulary(Words.CLI)
                .build();
        Report report = Checker.run(request).report();
        if (report.devices().size() != 1) {
            throw new CheckException(role + " " + path + " holds " + report.devices().size()
                    + " devices; a transition goes from one device to one");
        }
        return report.devices().get(0);
    }
}
