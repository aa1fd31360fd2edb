package dev.netlint.core.internal.load.schema;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Related;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Spelling;
import dev.netlint.core.internal.load.source.Cursor;
import dev.netlint.core.internal.load.source.Messages;
import dev.netlint.core.internal.load.source.YamlCursor;
import dev.netlint.core.model.JsonPointer;
import dev.netlint.core.model.Located;
import dev.netlint.core.model.Location;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state of reading one document into the model: the cursor, the problems found, and what is
 * shared along the way (addresses parsed once, one instance per key text). The walk over a mapping's
 * keys lives here; what each key holds is in the {@link ObjectType} tables.
 */
public final class Reading {

    /** Keys that declare NIC teaming or bonding, which the device does not support. */
    private static final Set<String> TEAM_KEYS = Set.of("team", "teams", "nicteam", "nicteams", "nicteaming",
            "teaming", "bond", "bonds", "bonding", "lbfoteam", "lbfoteams", "netlbfoteam", "netlbfoteams",
            "teammembers", "teamname", "embeddedteaming");

    private final String file;
    private final Cursor cursor;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Located<String>> teamDeclarations = new ArrayList<>();
    /** Addresses parsed so far, by text: next hops and masks repeat thousands of times in a big file. */
    private final Map<String, IPAddress> addresses = new HashMap<>();
    /** One instance per key text that is not a known key (known keys share their field's). */
    private final Map<String, String> keys = new HashMap<>();
    /** One instance per short text value: a port name or a metric repeats on every route of a big file. */
    private final Map<String, String> texts = new HashMap<>();
    /** The key trackers of the mappings being read, one per nesting level, reused from mapping to mapping. */
    private Keys[] keyTrackers = new Keys[8];
    private int mappingDepth;
    private int invalid;
    private int structuralErrors;
    private int teamScope;

    public Reading(String file, Cursor cursor) {
        this.file = file;
        this.cursor = cursor;
    }

    Cursor cursor() {
        return cursor;
    }

    String file() {
        return file;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    List<Located<String>> teamDeclarations() {
        return teamDeclarations;
    }

    /** How many misspellings of a structural key were reported as errors. */
    public int structuralErrors() {
        return structuralErrors;
    }

    /** The address cache of this document. */
    Map<String, IPAddress> addresses() {
        return addresses;
    }

    // ---------------------------------------------------------------- places

    /** The location of the current event, with the JSON pointer {@code at}. */
    Location location(JsonPointer at) {
        Location location = new Location(file, cursor.line(), cursor.column(), at);
        int[] origin = cursor.origin();
        return origin == null ? location : location.reachedFrom(origin[0], origin[1]);
    }

    /** The key a pointer ends with, for messages ("routes must be a list"). */
    String keyName(JsonPointer at) {
        String key = at.lastKey();
        return key == null ? "the value" : key;
    }

    /** The current event in words, for "expected ..., found ..." messages. */
    String found() {
        return switch (cursor.kind()) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case SCALAR -> shown();
            default -> "nothing";
        };
    }

    /** The current scalar as the user wrote it: quoted text shows its quotes, so {@code "true"} reads as a string. */
    String shown() {
        return cursor.plain() ? Messages.quote(cursor.text())
                : "the quoted text \"" + Messages.abbreviate(cursor.text()) + "\"";
    }

    // ---------------------------------------------------------------- problems

    void invalid(Location at, String message) {
        invalid++;
        problems.add(new LoadProblem(LoadProblem.INVALID_VALUE, at, message));
    }

    public void missing(Location entry, String message) {
        problems.add(new LoadProblem(LoadProblem.MISSING_VALUE, entry, message));
    }

    void problem(String rule, Location at, String message) {
        problems.add(new LoadProblem(rule, at, message));
    }

    /** Forgets the problems found since the {@code count}-th: they belong to a part that is not read after all. */
    void dropProblemsSince(int count) {
        problems.subList(Math.min(count, problems.size()), problems.size()).clear();
    }

    /** How many values could not be read so far: a field whose read raises it is unknown. */
    int invalidCount() {
        return invalid;
    }

    /** Reports an explicit tag: netlint reads plain values, and never builds objects from tags. */
    boolean untagged(JsonPointer at) {
        String tag = cursor.tag();
        if (tag == null) {
            return true;
        }
        invalid(location(at), "the tag " + Messages.abbreviate(YamlCursor.shortTag(tag))
                + " is not allowed: netlint reads plain values and never builds objects from tags");
        return false;
    }

    // ---------------------------------------------------------------- team scope

    /** Enters the part of the file where team keys are collected. */
    void enterTeamScope() {
        teamScope++;
    }

    void leaveTeamScope() {
        teamScope--;
    }

    // ---------------------------------------------------------------- mappings

    /**
     * Reads the entries of a mapping whose start was consumed, up to and including its end: each known
     * key's value by its field's type into {@code values}; duplicate and unknown keys reported.
     */
    void readEntries(ObjectType<?> type, JsonPointer at, Values values) {
        Keys seen = keyTracker();
        try {
            readEntries(type, at, values, seen);
        } finally {
            mappingDepth--;
        }
    }

    /** An empty key tracker for the mapping starting now, at the next nesting level. */
    private Keys keyTracker() {
        if (mappingDepth == keyTrackers.length) {
            keyTrackers = java.util.Arrays.copyOf(keyTrackers, mappingDepth * 2);
        }
        Keys keys = keyTrackers[mappingDepth];
        if (keys == null) {
            keys = new Keys();
            keyTrackers[mappingDepth] = keys;
        } else {
            keys.clear();
        }
        mappingDepth++;
        return keys;
    }

    private void readEntries(ObjectType<?> type, JsonPointer at, Values values, Keys seen) {
        List<UnknownKey> unknown = null;
        while (cursor.kind() != Cursor.Kind.MAPPING_END) {
            if (cursor.kind() != Cursor.Kind.SCALAR) {
                invalid(location(at), "a key must be a plain value, found " + found() + " as a key in "
                        + type.name());
                cursor.skipNode();
                cursor.skipNode();
                continue;
            }
            String written = cursor.text();
            Field<?> field = type.field(written);
            String key = field != null ? field.key() : canonical(written);
            JsonPointer valueAt = at.child(key);
            int line = cursor.line();
            int column = cursor.column();
            int firstLine = seen.add(key, line, column);
            if (firstLine != 0) {
                duplicate(type, key, valueAt, line, column, firstLine, seen.columnOf(key));
                cursor.advance();
                cursor.skipNode();
                continue;
            }
            Location keyAt = field == null || field.isKeyLocated() ? location(valueAt) : null;
            cursor.advance();
            if (field == null) {
                if (teamScope > 0 && TEAM_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    teamDeclarations.add(new Located<>(key, keyAt));
                } else if (type.policy() != ObjectType.KeyPolicy.IGNORE) {
                    if (unknown == null) {
                        unknown = new ArrayList<>(2);
                    }
                    unknown.add(new UnknownKey(key, keyAt, problems.size()));
                    reportUnknown(type, key, keyAt);
                }
                cursor.skipNode();
                continue;
            }
            if (keyAt != null) {
                values.keyAt(field, keyAt);
            }
            boolean present = !cursor.isAbsent();
            int before = invalid;
            Object value = field.type().read(this, valueAt);
            values.set(field, value, present, invalid > before);
        }
        cursor.advance();
        if (unknown != null) {
            for (UnknownKey key : unknown) {
                upgradeIfStructural(type, key, seen);
            }
        }
    }

    /** An unknown key and the index of its problem (or where it would stand, when none was reported). */
    private record UnknownKey(String key, Location at, int problem) {
    }

    private void duplicate(ObjectType<?> type, String key, JsonPointer valueAt, int line, int column, int firstLine,
                           int firstColumn) {
        Location first = new Location(file, firstLine, firstColumn, valueAt);
        problems.add(new LoadProblem(LoadProblem.DUPLICATE_KEY, null, new Location(file, line, column, valueAt),
                "key '" + Messages.abbreviate(key) + "' appears twice in " + type.name() + "; the first, on line "
                        + firstLine + ", is the one read",
                List.of(new Related(first, "first '" + Messages.abbreviate(key) + "'"))));
    }

    /**
     * An unknown key, as a warning: every unknown key of a strict object, only near misses of a lenient
     * one. A lenient object's key that is no near miss is not reported.
     */
    private void reportUnknown(ObjectType<?> type, String key, Location at) {
        Set<String> known = keySet(type);
        String closest = Spelling.closest(key, known);
        boolean nearMiss = closest != null && Spelling.distance(key, closest) <= 2;
        String shown = Messages.abbreviate(key);
        if (type.policy() == ObjectType.KeyPolicy.STRICT) {
            problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + shown + "' in "
                    + type.name() + (closest != null ? "; did you mean '" + closest + "'?"
                    : "; the keys of " + type.name() + " are " + String.join(", ", known))));
        } else if (nearMiss) {
            problems.add(new LoadProblem(LoadProblem.UNKNOWN_KEY, at, "unknown key '" + shown + "' in "
                    + type.name() + "; did you mean '" + closest + "'?"));
        }
    }

    /**
     * A near miss of a structural key that the whole mapping lacks is an error, not a warning: as written,
     * the section is absent and every check that needs it is skipped.
     */
    private void upgradeIfStructural(ObjectType<?> type, UnknownKey unknown, Keys seen) {
        String closest = Spelling.closest(unknown.key(), keySet(type));
        if (closest == null || Spelling.distance(unknown.key(), closest) > 2 || !type.field(closest).isStructural()
                || seen.contains(closest)) {
            return;
        }
        structuralErrors++;
        LoadProblem error = new LoadProblem(LoadProblem.UNKNOWN_KEY, Severity.ERROR, unknown.at(), "unknown key '"
                + Messages.abbreviate(unknown.key()) + "' in " + type.name() + "; did you mean '" + closest
                + "'? As written, " + type.name() + " has no " + closest + ", so it is not read and every check"
                + " that needs it is skipped", List.of());
        if (unknown.problem() < problems.size() && problems.get(unknown.problem()).location() == unknown.at()) {
            problems.set(unknown.problem(), error);
        } else {
            problems.add(error);
        }
    }

    private static Set<String> keySet(ObjectType<?> type) {
        return type.keys();
    }

    /**
     * The one instance of a short text value (the 100,000 routes of a big device write {@code Port3} and
     * {@code 100} 100,000 times each: 10 MB of the loaded device as separate strings); at most 10,000
     * texts are kept.
     */
    String shared(String text) {
        if (text.length() > SHARED_LENGTH) {
            return text;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < 10_000) {
            texts.put(text, text);
        }
        return text;
    }

    /** The longest text value {@link #shared} looks up. */
    private static final int SHARED_LENGTH = 32;

    /** The one instance of an unknown key's text; at most 10,000 are kept (a hostile file may have millions). */
    private String canonical(String key) {
        String known = keys.get(key);
        if (known != null) {
            return known;
        }
        if (keys.size() < 10_000) {
            keys.put(key, key);
        }
        return key;
    }

    /** The keys of one mapping so far; most mappings have a handful, so a short array beats hashing. */
    private static final class Keys {

        private String[] names = new String[8];
        private int[] lines = new int[8];
        private int[] columns = new int[8];
        private int size;
        private Map<String, int[]> many;

        void clear() {
            java.util.Arrays.fill(names, 0, size, null);
            size = 0;
            many = null;
        }

        /** Adds a key; returns the line of an earlier key of the same text, or 0. */
        int add(String key, int line, int column) {
            if (many != null) {
                int[] earlier = many.putIfAbsent(key, new int[] {line, column});
                return earlier == null ? 0 : earlier[0];
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return lines[i];
                }
            }
            if (size == names.length) {
                many = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    many.put(names[i], new int[] {lines[i], columns[i]});
                }
                many.put(key, new int[] {line, column});
                return 0;
            }
            names[size] = key;
            lines[size] = line;
            columns[size++] = column;
            return 0;
        }

        int columnOf(String key) {
            if (many != null) {
                return many.get(key)[1];
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return columns[i];
                }
            }
            return 1;
        }

        boolean contains(String key) {
            if (many != null) {
                return many.containsKey(key);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }
}
