package dev.netlint.core.internal.load;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A folder of whole-device exports, one per device ({@code exports/site1.json}, {@code
 * exports/site2.json}, or the vendor's one-node and two-node sample packages side by side): each file
 * declares {@code device} and names nodes ({@code deviceInfo.nodes}, or the {@code nodeId} and
 * {@code nodeName} of its interfaces) that no other file of the folder names. Such a folder is not one
 * device whose files complete each other: each file is a device of its own. Files that complete each
 * other (a {@code device} file and a {@code kubernetes} file, or two exports of the same nodes) stay one
 * device.
 */
public final class DeviceExports {

    /** Larger files are not peeked at: an export is a few kilobytes, and the folder then stays one device. */
    private static final long PEEK_BYTES = 4L * 1024 * 1024;
    private static final Pattern DEVICE_KEY = Pattern.compile("(?m)(\"device\"\\s*:|^device\\s*:)");
    private static final Pattern NODE_KEY = Pattern.compile("\"?node(s|Id|Name)\"?\\s*:");

    private DeviceExports() {
    }

    /**
     * The devices of a folder when every file of it is a whole-device export with nodes of its own, one
     * input per file in the folder's order; empty when the folder is one device. A file given on its own
     * is never split.
     */
    public static Optional<List<DeviceInput>> split(DeviceInput folder, Function<Path, String> display) {
        return split(folder, display, file -> nodes(file, display.apply(file)));
    }

    /**
     * The same, with the nodes of a file read by {@code nodes}. Every file is peeked at before any is
     * parsed: a device folder of a device file and a {@code kubernetes} file (the common layout) is then
     * told apart from a folder of exports without parsing its device file twice, here and when it is
     * loaded.
     */
    static Optional<List<DeviceInput>> split(DeviceInput folder, Function<Path, String> display,
                                             Function<Path, Set<String>> nodes) {
        if (folder.unreadable() != null || folder.files().size() < 2 || !Files.isDirectory(folder.path())) {
            return Optional.empty();
        }
        for (Path file : folder.files()) {
            if (DeviceFinder.isRunbook(file) || !mayBeExport(file)) {
                return Optional.empty();
            }
        }
        List<Set<String>> seen = new ArrayList<>();
        for (Path file : folder.files()) {
            Set<String> named = nodes.apply(file);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            for (Set<String> other : seen) {
                if (!Collections.disjoint(other, named)) {
                    return Optional.empty();
                }
            }
            seen.add(named);
        }
        return Optional.of(folder.files().stream()
                .map(file -> new DeviceInput(file, display.apply(file), List.of(file))).toList());
    }

    /** A cheap look at the text before it is parsed: a {@code device} key and a node key. */
    private static boolean mayBeExport(Path file) {
        try {
            if (Files.size(file) > PEEK_BYTES) {
                return false;
            }
            // one read of the known size, where a stream's readAllBytes grows and copies its buffers
            byte[] bytes = Files.readAllBytes(file);
            String text;
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
                text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
                text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            } else {
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            return DEVICE_KEY.matcher(text).find() && NODE_KEY.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** The ids and names of the nodes a file's {@code device} names, lower case; empty when none or unreadable. */
    private static Set<String> nodes(Path file, String display) {
        FileContent content;
        try {
            content = DeviceFileReader.read(file, display, LoadLimits.DEFAULT);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        if (content == null || content.deviceKey() == null || content.device() == null
                || content.problems().stream().anyMatch(p -> p.rule().equals(LoadProblem.PARSE_ERROR))) {
            return Set.of();
        }
        Set<String> nodes = new LinkedHashSet<>();
        for (NodeInfo node : content.device().nodes()) {
            add(nodes, node.id() == null ? null : node.id().value());
            add(nodes, node.name() == null ? null : node.name().value());
        }
        for (NetInterface port : content.device().interfaces()) {
            add(nodes, port.nodeId() == null ? null : port.nodeId().value());
            add(nodes, port.nodeName() == null ? null : port.nodeName().value());
        }
        return nodes;
    }

    private static void add(Set<String> nodes, String value) {
        if (value != null && !value.isBlank()) {
            nodes.add(value.trim().toLowerCase(Locale.ROOT));
        }
    }
}
