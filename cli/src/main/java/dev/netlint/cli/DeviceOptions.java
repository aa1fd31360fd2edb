package dev.netlint.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How each device is read, in every command that reads devices ({@code check}, {@code plan}, {@code diff}). */
final class DeviceOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "a .netlint.yaml to use instead of the discovered one")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "ase-pro-gpu, ase-pro-2 or generic (default: the configuration's, else the device file's"
                    + " deviceInfo.model, else ase-pro-gpu)")
    String profile;
}
