package dev.netlint.maven;

import dev.netlint.core.report.HtmlReporter;
import dev.netlint.core.report.TerminalText;
import dev.netlint.core.run.CheckException;
import dev.netlint.core.run.CheckRequest;
import dev.netlint.core.run.Netlint;
import dev.netlint.core.run.Note;
import dev.netlint.core.run.Outcome;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The netlint page of the project's site, as {@code checkstyle:checkstyle} and {@code pmd:pmd} give theirs:
 * {@code netlint.html} in the site's folder ({@code target/site} by default), listed under the project
 * reports. It is netlint's HTML report, whole: per device its compute subnet drawn to scale with the pools
 * and addresses in it, how each required network is reached, and every finding with its file and line,
 * marked where the picture shows it. A report does not fail the build: {@code netlint:check} does.
 *
 * <p>In the {@code <reporting>} section of the POM, {@code mvn site} writes it; {@code mvn netlint:report}
 * writes it alone. The page is written whole by netlint (an external report, in the words of the
 * reporting API), so the site's skin does not restyle it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends DeviceMojo implements MavenReport {

    /** The folder of the site, where {@code netlint.html} goes; the site plugin sets its own. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
    private File outputDirectory;

    /** The project whose name titles the page. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Ant-style patterns, relative to each source directory, of the files to read: device files, manifests
     * ({@code .json}, {@code .yaml}, {@code .yml}) and runbooks ({@code .ps1}). Default: all of them.
     */
    @Parameter
    private List<String> includes;

    /** The page's path in the site, without extension: {@code netlint.html}. */
    @Override
    public String getOutputPath() {
        return "netlint";
    }

    /** As {@link #getOutputPath()}, for the sites that still ask for it. */
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return "netlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The network configurations of the devices: each compute subnet drawn to scale, how each required"
                + " network is reached, and netlint's findings with their files and lines.";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    /** The page is netlint's own HTML, written whole; the site links it. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    /** {@code mvn netlint:report}: the page alone. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            getLog().info(skip ? "netlint: skipped" : "netlint: no source directory, no page");
            return;
        }
        try {
            write();
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** {@code mvn site}: the site asks for the page with a sink of its own, which an external report leaves empty. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        write();
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        boolean named = sourceDirectories != null && !sourceDirectories.isEmpty();
        return named || Files.exists(project.getBasedir().toPath().resolve(Parameters.DEFAULT_SOURCE_DIRECTORY));
    }

    private void write() throws MavenReportException {
        Path siteFolder = getReportOutputDirectory().toPath();
        Path page = siteFolder.resolve(getOutputPath() + ".html");
        // The site folder is named as the report folder, with no format of the request's own: the page is
        // written below with the project's name as its title.
        CheckRequest request = devices(project.getBasedir(), includes)
                .failOn("never")
                .reportsIn(siteFolder, List.of())
                .keepingModels()
                .build();
        try {
            Outcome outcome = Netlint.run(request);
            outcome.notes(Note.Stage.SETUP).forEach(note -> getLog().info(TerminalText.printable("netlint: " + note.text())));
            outcome.write(page, new HtmlReporter("netlint report of " + project.getName()));
            getLog().info(TerminalText.printable("netlint: " + outcome.summary() + "; " + outcome.display(page) + " written"));
        } catch (CheckException e) {
            throw new MavenReportException(TerminalText.printable("netlint: " + e.getMessage()));
        }
    }
}
