package dev.netlint.core.run;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.DeviceFinder;
import dev.netlint.core.report.ApplyScript;
import dev.netlint.core.report.Reporter;
import dev.netlint.core.report.TextReporter;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a check returns to its front end: the report (already written where the request asked), whether
 * the check fails, and the notes to show. The command line maps it to an exit code, the Maven plugin to
 * an exception; neither decides anything else.
 */
public final class Outcome {

    private final Report report;
    private final boolean fails;
    private final int violations;
    private final String threshold;
    private final Set<String> reportOnly;
    private final List<Note> notes;
    private final List<String> timings;
    private final DeviceFinder.PathDisplay paths;

    Outcome(Report report, Verdict verdict, List<Note> notes, List<String> timings, DeviceFinder.PathDisplay paths) {
        this.report = report;
        this.fails = verdict.fails();
        this.violations = verdict.violations();
        this.threshold = verdict.threshold();
        this.reportOnly = verdict.reportOnly();
        this.notes = List.copyOf(notes);
        this.timings = List.copyOf(timings);
        this.paths = paths;
    }

    public Report report() {
        return report;
    }

    /** Whether the check fails: findings at or above the fail-on level beyond those allowed, or a device that could not be read. */
    public boolean fails() {
        return fails;
    }

    /** The counted findings at or above their device's fail-on level. */
    public int violations() {
        return violations;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<Note> notes(Note.Stage stage) {
        return notes.stream().filter(note -> note.stage() == stage).toList();
    }

    /**
     * When the request asked for them, the milliseconds spent in each phase and the slowest rules, as
     * lines that start with {@code timings: } (the benchmarks read them so); else none.
     */
    public List<String> timings() {
        return timings;
    }

    /**
     * Writes one more report of the outcome, one the request did not name (the Maven site's page, with
     * its own title): to a temporary file moved into place, so it is whole or absent.
     *
     * @throws CheckException when the file cannot be written, with the reason in words
     */
    public void write(Path file, Reporter reporter) throws CheckException {
        Outputs.write(file, reporter, report, paths);
    }

    /** Shows a path as the notes do: relative to the request's working directory when below it. */
    public String display(Path path) {
        return paths.display(path);
    }

    /** The summary line: devices, files, errors, warnings, infos and suppressed findings. */
    public String summary() {
        return TextReporter.summary(report.summary());
    }

    /** Why the check fails, in one line: the summary and the level reached ({@code (failOn: error)}). */
    public String failure() {
        return summary() + " (" + threshold + ")";
    }

    /** A finding to show, at the level to show it at ({@link #levelOf}). */
    public record Shown(Finding finding, Severity level) {
    }

    /** The unsuppressed findings of every device, in the report's order, each at the level to show it at. */
    public List<Shown> shownFindings() {
        List<Shown> shown = new ArrayList<>();
        for (DeviceResult device : report.devices()) {
            for (Finding finding : device.findings()) {
                if (!finding.suppressed()) {
                    shown.add(new Shown(finding, levelOf(device, finding)));
                }
            }
        }
        return shown;
    }

    /**
     * Prints what {@code netlint plan} prints of this outcome ({@link ApplyScript#print}): the plan as
     * data for {@code json}, else the PowerShell, or the findings and no command when a device has an error.
     * The request must have kept the models.
     */
    public ApplyScript.Printed printPlan(String format, boolean colour, Writer out) throws IOException {
        return ApplyScript.print(report, format, colour, out);
    }

    /**
     * The level to show a finding at: its severity, except that an error on a device whose findings
     * cannot fail the check (a fail-on level of {@code never}, or violations not failing at all) is shown
     * as a warning, so that nothing reads as an error when nothing fails.
     */
    public Severity levelOf(DeviceResult device, Finding finding) {
        if (finding.severity() == Severity.ERROR && reportOnly.contains(device.path())) {
            return Severity.WARNING;
        }
        return finding.severity();
    }
}
