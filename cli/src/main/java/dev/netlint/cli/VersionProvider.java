package dev.netlint.cli;

import dev.netlint.core.report.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Version.NAME + " " + Version.VERSION};
    }
}
