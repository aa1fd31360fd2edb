package dev.netlint.core.run;

import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which profile the device files' models picked, as lines to show, once per model: the profile decides
 * which ports exist, so a profile that no option and no configuration file named is always said.
 */
final class Profiles {

    private Profiles() {
    }

    /**
     * {@code profile ase-pro-2, from deviceInfo.model 'Azure Stack Edge Pro 2'}, or, for a model netlint
     * does not know, {@code deviceInfo.model 'X' is no model netlint knows: profile ase-pro-gpu}; with the
     * number of devices when some devices are not of that line. Devices whose profile was named (by an
     * option or a configuration file), or whose file does not say its model, have no line.
     */
    static List<String> describe(Report report, Set<String> modelDecides) {
        Map<String, Integer> lines = new TreeMap<>();
        for (DeviceResult device : report.devices()) {
            if (device.model() == null || !modelDecides.contains(device.path())) {
                continue;
            }
            String line = Profile.forModel(device.model()).isPresent()
                    ? "profile " + device.profile() + ", from deviceInfo.model '" + device.model() + "'"
                    : "deviceInfo.model '" + device.model() + "' is no model netlint knows: profile " + device.profile();
            lines.merge(line, 1, Integer::sum);
        }
        int described = lines.values().stream().mapToInt(Integer::intValue).sum();
        boolean counted = lines.size() > 1 || described < report.devices().size();
        List<String> result = new ArrayList<>();
        lines.forEach((line, count) -> result.add(line + (counted ? " (" + count + (count == 1 ? " device)" : " devices)") : "")));
        return result;
    }
}
