package dev.netlint.core.internal.load.schema;

import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualIps;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.model.WebProxy;
import java.util.List;
import java.util.Set;

/**
 * The content of the {@code device} root key.
 *
 * @param model {@code deviceInfo.model}, which says which device this is
 * @param unknown the parts written with a value that could not be read, as paths below {@code device}
 */
public record DevicePart(List<NodeInfo> nodes, List<NetInterface> interfaces, List<VSwitch> vSwitches,
                         List<VirtualNetwork> virtualNetworks, WebProxy webProxy, Located<String> dnsDomain,
                         List<Located<String>> teamDeclarations, Located<String> model,
                         VirtualIps vips, Set<String> unknown) {

    public static DevicePart empty() {
        return new DevicePart(List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, null,
                Set.of());
    }
}
