package dev.netlint.cli;

import dev.netlint.core.run.CheckRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code check} and {@code plan} both take to choose the findings: the device options, the rules'
 * levels and the largest file read. The baseline stays with each command: it means something else to each.
 */
final class SelectionOptions {

    @Mixin
    DeviceOptions device;

    @Option(names = "--rule", paramLabel = "ID=LEVEL", description = "set a rule to off, info, warning or error")
    Map<String, String> ruleLevels = new LinkedHashMap<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "device files larger than this are not read: bytes, or KiB, MiB, GiB (default: 64MiB)")
    String maxFileSize;

    /** A request for the devices below {@code paths}, selected by these options, in the command line's words. */
    CheckRequest.Builder request(List<Path> paths) {
        return CheckRequest.builder()
                .paths(paths)
                .configFile(device.config)
                .profile(device.profile)
                .ruleLevels(ruleLevels)
                .maxFileSize(maxFileSize)
                .vocabulary(Words.CLI);
    }
}
