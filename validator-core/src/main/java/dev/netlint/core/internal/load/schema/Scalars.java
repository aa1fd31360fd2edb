package dev.netlint.core.internal.load.schema;

import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.internal.load.source.Messages;
import dev.netlint.core.model.AddressRange;
import dev.netlint.core.model.Addresses;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IncompatibleAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scalar value types of the file format, each with the one message it gives for a value it cannot
 * read. A null or empty value is absent and reads as {@code null} without a message.
 */
public final class Scalars {

    private Scalars() {
    }

    /** The address family a value must have. */
    public enum Family { ANY, V4, V6 }

    /** Text; numbers and booleans are accepted as their text. */
    public static final ValueType<Located<String>> TEXT = new Scalar<>("a text value") {
        @Override
        Located<String> convert(Reading in, Location at, String text) {
            return new Located<>(in.shared(text), at);
        }

        @Override
        boolean blankIsAbsent() {
            return false;
        }

        @Override
        public Map<String, Object> schema() {
            return Schemas.node("type", Schemas.types("string", "number", "boolean"));
        }
    };

    /** {@code true} or {@code false}, unquoted, in any case. */
    static final ValueType<Located<Boolean>> BOOL = new Scalar<>("true or false") {
        @Override
        Located<Boolean> convert(Reading in, Location at, String text) {
            if (in.cursor().plain()) {
                if (text.equalsIgnoreCase("true")) {
                    return new Located<>(Boolean.TRUE, at);
                }
                if (text.equalsIgnoreCase("false")) {
                    return new Located<>(Boolean.FALSE, at);
                }
            }
            in.invalid(at, "expected true or false, found " + in.shown());
            return null;
        }

        @Override
        boolean blankIsAbsent() {
            return false;
        }

        @Override
        public Map<String, Object> schema() {
            // YAML writes True and FALSE too; a YAML 1.2 reader may hand them over as text
            return Schemas.node("type", Schemas.types("boolean", "string"),
                    "pattern", "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$");
        }
    };

    /** A plain decimal integer, read without regular expressions or exceptions. */
    static final ValueType<Located<Long>> INTEGER = new Scalar<>("an integer") {
        @Override
        Located<Long> convert(Reading in, Location at, String text) {
            int n = text.length();
            int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
            boolean digits = in.cursor().plain() && i < n;
            long value = 0;
            boolean overflow = false;
            for (; digits && i < n; i++) {
                int d = text.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    digits = false;
                } else if (value > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + d;
                }
            }
            if (!digits) {
                in.invalid(at, "expected an integer, found " + in.shown());
                return null;
            }
            if (overflow) {
                in.invalid(at, "the number " + Messages.abbreviate(text) + " is too large for any setting");
                return null;
            }
            return new Located<>(text.charAt(0) == '-' ? -value : value, at);
        }

        @Override
        boolean blankIsAbsent() {
            return false;
        }

        @Override
        public Map<String, Object> schema() {
            return Schemas.node("type", Schemas.types("integer"));
        }
    };

    /** Any value at all, not modelled: consumed whole and never judged. */
    static final ValueType<Void> ANY = new ValueType<>() {
        @Override
        public Void read(Reading in, JsonPointer at) {
            in.cursor().skipNode();
            return null;
        }

        @Override
        public String describe() {
            return "any value";
        }

        @Override
        public Map<String, Object> schema() {
            return Schemas.node("description", "any value: known to the vendor's format, not read by netlint");
        }
    };

    /** An address of a family, with or without a prefix length. */
    public static ValueType<Located<IPAddress>> address(Family family, boolean prefixAllowed, String what) {
        return new Scalar<>(what) {
            @Override
            Located<IPAddress> convert(Reading in, Location at, String text) {
                return parseAddress(in, at, text, family, prefixAllowed, what);
            }
        };
    }

    /** A subnet: an address with its prefix length, which a cluster CIDR cannot do without. */
    public static ValueType<Located<IPAddress>> prefix(String what) {
        return new Scalar<>(what) {
            @Override
            Located<IPAddress> convert(Reading in, Location at, String text) {
                Located<IPAddress> value = parseAddress(in, at, text, Family.ANY, true, what);
                if (value != null && !value.value().isPrefixed()) {
                    String canonical = value.value().toCanonicalString();
                    in.invalid(at, Messages.quote(canonical) + " is not " + what + ": it needs a prefix length, such"
                            + " as " + canonical + "/16");
                    return null;
                }
                return value;
            }
        };
    }

    /** A pool's range: {@code start-end}, one address, or a prefix standing for its block. */
    static final ValueType<Located<AddressRange>> RANGE = new Scalar<>("an address range") {
        @Override
        Located<AddressRange> convert(Reading in, Location at, String text) {
            try {
                return new Located<>(AddressRange.parse(text), at);
            } catch (AddressStringException | IncompatibleAddressException e) {
                in.invalid(at, Messages.quote(text) + " is not an address range (start-end, one address, or a prefix): "
                        + AddressText.whyNot(text, e));
                return null;
            }
        }
    };

    /**
     * One of a fixed set of words. Kubernetes takes its words as spelled ({@code caseSensitive}); the
     * vendor's REST API reads its enumerations in any case.
     */
    static ValueType<Located<String>> oneOf(String what, Set<String> words, boolean caseSensitive) {
        return new Scalar<>(what) {
            @Override
            Located<String> convert(Reading in, Location at, String text) {
                if (words.contains(text) || !caseSensitive && words.stream().anyMatch(text::equalsIgnoreCase)) {
                    return new Located<>(in.shared(text), at);
                }
                String closest = Spelling.closest(text, words);
                in.invalid(at, Messages.quote(text) + " is not " + what + ": "
                        + (closest != null ? "did you mean '" + closest + "'? " : "") + "the values are "
                        + String.join(", ", new java.util.TreeSet<>(words)));
                return null;
            }

            @Override
            public Map<String, Object> schema() {
                List<Object> values = new ArrayList<>(new java.util.TreeSet<>(words));
                if (caseSensitive) {
                    values.add(null);
                    return Schemas.node("enum", values, "description", what);
                }
                return Schemas.node("type", Schemas.types("string"), "description", what + ", in any case",
                        "examples", values);
            }
        };
    }

    /**
     * A cluster IP: an address, or {@code None} for a headless service, which asks for no address (and
     * reads as absent).
     */
    static final ValueType<Located<IPAddress>> CLUSTER_IP = new Scalar<>("a cluster IP") {
        @Override
        Located<IPAddress> convert(Reading in, Location at, String text) {
            if (text.equals("None")) {
                return null;
            }
            if (text.equalsIgnoreCase("none")) {
                in.invalid(at, Messages.quote(text) + " is not a cluster IP: a headless service writes None, with a"
                        + " capital N");
                return null;
            }
            return parseAddress(in, at, text, Family.ANY, false, "a cluster IP");
        }
    };

    /**
     * The port(s) of a vSwitch: one name, a comma-separated list, or a list of names (several ports are a
     * team).
     */
    static ValueType<List<Located<String>>> ports(String key) {
        ListType<Located<String>> list = ListType.of(TEXT);
        return new ValueType<>() {
            @Override
            public List<Located<String>> read(Reading in, JsonPointer at) {
                if (in.cursor().kind() == Cursor.Kind.SEQUENCE) {
                    List<Located<String>> names = new ArrayList<>();
                    for (Located<String> name : list.read(in, at)) {
                        if (!name.value().isBlank()) {
                            names.add(new Located<>(name.value().trim(), name.location()));
                        }
                    }
                    return names;
                }
                Located<String> value = TEXT.read(in, at);
                if (value == null) {
                    return List.of();
                }
                List<Located<String>> ports = new ArrayList<>(1);
                for (String part : value.value().split(",")) {
                    if (!part.isBlank()) {
                        ports.add(new Located<>(part.trim(), value.location()));
                    }
                }
                return ports;
            }

            @Override
            public String describe() {
                return "a port name, or a list of them";
            }

            @Override
            public Map<String, Object> schema() {
                return Schemas.node("type", Schemas.types("string", "array"), "items",
                        Schemas.node("type", "string"), "description", describe());
            }
        };
    }

    /** {@code routes} of a host interface: only whether there are any matters (there must be none). */
    static final ValueType<Located<Integer>> HOST_ROUTES = new ValueType<>() {
        @Override
        public Located<Integer> read(Reading in, JsonPointer at) {
            Location start = in.location(at);
            ListType<Void> entries = ListType.of(new ValueType<>() {
                @Override
                public Void read(Reading r, JsonPointer p) {
                    r.cursor().skipNode();
                    return null;
                }

                @Override
                public String describe() {
                    return "a route";
                }
            });
            int[] count = {0};
            Cursor c = in.cursor();
            if (c.kind() == Cursor.Kind.SEQUENCE && c.tag() == null) {
                c.advance();
                while (c.kind() != Cursor.Kind.SEQUENCE_END) {
                    c.skipNode();
                    count[0]++;
                }
                c.advance();
            } else {
                entries.read(in, at);
            }
            return count[0] == 0 ? null : new Located<>(count[0], start);
        }

        @Override
        public String describe() {
            return "a list of routes (must be empty)";
        }

        @Override
        public Map<String, Object> schema() {
            return Schemas.node("type", Schemas.types("array"), "description", "routes of the Windows host: custom"
                    + " routes go to the Kubernetes VMs (kubernetes.routes), so this stays empty");
        }
    };

    static Located<IPAddress> parseAddress(Reading in, Location at, String text, Family family, boolean prefixAllowed,
                                           String what) {
        IPAddress value = in.addresses().get(text);
        if (value == null) {
            try {
                value = Addresses.parse(text);
            } catch (AddressStringException | IncompatibleAddressException e) {
                in.invalid(at, Messages.quote(text) + " is not " + what + ": " + AddressText.whyNot(text, e));
                return null;
            }
            if (in.addresses().size() < 10_000) {
                in.addresses().put(text, value);
            }
        }
        if (!prefixAllowed && value.isPrefixed()) {
            in.invalid(at, Messages.quote(text) + " is not " + what + ": it has a prefix length where one address is"
                    + " expected");
            return null;
        }
        if (family == Family.V4 && !value.isIPv4() || family == Family.V6 && !value.isIPv6()) {
            in.invalid(at, Messages.quote(text) + " is an " + (value.isIPv4() ? "IPv4" : "IPv6") + " address where "
                    + what + " is expected");
            return null;
        }
        return new Located<>(value, at);
    }

    /** A scalar type: the checks common to every scalar, then {@link #convert}. */
    private abstract static class Scalar<V> implements ValueType<V> {

        private final String what;

        Scalar(String what) {
            this.what = what;
        }

        @Override
        public final V read(Reading in, JsonPointer at) {
            Cursor c = in.cursor();
            if (c.isNull()) {
                c.advance();
                return null;
            }
            if (c.kind() != Cursor.Kind.SCALAR) {
                in.invalid(in.location(at), "expected " + what + ", found " + in.found());
                c.skipNode();
                return null;
            }
            if (!in.untagged(at)) {
                c.advance();
                return null;
            }
            String text = c.text();
            if (blankIsAbsent() && text.isBlank()) {
                c.advance();
                return null;
            }
            Location location = in.location(at);
            V value = convert(in, location, text);
            c.advance();
            return value;
        }

        /** Whether an empty string counts as no value (true for everything but booleans and numbers). */
        boolean blankIsAbsent() {
            return true;
        }

        /** The value of the scalar at the cursor, or {@code null} after reporting why not. */
        abstract V convert(Reading in, Location at, String text);

        @Override
        public String describe() {
            return what;
        }

        @Override
        public Map<String, Object> schema() {
            return Schemas.node("type", Schemas.types("string"), "description", what);
        }
    }
}
