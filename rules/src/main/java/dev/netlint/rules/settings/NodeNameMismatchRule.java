package dev.netlint.rules.settings;

import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.Device;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import dev.netlint.core.rule.Category;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.DeviceRule;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An interface entry whose {@code nodeName} is not the name that the files give its node elsewhere:
 * "the {@code nodeName} in the JSON file must match the {@code nodeName} of the device to be changed"
 * ("Use a config file to deploy an Azure Stack Edge device"). The device's own node name is not in the
 * files, so the rule compares the two sources the files have: {@code deviceInfo.nodes}, which
 * {@code Get-DeviceConfiguration} exports, and the entries' {@code nodeName}. A {@code nodeId} that
 * {@code deviceInfo.nodes} does not list is not judged (the vendor's own one-node sample gives its ports a
 * node id that its {@code deviceInfo} does not list), and nothing is judged when the nodes could not be read.
 */
@Rule(id = "node-name-mismatch", severity = Severity.ERROR, category = Category.SETTINGS,
        summary = "An interface names a node that deviceInfo.nodes does not name")
public final class NodeNameMismatchRule implements DeviceRule {

    @Override
    public void inspect(DeviceContext context, FindingSink out) {
        Device device = context.device();
        if (device.nodes().isEmpty() || device.unknown(Device.NODES) || device.unknown(Device.DEVICE_INFO)) {
            return;
        }
        Map<String, NodeInfo> byName = new LinkedHashMap<>();
        Map<String, NodeInfo> byId = new HashMap<>();
        for (NodeInfo node : device.nodes()) {
            if (node.name() == null || node.unknown(NodeInfo.NAME) || node.unknown(NodeInfo.ID)) {
                return;
            }
            byName.putIfAbsent(key(node.name().value()), node);
            if (node.id() != null) {
                byId.putIfAbsent(key(node.id().value()), node);
            }
        }
        String listed = String.join(", ", byName.values().stream().map(n -> n.name().value()).toList());
        for (NetInterface port : device.interfaces()) {
            Located<String> nodeName = port.nodeName();
            if (nodeName == null || port.unknown(NetInterface.NODE_NAME)) {
                continue;
            }
            String entry = port.portName() == null ? "an interface" : port.portName();
            NodeInfo byItsId = port.nodeId() == null ? null : byId.get(key(port.nodeId().value()));
            if (byItsId != null) {
                if (!key(byItsId.name().value()).equals(key(nodeName.value()))) {
                    out.report(nodeName.location(), entry + " has nodeName " + nodeName.value() + " but nodeId "
                            + port.nodeId().value() + ", which deviceInfo.nodes names " + byItsId.name().value()
                            + ": the entry names two nodes, and the nodeName in the file must match the nodeName"
                            + " of the device it configures", "write the nodeName and nodeId of one node, as"
                            + " Get-DeviceConfiguration prints them on that node",
                            new Related(byItsId.name().location(), "node " + byItsId.name().value()));
                }
            } else if (!byName.containsKey(key(nodeName.value()))) {
                out.report(nodeName.location(), entry + " is for node " + nodeName.value() + ", which"
                        + " deviceInfo.nodes does not list (it lists " + listed + "): the nodeName in the file must"
                        + " match the nodeName of the device it configures", "write the nodeName that"
                        + " Get-DeviceConfiguration prints on the device this package is for, in every entry and"
                        + " in deviceInfo.nodes", new Related(device.nodes().get(0).location(), "deviceInfo.nodes"));
            }
        }
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
