package dev.netlint.maven;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.report.TextReporter;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.Netlint;
import dev.netlint.core.run.Note;
import dev.netlint.core.run.Outcome;
import dev.netlint.core.run.TransitionRun;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the network configurations of the devices below the source directories, logs every finding
 * with its file, line and column at its own level, writes the reports and fails the build when findings
 * reach failOn. Each folder that holds device files (*.json, *.yaml, *.yml) or runbooks (*.ps1) is one
 * device, as netlint check reads it; devices are checked in parallel. The goal only maps its parameters onto netlint's check and its outcome onto the
 * build: a MojoFailureException when findings fail it, a MojoExecutionException when the check cannot
 * run (a parameter, configuration file or baseline that cannot be used, a report that cannot be written).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends DeviceMojo {

    /**
     * Ant-style patterns, relative to each source directory, of the files to check, separated by commas
     * or given one per element. Only device files and manifests (.json, .yaml, .yml) and PowerShell
     * runbooks (.ps1, whose Add-HcsNetRoute and Set-HcsKubeClusterNetworkInfo commands are checked) are
     * read; includes narrow them. The default reads them all, as netlint check does.
     */
    @Parameter(defaultValue = "**/*.json,**/*.yaml,**/*.yml,**/*.ps1")
    private List<String> includes;

    /**
     * The lowest severity that fails the build: error, warning, info, or never (findings are then
     * reported only, and none is logged as an error). When not set, the configuration file's failOn
     * applies, else error.
     */
    @Parameter(property = "netlint.failOn")
    private String failOn;

    /**
     * Whether findings at or above failOn fail the build. False reports them only, as failOn set to never
     * does; the reports are written either way.
     */
    @Parameter(property = "netlint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * How many findings at or above failOn are allowed before the build fails: a way to adopt netlint on
     * a project with known findings (a baseline is the finer one). A device file that cannot be read
     * fails the build whatever the number.
     */
    @Parameter(property = "netlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Whether each finding is logged, with its file, line and column, at its own level: an error as
     * ERROR, a warning as WARNING, an info as INFO (an error as WARNING when nothing can fail the build).
     * The summary line is logged either way.
     */
    @Parameter(property = "netlint.console", defaultValue = "true")
    private boolean logViolationsToConsole;

    /**
     * Levels of rules by id, over those of the configuration file: off, info, warning or error. Each
     * element is named after a rule and holds its level; for example an element route-redundant holding
     * off turns that rule off. An unknown rule id, or parse-error below error, stops the build.
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * The reports written to outputDirectory, separated by commas, in any case: json (netlint.json),
     * sarif (netlint.sarif, for code scanning), junit (TEST-netlint.xml, where CI servers collect test
     * results), checkstyle (netlint.checkstyle.xml, for Jenkins warnings-ng and reviewdog), gitlab
     * (netlint.gitlab.json, GitLab Code Quality), github (netlint.github.txt, GitHub Actions
     * workflow commands), markdown (netlint.md, a summary for a CI step or a pull request), html (netlint.html, one page that draws each device's compute subnet with its
     * pools, addresses and routes beside the findings) and text (netlint.txt).
     */
    @Parameter(property = "netlint.formats", defaultValue = "json,sarif")
    private List<String> formats;

    /**
     * The folder the reports are written to. Each report is written to a temporary file first and moved
     * into place, also when the build is about to fail, so that CI can publish them. It may be any
     * folder, a device folder or one above the devices included: only netlint's own reports in it are
     * left out of the check, and a report that would replace a device file stops the build.
     */
    @Parameter(defaultValue = "${project.build.directory}/netlint")
    private File outputDirectory;

    /**
     * A baseline written by netlint check --write-baseline FILE: the findings it records (matched by
     * rule, file, the element they stand at, named by what it is rather than by its place in a list, and
     * the value there, so edits elsewhere in a file do not break it and a new element never takes over an
     * entry) count as suppressed, so only new findings fail the build. A baseline that does not exist or
     * cannot be read stops the build, and so does one of format 1 (it must be written again).
     */
    @Parameter(property = "netlint.baseline")
    private File baseline;

    /**
     * The size over which a device file is not read (a parse-error says so): a number of bytes, or a
     * number followed by KiB, MiB or GiB, up to 1GiB. When not set, the configuration file's
     * maxFileSize applies, else 64MiB.
     */
    @Parameter(property = "netlint.maxFileSize")
    private String maxFileSize;

    /**
     * The device as it runs today (its {@code Get-DeviceConfiguration} export and the runbooks already
     * applied), a folder or file holding one device. When set, the build also judges the change from it
     * to the device of {@code sourceDirectories} with the transition rules (as {@code netlint diff}
     * does), logs what changes, and fails on a transition error when {@code failOnViolation} is set.
     */
    @Parameter(property = "netlint.currentConfiguration")
    private File currentConfiguration;

    /** The project's folder, for paths when an embedding Maven does not say where the build started. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netlint: skipped");
            return;
        }
        File root = root(basedir);
        CheckRequest request = devices(basedir, includes)
                .failOn(failOn)
                .ruleLevels(rules == null ? Map.of() : rules)
                .maxFileSize(maxFileSize)
                .baseline(baseline == null ? null : baseline.toPath())
                .reportsIn(outputDirectory.toPath(), Parameters.entries(formats))
                .failOnViolation(failOnViolation)
                .maxAllowedViolations(maxAllowedViolations)
                .build();
        Outcome outcome;
        try {
            outcome = Netlint.run(request);
        } catch (CheckException e) {
            // No cause: Maven would repeat its message, unescaped, after this one.
            throw new MojoExecutionException(safe("netlint: " + e.getMessage()));
        }
        outcome.notes(Note.Stage.SETUP).forEach(this::log);
        if (logViolationsToConsole) {
            for (Outcome.Shown shown : outcome.shownFindings()) {
                logFinding(shown.finding(), shown.level());
            }
        }
        outcome.notes(Note.Stage.RESULT).forEach(this::log);
        if (outcome.fails()) {
            getLog().error(safe("netlint: " + outcome.summary()));
            throw new MojoFailureException(safe("netlint: " + outcome.failure()));
        }
        getLog().info(safe("netlint: " + outcome.summary()));
        if (currentConfiguration != null) {
            judgeTransition(root);
        }
    }

    /** The change from {@code currentConfiguration} to the checked device, judged by the transition rules. */
    private void judgeTransition(File root) throws MojoExecutionException, MojoFailureException {
        CheckRequest current = CheckRequest.builder()
                .workingDirectory(root.toPath())
                .paths(List.of(currentConfiguration.toPath()))
                .configFile(configFile == null ? null : configFile.toPath())
                .profile(profile)
                .ruleLevels(rules == null ? Map.of() : rules)
                .withoutReports()
                .filesAlone()
                .keepingModels()
                .vocabulary(MavenWords.POM)
                .classLoader(CheckMojo.class.getClassLoader())
                .build();
        CheckRequest proposed = devices(basedir, includes)
                .ruleLevels(rules == null ? Map.of() : rules)
                .withoutReports()
                .keepingModels()
                .build();
        TransitionRun.Result result;
        try {
            result = TransitionRun.run(current, proposed);
        } catch (CheckException e) {
            throw new MojoExecutionException(safe("netlint: currentConfiguration: " + e.getMessage()));
        }
        List<String> changes = result.changeLogLines();
        getLog().info("netlint: " + changes.get(0));
        for (String line : changes.subList(1, changes.size())) {
            getLog().info(line);
        }
        long errors = 0;
        for (Finding finding : result.findings()) {
            logFinding(finding, finding.severity());
            if (finding.severity() == Severity.ERROR) {
                errors++;
            }
        }
        if (errors > 0 && failOnViolation) {
            throw new MojoFailureException(safe("netlint: the change from " + result.currentPath() + " has "
                    + errors + (errors == 1 ? " error" : " errors") + " of the transition rules"));
        }
    }

    /**
     * A log line or exception message with the control characters of file names and values made
     * visible: a folder named with a line break and {@code [ERROR] ...} must not forge a line of the
     * build log, nor an escape sequence repaint the terminal.
     */
    private static String safe(String text) {
        return TerminalText.printable(text);
    }

    private void log(Note note) {
        log(note.level(), "netlint: " + note.text());
    }

    /** A finding as the text format gives it to a build log ({@link TextReporter#logLines}), each line at {@code level}. */
    private void logFinding(Finding finding, Severity level) {
        for (String line : TextReporter.logLines(finding)) {
            log(level, line);
        }
    }

    private void log(Severity level, String text) {
        String line = safe(text);
        switch (level) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }
}
