package dev.netlint.core.architecture.frontend.thin;

import dev.netlint.core.report.TextReporter;
import dev.netlint.core.run.Outcome;

/** A front end as FrontEnds wants it: the outcome's verdict, and a finding rendered by the report package. */
final class ThinFrontEnd {

    int exitCode(Outcome outcome) {
        outcome.shownFindings().forEach(shown -> TextReporter.logLines(shown.finding()).forEach(System.out::println));
        return outcome.fails() ? 1 : 0;
    }
}
