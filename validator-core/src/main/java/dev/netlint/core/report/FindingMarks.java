package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of the picture a finding concerns. By place first: the element whose value the finding
 * stands at (same file, line and column, or the same JSON pointer), or whose entry holds it (the
 * finding's pointer lies below the entry's). A finding that stands at nothing drawn concerns the drawn
 * addresses its message names. Each finding asks a few hash lookups, one per level of its pointer: no
 * loop over findings and elements together.
 */
final class FindingMarks {

    /** IPv4 and IPv6 literals as messages write them, with a prefix length or not. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w.:])(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\\w.:])");

    private final Map<String, List<Picture.Element>> atPlace = new HashMap<>();
    private final Map<String, List<Picture.Element>> atPointer = new HashMap<>();
    private final Map<String, List<Picture.Element>> inside = new HashMap<>();
    private final Map<IPAddress, List<Picture.Element>> byAddress = new HashMap<>();

    FindingMarks(List<Picture.Element> elements) {
        for (Picture.Element e : elements) {
            for (Location at : e.exact()) {
                atPlace.computeIfAbsent(place(at), k -> new ArrayList<>()).add(e);
                if (!at.pointer().isEmpty()) {
                    atPointer.computeIfAbsent(pointer(at.file(), at.pointer()), k -> new ArrayList<>()).add(e);
                }
            }
            for (Location entry : e.within()) {
                if (!entry.pointer().isEmpty()) {
                    inside.computeIfAbsent(pointer(entry.file(), entry.pointer()), k -> new ArrayList<>()).add(e);
                }
            }
            if (e.kind() != Picture.Kind.NETWORK && e.kind() != Picture.Kind.CLUSTER_SUBNET) {
                for (IPAddress address : e.addresses()) {
                    byAddress.computeIfAbsent(address, k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** The elements a finding concerns, in the order they were drawn, each once. */
    List<Picture.Element> concerned(Finding finding) {
        Set<Picture.Element> found = new LinkedHashSet<>();
        Location at = finding.location();
        found.addAll(atPlace.getOrDefault(place(at), List.of()));
        String pointer = at.pointer();
        if (!pointer.isEmpty()) {
            found.addAll(atPointer.getOrDefault(pointer(at.file(), pointer), List.of()));
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                found.addAll(inside.getOrDefault(pointer(at.file(), p), List.of()));
            }
        }
        if (found.isEmpty()) {
            Matcher m = ADDRESS.matcher(finding.text());
            while (m.find()) {
                IPAddress address = new IPAddressString(m.group(1)).getAddress();
                if (address != null) {
                    found.addAll(byAddress.getOrDefault(address.withoutPrefixLength(), List.of()));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String place(Location at) {
        return at.file() + '\0' + at.line() + ':' + at.column();
    }

    private static String pointer(String file, String pointer) {
        return file + '\0' + pointer;
    }
}
