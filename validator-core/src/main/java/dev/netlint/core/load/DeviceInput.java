package dev.netlint.core.load;

import java.nio.file.Path;
import java.util.List;

/**
 * One device to check: a folder and its config files, or one file given on its own.
 *
 * @param display how reports name the device: the path as the user gave it
 * @param unreadable why the folder could not be read, or {@code null}: such an input is reported as a
 *     {@code parse-error} on the folder, so that one unreadable folder hides nothing else of the tree
 */
public record DeviceInput(Path path, String display, List<Path> files, String unreadable) {

    public DeviceInput(Path path, String display, List<Path> files) {
        this(path, display, files, null);
    }

    /** A folder of the tree that could not be listed. */
    public static DeviceInput unreadable(Path folder, String display, String reason) {
        return new DeviceInput(folder, display, List.of(), reason);
    }
}
