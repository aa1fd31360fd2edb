package dev.netlint.core.rule;

import java.util.List;

/**
 * What a transition rule sees: the device as it runs today (typically its {@code
 * Get-DeviceConfiguration} export plus the runbooks already applied), the proposed device, each with its
 * address plan and forwarding model, and what changes between them ({@link DeviceDiff}).
 */
public record Transition(DeviceContext current, DeviceContext proposed, List<Change> changes) {

    public Transition {
        changes = List.copyOf(changes);
    }

    public static Transition of(DeviceContext current, DeviceContext proposed) {
        return new Transition(current, proposed, DeviceDiff.of(current.device(), proposed.device()));
    }

    /** The changes of one area, in order. */
    public List<Change> changes(String area) {
        return changes.stream().filter(c -> c.area().equals(area)).toList();
    }
}
