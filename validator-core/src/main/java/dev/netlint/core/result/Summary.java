package dev.netlint.core.result;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Severity;
import java.util.List;

/**
 * Counts over a report; suppressed findings are counted apart, never as errors or warnings. A folder
 * whose files are all plainly not device files is no device: its files and their infos are counted.
 */
public record Summary(int devices, int files, int errors, int warnings, int infos, int suppressed) {

    public static Summary of(List<DeviceResult> devices) {
        int files = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        int counted = 0;
        for (DeviceResult device : devices) {
            counted += device.deviceFiles() ? 1 : 0;
            files += device.files().size();
            for (Finding finding : device.findings()) {
                if (finding.suppressed()) {
                    suppressed++;
                } else if (finding.severity() == Severity.ERROR) {
                    errors++;
                } else if (finding.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
            }
        }
        return new Summary(counted, files, errors, warnings, infos, suppressed);
    }

    /** Whether any counted finding is at or above {@code threshold}; {@code null} means never. */
    public boolean reaches(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        return switch (threshold) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case INFO -> errors + warnings + infos > 0;
        };
    }
}
