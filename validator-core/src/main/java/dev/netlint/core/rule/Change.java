package dev.netlint.core.rule;

import dev.netlint.core.model.Location;

/**
 * One difference between the device that runs today and the proposed one: a thing added ({@code before}
 * is {@code null}), removed ({@code after} is {@code null}) or changed.
 *
 * @param area what kind of thing: {@code port}, {@code vSwitch}, {@code pool}, {@code route},
 *     {@code cluster}, {@code service}
 * @param subject which one, as a network engineer names it ({@code Port3 on NODE-A}, {@code pod subnet})
 * @param at where it is written: in the proposed files, or in the current ones for a removal
 */
public record Change(String area, String subject, String before, String after, Location at) {

    public String kind() {
        return before == null ? "added" : after == null ? "removed" : "changed";
    }

    /** One line: {@code route Port3 10.1.0.0/16 changed: via 192.168.20.1 metric 0 -> via 192.168.20.2 metric 0}. */
    public String describe() {
        String head = area + " " + subject + " " + kind();
        return switch (kind()) {
            case "added" -> head + ": " + after;
            case "removed" -> head + ": was " + before;
            default -> head + ": " + before + " -> " + after;
        };
    }
}
