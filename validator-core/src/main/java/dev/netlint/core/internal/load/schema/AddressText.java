package dev.netlint.core.internal.load.schema;

import dev.netlint.core.internal.load.source.Messages;

/**
 * Why a text is not an address, in the terms of the file rather than of the parsing library: which
 * part is wrong and how to write it.
 */
final class AddressText {

    private AddressText() {
    }

    /** The reason, without repeating the text; {@code e} is the parser's exception, used only as a last resort. */
    static String whyNot(String written, Exception e) {
        String text = written.trim();
        if (text.isEmpty()) {
            return "it is empty";
        }
        int space = firstSpace(text);
        if (space >= 0) {
            return "it contains a space; write it without one, as " + text.replaceAll("\\s+", "");
        }
        int dash = text.indexOf('-');
        if (dash > 0 && text.indexOf(':') < 0) {
            String bound = whyNotBound(text.substring(0, dash));
            if (bound == null) {
                bound = whyNotBound(text.substring(dash + 1));
            }
            if (bound != null) {
                return bound;
            }
        }
        if (own(e) != null) {
            return own(e);
        }
        String reason = whyNotBound(text);
        return reason != null ? reason : "it is not an IPv4 or IPv6 address";
    }

    /** Our own messages, raised by {@link dev.netlint.core.model.AddressRange} and Addresses. */
    private static String own(Exception e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        if (message.contains(" mixes IPv4 and IPv6") || message.contains(" starts after it ends")
                || message.contains(" is not a single address")) {
            int cut = message.indexOf("range ");
            return cut >= 0 ? "the " + message.substring(cut) : message;
        }
        return null;
    }

    /** Why one address (with an optional prefix length) is wrong, or {@code null} when no reason is found. */
    private static String whyNotBound(String part) {
        String text = part.trim();
        String address = text;
        String length = null;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            address = text.substring(0, slash);
            length = text.substring(slash + 1);
        }
        if (address.indexOf(':') >= 0) {
            return ipv6(address, length);
        }
        if (address.chars().allMatch(Character::isDigit) && !address.isEmpty()) {
            return "it is a single number, not an address; a subnet mask is written dotted (/24 is 255.255.255.0)"
                    + " and an address has four parts, such as 192.168.20.10";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return "the character '" + c + "' cannot appear in an IPv4 address";
            }
        }
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return "it has " + parts.length + " part" + (parts.length == 1 ? "" : "s")
                    + " where an IPv4 address has 4, such as 192.168.20.10";
        }
        for (String octet : parts) {
            if (octet.isEmpty()) {
                return "it has an empty part between two dots";
            }
            if (octet.length() > 3 || Integer.parseInt(octet) > 255) {
                return "the part " + octet + " is over 255";
            }
            if (octet.length() > 1 && octet.charAt(0) == '0') {
                return "the part " + octet + " has a leading zero, which some tools read as octal; write "
                        + Integer.parseInt(octet);
            }
        }
        return length == null ? null : prefixLength(length, 32);
    }

    private static String ipv6(String address, String length) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.' && c != '%') {
                return "the character '" + c + "' cannot appear in an IPv6 address";
            }
        }
        if (address.contains(":::") || address.indexOf("::") != address.lastIndexOf("::")) {
            return "'::' may stand only once in an IPv6 address";
        }
        if (length != null) {
            String reason = prefixLength(length, 128);
            if (reason != null) {
                return reason;
            }
        }
        return "it is not a valid IPv6 address (eight groups of up to four hex digits, '::' for a run of zeros)";
    }

    private static String prefixLength(String length, int max) {
        if (length.isEmpty() || !length.chars().allMatch(Character::isDigit)) {
            return "the prefix length /" + Messages.abbreviate(length) + " is not a number";
        }
        if (length.length() > 3 || Integer.parseInt(length) > max) {
            return "the prefix length /" + Messages.abbreviate(length) + " is over " + max;
        }
        if (length.length() > 1 && length.charAt(0) == '0') {
            return "the prefix length /" + length + " has a leading zero";
        }
        return null;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
