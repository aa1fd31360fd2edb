package dev.netlint.core.internal.load;

import dev.netlint.core.model.Service;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The services of a device by namespace and name, as the files of a device declare them: the first
 * declaration of each, found in constant time. A device whose manifests declare 40,000 services (one
 * {@code kind: List}) is merged in linear time; a scan of the services known for each new one took
 * minutes.
 */
final class ServiceIndex {

    private final Map<Key, Service> first = new HashMap<>();
    /** How many keys were compared: what a test holds to linear growth instead of timing it. */
    private long comparisons;

    /** The first declaration of the service's namespace and name, or {@code null} (always for a service without a name). */
    Service earlier(Service service) {
        Key key = key(service);
        return key == null ? null : first.get(key);
    }

    /** Records a declaration, unless one of its namespace and name was recorded before. */
    void add(Service service) {
        Key key = key(service);
        if (key != null) {
            first.putIfAbsent(key, service);
        }
    }

    long comparisons() {
        return comparisons;
    }

    private Key key(Service service) {
        if (service.name() == null) {
            return null;
        }
        String namespace = service.namespace() == null || service.namespace().value().isBlank() ? "default"
                : service.namespace().value();
        return new Key(namespace, service.name().value());
    }

    /** A namespace and name; each comparison of two is counted. */
    private final class Key {

        private final String namespace;
        private final String name;

        Key(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            comparisons++;
            return other instanceof Key key && key.name.equals(name) && key.namespace.equals(namespace);
        }

        @Override
        public int hashCode() {
            return Objects.hash(namespace, name);
        }
    }
}
