package dev.netlint.core.internal.load;

import dev.netlint.core.internal.load.source.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folders of a tree that hold only Kubernetes manifests or runbooks, as {@code helm template --output-dir}
 * writes them ({@code <device>/<release>/templates/*.yaml}): each belongs to the nearest folder above it
 * that declares a device (a file with a {@code device} or {@code kubernetes} root key), and is checked as
 * part of it. A folder with no such folder above it stays on its own, and the loader says that its
 * services were not checked against any device.
 */
final class ManifestFolders {

    private ManifestFolders() {
    }

    /** The inputs with each manifest folder's files added to the device folder above it, in the finder's order. */
    static List<DeviceInput> attach(List<DeviceInput> inputs) {
        Map<Path, DeviceInput> folders = new HashMap<>();
        for (DeviceInput input : inputs) {
            if (input.unreadable() == null && Files.isDirectory(input.path())) {
                folders.put(key(input.path()), input);
            }
        }
        if (folders.size() < 2) {
            return inputs;
        }
        Map<Path, Boolean> declares = new HashMap<>();
        Map<DeviceInput, List<Path>> added = new LinkedHashMap<>();
        java.util.Set<DeviceInput> attached = new java.util.HashSet<>();
        for (DeviceInput input : inputs) {
            if (!folders.containsKey(key(input.path())) || DeviceLoader.isChart(input)) {
                continue;
            }
            // the folders above are read first: in a fleet whose root holds no device, no device is read twice
            DeviceInput device = deviceAbove(input, folders, declares);
            if (device != null && !declaresDevice(input, declares)) {
                added.computeIfAbsent(device, d -> new ArrayList<>()).addAll(input.files());
                attached.add(input);
            }
        }
        if (attached.isEmpty()) {
            return inputs;
        }
        List<DeviceInput> result = new ArrayList<>();
        for (DeviceInput input : inputs) {
            if (attached.contains(input)) {
                continue;
            }
            List<Path> more = added.get(input);
            if (more == null) {
                result.add(input);
            } else {
                List<Path> files = new ArrayList<>(input.files());
                files.addAll(more);
                result.add(input.withFiles(files));
            }
        }
        return result;
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    /** The nearest folder above the input's that declares a device, or {@code null}. */
    private static DeviceInput deviceAbove(DeviceInput input, Map<Path, DeviceInput> folders,
                                           Map<Path, Boolean> declares) {
        for (Path above = key(input.path()).getParent(); above != null; above = above.getParent()) {
            DeviceInput device = folders.get(above);
            if (device != null && !DeviceLoader.isChart(device) && declaresDevice(device, declares)) {
                return device;
            }
        }
        return null;
    }

    /**
     * Whether a folder declares a device: one of its files has a {@code device} or {@code kubernetes} root
     * key. A file that cannot be opened counts as one, so that the folder's error is reported where it is.
     */
    private static boolean declaresDevice(DeviceInput input, Map<Path, Boolean> known) {
        return known.computeIfAbsent(key(input.path()), k -> {
            for (Path file : input.files()) {
                if (DeviceFinder.isRunbook(file)) {
                    continue;
                }
                try {
                    FileContent content = DeviceFileReader.read(file, file.toString(), LoadLimits.DEFAULT);
                    if (content.deviceKey() != null || content.kubernetesKey() != null) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    return true;
                }
            }
            return false;
        });
    }
}
