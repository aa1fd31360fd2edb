package dev.netlint.core.internal.load.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Device;
import dev.netlint.core.model.Key;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.NetInterface;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every handle a model record declares for a key ({@link Key}) is a key of the tables the reader reads: the
 * field of the table is declared with the handle itself, so a key renamed in a table without its handle (or
 * the other way round) fails here, instead of turning a value that could not be read into one that is absent.
 */
class SchemaKeysTest {

    /** Where a field stands: its table, and the field of the table above that holds the table. */
    record Place(ObjectType<?> table, Field<?> field, Field<?> holder) {
    }

    @Test
    void everyHandleOfTheModelIsAKeyOfTheTablesTheReaderReads() throws Exception {
        List<Key<?>> handles = modelHandles();
        assertThat(handles).as("the model's handles").extracting(Key::toString)
                .contains("NetInterface.dnsServerAddresses", "NetInterface.iPv4", "VSwitch.interfaces",
                        "Service.ports", "Kubernetes.podSubnet", "Device.network/vSwitches");

        assertThat(unresolved(handles, tables())).as("handles that name no key of the tables").isEmpty();
    }

    @Test
    void aKeyRenamedInItsTableAloneIsNoticed() {
        ObjectType.Builder<NetInterface> keys = ObjectType.strict("interface");
        keys.field("dnsServers", Scalars.TEXT);
        keys.field(NetInterface.IPV4, Scalars.TEXT);
        ObjectType<NetInterface> renamed = keys.build(v -> null);

        assertThat(unresolved(List.of(NetInterface.DNS_SERVERS, NetInterface.IPV4), places(renamed)))
                .containsExactly("NetInterface.dnsServerAddresses is the key of no table");
    }

    @Test
    void aKeyBelowAnotherIsResolvedThroughTheTableItHolds() {
        ObjectType.Builder<Void> inner = ObjectType.strict("network");
        inner.field(Device.VSWITCHES, Scalars.TEXT);
        ObjectType<Void> network = inner.build(v -> null);
        ObjectType.Builder<Void> outer = ObjectType.strict("device");
        outer.field("elsewhere", network);
        ObjectType.Builder<Void> wrongPlace = ObjectType.strict("device");
        Field<Located<String>> holder = wrongPlace.field(Device.NETWORK, Scalars.TEXT);

        List<Place> places = new ArrayList<>(places(outer.build(v -> null)));
        places.add(new Place(wrongPlace.build(v -> null), holder, null));

        assertThat(unresolved(List.of(Device.NETWORK, Device.VSWITCHES), places)).containsExactly(
                "Device.network/vSwitches stands in network, which the key network does not hold");
    }

    /** What does not resolve, one line per handle. */
    static List<String> unresolved(List<Key<?>> handles, List<Place> places) {
        List<String> problems = new ArrayList<>();
        for (Key<?> handle : handles) {
            List<Place> at = places.stream().filter(p -> p.field().handle() == handle).toList();
            if (at.isEmpty()) {
                problems.add(handle + " is the key of no table");
                continue;
            }
            for (Place place : at) {
                if (!place.field().key().equals(handle.name())) {
                    problems.add(handle + " is read as " + place.field().key() + " in " + place.table().name());
                }
                if (handle.parent() != null && (place.holder() == null || place.holder().handle() != handle.parent())) {
                    problems.add(handle + " stands in " + place.table().name() + ", which the key "
                            + handle.parent().name() + " does not hold");
                }
                for (Field<?> other : place.table().fields()) {
                    Key<?> next = other.handle();
                    if (next != null && (next.owner() != handle.owner() || next.parent() != handle.parent())) {
                        problems.add(place.table().name() + " holds keys of two objects: " + handle + " and " + next);
                    }
                }
            }
        }
        return problems;
    }

    /** Every field of the tables below the root of a file, and of a manifest in a List. */
    static List<Place> tables() {
        List<Place> places = new ArrayList<>(places(DeviceSchema.ROOT));
        places.addAll(places(ManifestSchema.MANIFEST));
        return places;
    }

    static List<Place> places(ObjectType<?> root) {
        List<Place> places = new ArrayList<>();
        walk(root, null, places, new IdentityHashMap<>());
        return places;
    }

    private static void walk(ObjectType<?> table, Field<?> holder, List<Place> places,
                             Map<ObjectType<?>, Boolean> seen) {
        // seen: the tables above this one, so that a table shared by two holders is walked under each
        if (seen.put(table, true) != null) {
            return;
        }
        for (Field<?> field : table.fields()) {
            places.add(new Place(table, field, holder));
            ValueType<?> type = field.type() instanceof ListType<?> list ? list.element() : field.type();
            if (type instanceof ObjectType<?> below) {
                walk(below, field, places, seen);
            }
        }
        seen.remove(table);
    }

    /** The public constant handles of the classes of the model package. */
    static List<Key<?>> modelHandles() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path folder = Path.of(Key.class.getResource("Key.class").toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$")).sorted().toList();
        }
        List<Key<?>> handles = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(Key.class.getPackageName() + "." + name.replace(".class", ""));
            for (java.lang.reflect.Field constant : type.getDeclaredFields()) {
                if (constant.getType() == Key.class && Modifier.isStatic(constant.getModifiers())) {
                    constant.setAccessible(true);
                    handles.add((Key<?>) constant.get(null));
                }
            }
        }
        return handles;
    }
}
