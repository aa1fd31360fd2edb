package dev.netlint.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.plan.Forwarding.DefaultPath;
import dev.netlint.core.plan.Forwarding.Egress;
import inet.ipaddr.IPAddress.IPVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the reachability rules word the default path of the traffic no route carries. */
class RequiredNetworkRulesTest {

    @Test
    void theDefaultPathNamesThePortAndItsGatewayOrItsDhcp() {
        assertThat(RequiredNetworkRules.describe(new DefaultPath(IPVersion.IPV4, Optional.of(new Egress("Port2",
                "10.57.48.1"))))).isEqualTo("the default path through the internal NAT switch out of Port2 via gateway"
                + " 10.57.48.1");
        assertThat(RequiredNetworkRules.describe(new DefaultPath(IPVersion.IPV4, Optional.of(new Egress("Port2", null)))))
                .isEqualTo("the default path through the internal NAT switch out of Port2 (DHCP)");
    }

    @Test
    void withoutAGatewayOfItsFamilyTheTrafficGoesNowhere() {
        assertThat(RequiredNetworkRules.describe(new DefaultPath(IPVersion.IPV6, Optional.empty())))
                .isEqualTo("nowhere: no port has an IPv6 default gateway");
        assertThat(RequiredNetworkRules.describe(new DefaultPath(IPVersion.IPV4, Optional.empty())))
                .isEqualTo("nowhere: no port has an IPv4 default gateway");
    }
}
