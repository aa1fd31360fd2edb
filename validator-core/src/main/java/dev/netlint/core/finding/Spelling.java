package dev.netlint.core.finding;

import java.util.Collection;
import java.util.Locale;

/** Closest known key, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The known word nearest to {@code word}, or {@code null} when none is close: within a third of its
     * length in edits (at least 2), or containing the word whole ({@code metric} for {@code routeMetric}).
     * Ties go to the alphabetically first word, so the hint is stable.
     */
    public static String closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String containing = null;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(word, candidate);
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
            if (lower.length() >= 4 && candidate.toLowerCase(Locale.ROOT).contains(lower)
                    && (containing == null || candidate.length() < containing.length())) {
                containing = candidate;
            }
        }
        if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
            return best;
        }
        return containing;
    }

    /**
     * {@code ; did you mean 'x'?} when a known name is close to {@code word}, else nothing. Stricter than
     * {@link #closest} for the short names of options ({@code jsn} is {@code json}, but {@code xml} is not
     * {@code html}): within a third of the name's length in edits, at least one, or containing the word.
     */
    public static String suggestion(String word, Collection<String> known) {
        String closest = closest(word, known);
        if (closest == null || distance(word, closest) > Math.max(1, closest.length() / 3)
                && !closest.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
            return "";
        }
        return "; did you mean '" + closest + "'?";
    }

    /** Levenshtein distance, ignoring case (a key in the wrong case is one edit away at most). */
    public static int distance(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return a.equals(b) ? 0 : 1;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (Math.abs(x.length() - y.length()) > 8 || x.length() > 200) {
            return Math.max(Math.abs(x.length() - y.length()), 9);
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
