package dev.netlint.core.architecture.frontend.takes;

import dev.netlint.core.run.Outcome;

/** A front end that walks the engine's report itself. */
final class TakesTheReport {

    int devices(Outcome outcome) {
        return outcome.report().devices().size();
    }
}
