package dev.netlint.core.internal.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.internal.load.runbook.RunbookReader;
import dev.netlint.core.internal.load.schema.DevicePart;
import dev.netlint.core.internal.load.source.SourceComment;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import java.util.List;

/**
 * What one file of a device declares. {@code deviceKey} / {@code kubernetesKey} are the locations of
 * the root keys, {@code null} when the file has no such key; {@code contribution} is what a runbook or a
 * manifest file adds to the Kubernetes side (routes, subnets, services), {@code null} for other files.
 */
public record FileContent(SourceFile source, Location deviceKey, DevicePart device, Location kubernetesKey,
                   Kubernetes kubernetes, List<LoadProblem> problems, List<SourceComment> comments,
                   Kubernetes contribution, List<RunbookReader.RouteChange> changes) {

    FileContent(SourceFile source, Location deviceKey, DevicePart device, Location kubernetesKey,
                Kubernetes kubernetes, List<LoadProblem> problems) {
        this(source, deviceKey, device, kubernetesKey, kubernetes, problems, List.of(), null, List.of());
    }

    FileContent(SourceFile source, Location deviceKey, DevicePart device, Location kubernetesKey,
                Kubernetes kubernetes, List<LoadProblem> problems, List<SourceComment> comments) {
        this(source, deviceKey, device, kubernetesKey, kubernetes, problems, comments, null, List.of());
    }

    /** What a manifest file adds to the device's Kubernetes side. */
    static FileContent contributing(SourceFile source, Kubernetes contribution, List<LoadProblem> problems) {
        return new FileContent(source, null, null, null, null, problems, List.of(), contribution, List.of());
    }

    /**
     * What a runbook adds to the device's Kubernetes side: its subnets (and what of them is unknown), the
     * route changes it could not read, and its route changes in script order, applied to the merged set.
     */
    static FileContent runbook(SourceFile source, Kubernetes contribution, List<RunbookReader.RouteChange> changes,
                               List<LoadProblem> problems) {
        return new FileContent(source, null, null, null, null, problems, List.of(), contribution, changes);
    }

    /**
     * Whether the file is plainly not a device file: it was read whole, without an error, and declares
     * neither root key, and is no manifest, runbook or other contribution.
     */
    boolean notADeviceFile() {
        return deviceKey == null && kubernetesKey == null && contribution == null
                && problems.stream().allMatch(p -> p.severity() == Severity.INFO);
    }
}
