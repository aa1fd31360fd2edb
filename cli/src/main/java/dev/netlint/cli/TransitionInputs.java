package dev.netlint.cli;

import dev.netlint.core.check.CheckException;
import dev.netlint.core.check.CheckRequest;
import dev.netlint.core.check.TransitionCheckRun;
import java.nio.file.Path;
import java.util.List;

/** The two sides of a transition ({@code diff}, {@code plan --from}), checked with the same options. */
final class TransitionInputs {

    private TransitionInputs() {
    }

    static TransitionCheckRun.Result run(Path current, Path proposed, SelectionOptions selection)
            throws CheckException {
        return TransitionCheckRun.run(request(current, selection), request(proposed, selection));
    }

    private static CheckRequest request(Path path, SelectionOptions selection) {
        return selection.request(List.of(path))
                .withoutReports()
                .filesAlone()
                .keepingModels()
                .build();
    }
}
