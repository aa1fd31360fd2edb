package dev.netlint.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The clean base device of the tests and fixtures, {@code clean-device.yaml} beside this class: clean for
 * every rule of the catalogue (the rules module's {@code CleanDeviceTest} holds it to that). Port2 is the
 * management port with the gateway and DNS server, Port3 the compute port of vSwitch1 with its node and
 * service pools, then one route, one service and one required network. A test starts from it and changes
 * what it is about with {@link #with}, so that whatever else it finds is that change's doing.
 */
public final class CleanDevice {

    /** The whole device file. */
    public static final String YAML = read();

    /** Its {@code device:} part alone, up to the {@code kubernetes:} line: for a test that writes its own. */
    public static final String DEVICE = YAML.substring(0, YAML.indexOf("\nkubernetes:") + 1);

    /** The line of the service pool (KubernetesServiceIPs), 1-based. */
    public static final int SERVICE_POOL_LINE = lineOf("name: KubernetesServiceIPs");

    private CleanDevice() {
    }

    /** {@link #YAML} with {@code text} replaced by {@code replacement}; {@code text} must stand in it once. */
    public static String with(String text, String replacement) {
        return replaceOnce(YAML, text, replacement);
    }

    /** {@code yaml} with {@code text} replaced by {@code replacement}; {@code text} must stand in it exactly once. */
    public static String replaceOnce(String yaml, String text, String replacement) {
        int at = yaml.indexOf(text);
        if (at < 0 || yaml.indexOf(text, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' stands " + (at < 0 ? "nowhere" : "more than once")
                    + " in the device:\n" + yaml);
        }
        return yaml.substring(0, at) + replacement + yaml.substring(at + text.length());
    }

    /** The 1-based line of {@link #YAML} that holds {@code text}. */
    public static int lineOf(String text) {
        String[] lines = YAML.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line holds '" + text + "'");
    }

    private static String read() {
        try (InputStream in = CleanDevice.class.getResourceAsStream("clean-device.yaml")) {
            if (in == null) {
                throw new IllegalStateException("clean-device.yaml is not beside " + CleanDevice.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
