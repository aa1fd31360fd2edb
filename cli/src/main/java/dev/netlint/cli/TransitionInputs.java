package dev.netlint.cli;

import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.TransitionRun;
import java.nio.file.Path;
import java.util.List;

/** The two sides of a transition ({@code diff}, {@code plan --from}), checked with the same options. */
final class TransitionInputs {

    private TransitionInputs() {
    }

    static TransitionRun.Result run(Path current, Path proposed, SelectionOptions selection)
            throws CheckException {
        return TransitionRun.run(request(current, selection), request(proposed, selection));
    }

    private static CheckRequest request(Path path, SelectionOptions selection) {
        return selection.request(List.of(path))
                .withoutReports()
                .filesAlone()
                .keepingModels()
                .build();
    }
}
