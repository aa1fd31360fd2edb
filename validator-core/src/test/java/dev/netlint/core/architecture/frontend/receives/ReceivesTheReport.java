package dev.netlint.core.architecture.frontend.receives;

import dev.netlint.core.run.Outcome;

/** A front end that takes the engine's report from the outcome and hands it on, naming no engine type. */
final class ReceivesTheReport {

    Object report(Outcome outcome) {
        return outcome.report();
    }
}
