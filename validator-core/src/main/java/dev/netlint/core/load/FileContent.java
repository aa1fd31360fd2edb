package dev.netlint.core.load;

import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import dev.netlint.core.model.NetInterface;
import dev.netlint.core.model.NodeInfo;
import dev.netlint.core.model.VSwitch;
import dev.netlint.core.model.VirtualNetwork;
import dev.netlint.core.model.WebProxy;
import java.util.List;

/**
 * What one config file declares. {@code deviceKey} / {@code kubernetesKey} are the locations of the
 * root keys, {@code null} when the file has no such key.
 */
record FileContent(SourceFile source, Location deviceKey, DevicePart device, Location kubernetesKey,
                   Kubernetes kubernetes, List<LoadProblem> problems) {

    /** The content of the {@code device} root key. */
    record DevicePart(List<NodeInfo> nodes, List<NetInterface> interfaces, List<VSwitch> vSwitches,
                      List<VirtualNetwork> virtualNetworks, WebProxy webProxy, Located<String> dnsDomain,
                      List<Located<String>> teamDeclarations) {

        static DevicePart empty() {
            return new DevicePart(List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        }
    }
}
