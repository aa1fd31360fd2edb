package dev.netlint.rules.settings;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.DomainValidator.ArrayType;
import org.apache.commons.validator.routines.DomainValidator.Item;

/**
 * Decides whether a text is a domain name, with commons-validator's {@link DomainValidator}, and says
 * what is wrong when it is not.
 *
 * <p>{@code DomainValidator.getInstance(true)} accepts the IANA top-level domains plus
 * {@code localhost} and {@code localdomain} only: it refuses {@code corp.contoso.local},
 * {@code plant.internal} and {@code site1.lan}, suffixes that real plants use. A DNS suffix is a name
 * the site's own DNS servers answer for, not a public one, so whether its top label is registered is
 * beside the point; only its syntax is. So a name the validator refuses is tried once more with its own
 * top label declared as a local one ({@link ArrayType#LOCAL_PLUS}): the validator then judges labels,
 * lengths and IDN forms exactly as for a public name. A top label must still start with a letter, so
 * an IPv4 address is never a domain name.
 */
final class DomainNames {

    private static final DomainValidator PUBLIC_OR_LOCAL = DomainValidator.getInstance(true);
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z][a-z0-9-]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_CHARS = Pattern.compile("[a-z0-9-]*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private DomainNames() {
    }

    /** Whether {@code name} is a domain name (a single label counts, as a Windows DNS suffix may be one). */
    static boolean isValid(String name) {
        return problem(name) == null;
    }

    /**
     * A validator that accepts {@code name}'s top label, whatever it is, when that label has the syntax of
     * one; the plain validator otherwise. Used for a URL's host too.
     */
    static DomainValidator validatorFor(String name) {
        String top = topLabel(name);
        if (top == null || !TOP_LABEL.matcher(top).matches() || PUBLIC_OR_LOCAL.isValidTld(top)) {
            return PUBLIC_OR_LOCAL;
        }
        return DomainValidator.getInstance(true, List.of(new Item(ArrayType.LOCAL_PLUS, top.toLowerCase(Locale.ROOT))));
    }

    /** What makes {@code name} not a domain name, or {@code null} when it is one. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        String top = topLabel(name);
        if (top != null && top.chars().allMatch(Character::isDigit)) {
            return "its last label '" + top + "' is all digits (an address is not a domain name)";
        }
        if (validatorFor(name).isValid(name)) {
            return null;
        }
        return explain(name);
    }

    /** Says which rule of RFC 1035/1123 syntax the name breaks. */
    private static String explain(String name) {
        String plain = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (plain.isEmpty() || plain.startsWith(".") || plain.endsWith(".") || plain.contains("..")) {
            return "it has an empty label (a leading dot or two dots in a row)";
        }
        int length = 0;
        for (String label : plain.split("\\.")) {
            String ascii;
            try {
                ascii = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                ascii = label;
            }
            if (ascii.length() > MAX_LABEL) {
                return "label '" + label + "' is " + ascii.length() + " characters long (at most " + MAX_LABEL + ")";
            }
            if (!LABEL_CHARS.matcher(ascii).matches()) {
                int bad = ascii.codePoints().filter(c -> !(c < 128 && Character.isLetterOrDigit(c)) && c != '-')
                        .findFirst().orElse('?');
                return "label '" + label + "' contains '" + new String(Character.toChars(bad))
                        + "' (a label has letters, digits and hyphens only)";
            }
            if (ascii.startsWith("-") || ascii.endsWith("-")) {
                return "label '" + label + "' starts or ends with a hyphen";
            }
            length += ascii.length() + 1;
        }
        if (length - 1 > MAX_NAME) {
            return "it is " + (length - 1) + " characters long (at most " + MAX_NAME + ")";
        }
        String top = topLabel(plain);
        return top != null && !TOP_LABEL.matcher(top).matches()
                ? "its last label '" + top + "' does not start with a letter" : "it is not a domain name";
    }

    /** The last label, in its ASCII (IDN) form when it has one, or {@code null} when empty. */
    private static String topLabel(String name) {
        String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        int dot = body.lastIndexOf('.');
        String top = dot < 0 ? body : body.substring(dot + 1);
        if (top.isEmpty()) {
            return null;
        }
        // IDN's ToASCII leaves an ASCII label as it is (RFC 3490, 4.1: no nameprep, no Punycode), and
        // initialising IDN's string preparation costs a first device more than its whole check
        if (top.chars().allMatch(c -> c < 0x80)) {
            return top;
        }
        try {
            return IDN.toASCII(top, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return top;
        }
    }
}
