package dev.netlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The device profiles: their names, ports, management port and the ports whose MTU can be set. */
class ProfileTest {

    @Test
    void profilesAreFoundByNameInAnyCaseAndWithSpacesAround() {
        assertThat(Profile.named("ase-pro-2")).contains(Profile.ASE_PRO_2);
        assertThat(Profile.named(" ASE-PRO-GPU ")).contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.named("Generic")).contains(Profile.GENERIC);
        assertThat(Profile.named("ase-pro-3")).isEmpty();
        assertThat(Profile.all()).containsExactly(Profile.ASE_PRO_GPU, Profile.ASE_PRO_2, Profile.GENERIC);
        assertThat(Profile.names()).isEqualTo("ase-pro-gpu, ase-pro-2, generic");
        assertThat(Profile.DEFAULT).isSameAs(Profile.ASE_PRO_GPU);
    }

    @Test
    void theGenericProfileKnowsNoPorts() {
        assertThat(Profile.GENERIC.knowsPorts()).isFalse();
        assertThat(Profile.GENERIC.hasPort("Port1")).isFalse();
        assertThat(Profile.GENERIC.isManagementPort("Port1")).isFalse();
        assertThat(Profile.GENERIC.isMtuConfigurable("Port1")).isFalse();
        assertThat(Profile.ASE_PRO_2.knowsPorts()).isTrue();
    }

    @Test
    void portNamesCompareWithoutCase() {
        assertThat(Profile.ASE_PRO_2.hasPort("port4")).isTrue();
        assertThat(Profile.ASE_PRO_2.hasPort("Port5")).isFalse();
        assertThat(Profile.ASE_PRO_GPU.hasPort("Port6")).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isManagementPort("PORT1")).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isManagementPort("Port2")).isFalse();
        assertThat(Profile.ASE_PRO_GPU.isManagementPort(null)).isFalse();
    }

    @Test
    void theMtuCanBeSetOnlyOnSomePorts() {
        assertThat(Profile.ASE_PRO_GPU.isMtuConfigurable("Port4")).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isMtuConfigurable("port3")).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isMtuConfigurable("PORT2")).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isMtuConfigurable("Port5")).isFalse();
        assertThat(Profile.ASE_PRO_2.isMtuConfigurable("Port3")).isFalse();
        assertThat(Profile.ASE_PRO_2.isMtuConfigurable("Nic1")).isFalse();
        assertThat(Profile.ASE_PRO_2.isMtuConfigurable(null)).isFalse();
    }

    @Test
    void aTwoNodeClusterMayTeamTheDocumentedPortsOnly() {
        assertThat(Profile.ASE_PRO_GPU.isClusterTeam(java.util.Set.of("port4", "Port3"))).isTrue();
        assertThat(Profile.ASE_PRO_GPU.isClusterTeam(java.util.Set.of("Port5", "Port6"))).isFalse();
        assertThat(Profile.ASE_PRO_GPU.isClusterTeam(java.util.Set.of("Port3", "Port4", "Port5"))).isFalse();
        assertThat(Profile.ASE_PRO_GPU.isClusterTeam(java.util.Set.of("Port3"))).isFalse();
        assertThat(Profile.ASE_PRO_2.isClusterTeam(java.util.Set.of("Port1", "Port2"))).isTrue();
        assertThat(Profile.GENERIC.isClusterTeam(java.util.Set.of("Port3", "Port4"))).isFalse();
        assertThat(Profile.ASE_PRO_GPU.describeClusterTeam()).isEqualTo("Port3 and Port4");
    }

    @Test
    void theDataPortsAreAllButTheManagementPort() {
        assertThat(Profile.ASE_PRO_GPU.dataPorts()).containsExactly("Port2", "Port3", "Port4", "Port5", "Port6");
        assertThat(Profile.ASE_PRO_2.dataPorts()).containsExactly("Port2", "Port3", "Port4");
        assertThat(Profile.GENERIC.dataPorts()).isEmpty();
        assertThat(Profile.ASE_PRO_GPU.isManagementPort(" port1 ")).isTrue();
    }

    @Test
    void theModelsTheExportsWritePickTheirProfile() {
        assertThat(Profile.forModel("Azure Stack Edge Pro GPU")).contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.forModel("Azure Stack Edge Pro - 1 GPU")).contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.forModel("Azure Stack Edge Pro - 2 GPU")).as("two GPUs, not a Pro 2")
                .contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.forModel("Azure Stack Edge")).as("what the Pro GPU's exports show")
                .contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.forModel("Azure Stack Edge Pro")).contains(Profile.ASE_PRO_GPU);
        assertThat(Profile.forModel("Azure Stack Edge Pro 2")).contains(Profile.ASE_PRO_2);
        assertThat(Profile.forModel("azure stack edge pro-2 ")).contains(Profile.ASE_PRO_2);
        assertThat(Profile.forModel("Azure Stack Edge Pro R")).as("no profile of its own: no port judged")
                .contains(Profile.GENERIC);
        assertThat(Profile.forModel("Azure Stack Edge Mini R")).contains(Profile.GENERIC);
        assertThat(Profile.forModel("PowerEdge R640")).isEmpty();
        assertThat(Profile.forModel("")).isEmpty();
    }
}
