package dev.netlint.cli;

import static dev.netlint.cli.Devices.CLEAN;
import static dev.netlint.cli.Devices.netlint;
import static dev.netlint.cli.Devices.tree;
import static dev.netlint.cli.Devices.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** deviceInfo.model picks the profile when neither --profile nor .netlint.yaml names one, and the run says so. */
class ProfileFromModelTest {

    /** The clean device, said to be a Pro 2, with a Port5 that a Pro 2 does not have. */
    private static final String PRO_2_WITH_PORT5 = CLEAN
            .replace("device:\n", "device:\n  deviceInfo: { model: Azure Stack Edge Pro 2 }\n")
            .replace("    vSwitches:", "      - name: Port5\n        isDhcpEnabled: false\n"
                    + "        iPv4: { address: 172.16.5.10, subnetMask: 255.255.255.0 }\n    vSwitches:");

    @Test
    void aPro2IsJudgedAsAPro2() {
        Path dir = tree("profile-from-model");
        write(dir, "edge/device.yaml", PRO_2_WITH_PORT5);

        Devices.Run run = netlint("check", dir);

        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("error: interface Port5 is not a port of profile ase-pro-2, whose ports are"
                + " Port1, Port2, Port3, Port4 [port-unknown]");
        assertThat(run.err()).isEqualTo("netlint: no configuration file\n"
                + "netlint: profile ase-pro-2, from deviceInfo.model 'Azure Stack Edge Pro 2'\n");
    }

    @Test
    void theOptionAndTheConfigurationWinOverTheModel() {
        Path dir = tree("profile-named");
        write(dir, "edge/device.yaml", PRO_2_WITH_PORT5);

        Devices.Run option = netlint("check", dir, "--profile", "ase-pro-gpu");
        assertThat(option.code()).isZero();
        assertThat(option.err()).isEqualTo("netlint: no configuration file\n");

        write(dir, ".netlint.yaml", "root: true\nprofile: ase-pro-gpu\n");
        Devices.Run config = netlint("check", dir);
        assertThat(config.code()).isZero();
        assertThat(config.err()).isEqualTo("netlint: configuration: " + dir.resolve(".netlint.yaml") + "\n");
    }
}
