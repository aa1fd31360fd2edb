package dev.netlint.maven;

import dev.netlint.core.run.CheckRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read the devices share: where the devices are, which files are read, with which
 * configuration and profile, whether to skip, and the folder paths are shown relative to. The includes
 * stay with each goal: {@code check} declares the command line's default, {@code report} none.
 */
abstract class DeviceMojo extends AbstractMojo {

    /**
     * The folders holding the device folders to check (netlint:check) or to draw (netlint:report); a device
     * file may be given too. Default: src/main/network; when it does not exist, check skips with a warning
     * and report writes no page. A folder named here must exist, or the build fails. A folder that holds no
     * device file is logged and skipped. Hidden folders and target folders are never entered, and reports
     * or baselines that netlint wrote are never read as devices (by name and content, wherever the
     * outputDirectory is). Symbolic links are followed.
     */
    @Parameter
    List<File> sourceDirectories;

    /**
     * Ant-style patterns, relative to each source directory, of the files and folders to leave out, for
     * example pom.xml or archive/**. None by default.
     */
    @Parameter
    List<String> excludes;

    /**
     * A .netlint.yaml configuration file used for every device, instead of the one found by walking up
     * from each device folder (no further than the folder that holds .git). The file in use is logged.
     */
    @Parameter(property = "netlint.config")
    File configFile;

    /**
     * The device profile whose ports are judged: ase-pro-gpu, ase-pro-2 or generic. When neither this
     * nor the configuration file names one, each device's deviceInfo.model decides, else ase-pro-gpu.
     */
    @Parameter(property = "netlint.profile")
    String profile;

    /**
     * Skips the goal, for a build that must not run it (mvn verify -Dnetlint.skip): no device is read,
     * and no report or page is written.
     */
    @Parameter(property = "netlint.skip", defaultValue = "false")
    boolean skip;

    /** The folder the build was started in: paths in the log, the reports and the page are shown relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    /** The folder paths are shown relative to: where the build started, else the project's folder. */
    File root(File projectFolder) {
        return executionRootDirectory != null ? executionRootDirectory : projectFolder;
    }

    /**
     * A request for the devices of the source directories as these parameters select them, shown relative
     * to {@link #root}, in the POM's words; the goal adds what it does with them.
     */
    CheckRequest.Builder devices(File projectFolder, List<String> includes) {
        CheckRequest.Builder builder = CheckRequest.builder().workingDirectory(root(projectFolder).toPath());
        Parameters.sourceDirectories(builder, sourceDirectories, projectFolder);
        return builder
                .includes(Parameters.entries(includes))
                .excludes(Parameters.entries(excludes))
                .configFile(configFile == null ? null : configFile.toPath())
                .profile(profile)
                .vocabulary(MavenWords.POM)
                .classLoader(getClass().getClassLoader());
    }
}
