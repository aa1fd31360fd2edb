package dev.netlint.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.netlint.core.testing.FrontEnds;
import org.junit.jupiter.api.Test;

/** The front ends' architecture rule ({@link FrontEnds}) on planted front ends, one per package below {@code frontend}. */
class FrontEndsTest {

    private static final String PLANTED = "dev.netlint.core.architecture.frontend.";

    private static EvaluationResult evaluate(String name) {
        return FrontEnds.useOnlyTheCoreApi(PLANTED + name).evaluate(new ClassFileImporter().importPackages(PLANTED + name));
    }

    @Test
    void aFrontEndOfTheEntryPointTheFormatsAndTheFindingsPasses() {
        assertThat(evaluate("thin").hasViolation()).as(evaluate("thin").getFailureReport().toString()).isFalse();
    }

    @Test
    void aFrontEndThatWalksTheEnginesReportFails() {
        EvaluationResult result = evaluate("takes");
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("dev.netlint.core.result.Report.devices()"));
    }

    @Test
    void aFrontEndThatOnlyReceivesTheEnginesReportFailsToo() {
        EvaluationResult result = evaluate("receives");
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("dev.netlint.core.run.Outcome.report()");
    }
}
