package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.check.CheckRequest;
import dev.netlint.core.check.TransitionCheckRun;
import java.nio.file.Path;
import java.util.List;

/** The two sides of a transition ({@code diff}, {@code plan --from}), checked with one configuration and profile. */
final class TransitionInputs {

    private TransitionInputs() {
    }

    static TransitionCheckRun.Result run(Path current, Path proposed, DeviceOptions device) throws CheckException {
        return TransitionCheckRun.run(request(current, device), request(proposed, device));
    }

    private static CheckRequest request(Path path, DeviceOptions device) {
        return CheckRequest.builder()
                .paths(List.of(path))
                .configFile(device.config)
                .profile(device.profile)
                .withoutReports()
                .filesAlone()
                .keepingModels()
                .vocabulary(Words.CLI)
                .build();
    }
}
