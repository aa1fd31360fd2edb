package dev.netlint.core.load;

import java.nio.file.Path;
import java.util.List;

/**
 * One device to check: a folder and its config files, or one file given on its own.
 *
 * @param display how reports name the device: the path as the user gave it
 */
public record DeviceInput(Path path, String display, List<Path> files) {
}
