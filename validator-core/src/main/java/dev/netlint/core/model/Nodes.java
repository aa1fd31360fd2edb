package dev.netlint.core.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of a device and which node each port belongs to. One node is one node: on a device with
 * a single node (one entry in {@code deviceInfo.nodes}, or ports that name one node at most) every port
 * belongs to it, whether or not it names it. A port names its node by {@code nodeName}, or by
 * {@code nodeId}, which is read as the name that {@code deviceInfo.nodes} or another port gives that id.
 */
public final class Nodes {

    private final Map<String, String> nameById = new HashMap<>();
    private final int count;

    private Nodes(Device device) {
        for (NodeInfo node : device.nodes()) {
            if (node.id() != null && node.name() != null) {
                nameById.putIfAbsent(lower(node.id().value()), node.name().value());
            }
        }
        for (NetInterface port : device.interfaces()) {
            if (port.nodeId() != null && port.nodeName() != null) {
                nameById.putIfAbsent(lower(port.nodeId().value()), port.nodeName().value());
            }
        }
        if (!device.nodes().isEmpty()) {
            count = device.nodes().size();
        } else {
            Set<String> names = new LinkedHashSet<>();
            for (NetInterface port : device.interfaces()) {
                String name = name(port);
                if (name != null) {
                    names.add(lower(name));
                }
            }
            count = Math.max(1, names.size());
        }
    }

    /** Reads the device's nodes once: O(nodes + ports). */
    public static Nodes of(Device device) {
        return new Nodes(device);
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /** {@code deviceInfo.nodes}, else the distinct nodes the ports name, else 1. */
    public int count() {
        return count;
    }

    public boolean single() {
        return count == 1;
    }

    /** The node a port names, by name even when it gives the id; {@code null} when it names none. */
    public String name(NetInterface port) {
        if (port.nodeName() != null) {
            return port.nodeName().value();
        }
        if (port.nodeId() == null) {
            return null;
        }
        String id = port.nodeId().value();
        return nameById.getOrDefault(lower(id), id);
    }

    /**
     * The node as a grouping key: empty on a single-node device (every port belongs to the only node)
     * and for a port that names no node; else the node's name in lower case (node names are Windows
     * host names, whose case does not matter).
     */
    public String key(NetInterface port) {
        if (single()) {
            return "";
        }
        String name = name(port);
        return name == null ? "" : lower(name);
    }
}
