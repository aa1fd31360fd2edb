package dev.netlint.core.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * One device to check: a folder and its config files, or one file given on its own.
 *
 * @param display how reports name the device: the path as the user gave it
 * @param unreadable why the folder could not be read, or {@code null}: such an input is reported as a
 *     {@code parse-error} on the folder, so that one unreadable folder hides nothing else of the tree
 * @param trees the real paths of the trees being checked: a file whose real path is in none of them
 *     came through a symbolic link out of the tree and is never read ({@code link-outside-tree}); empty
 *     for the device's own folder (a file given on its own: the file's folder)
 */
public record DeviceInput(Path path, String display, List<Path> files, String unreadable, List<Path> trees) {

    public DeviceInput {
        files = List.copyOf(files);
        trees = List.copyOf(trees);
    }

    public DeviceInput(Path path, String display, List<Path> files) {
        this(path, display, files, null, List.of());
    }

    public DeviceInput(Path path, String display, List<Path> files, List<Path> trees) {
        this(path, display, files, null, trees);
    }

    /** A folder of the tree that could not be listed. */
    public static DeviceInput unreadable(Path folder, String display, String reason) {
        return new DeviceInput(folder, display, List.of(), reason, List.of());
    }

    /** This device with only {@code kept} of its files, within the same trees. */
    public DeviceInput withFiles(List<Path> kept) {
        return new DeviceInput(path, display, kept, unreadable, trees);
    }

    /**
     * The real paths that the device's files must stay in: {@link #trees}, or the device's own folder.
     * Empty when even that cannot be resolved (every file is then refused).
     */
    List<Path> treesOrOwnFolder() {
        if (!trees.isEmpty()) {
            return trees;
        }
        Path own = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? path
                : path.toAbsolutePath().normalize().getParent();
        try {
            return own == null ? List.of() : List.of(own.toRealPath());
        } catch (IOException e) {
            return List.of();
        }
    }
}
