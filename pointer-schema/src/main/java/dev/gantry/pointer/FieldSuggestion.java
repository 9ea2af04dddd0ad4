package dev.gantry.pointer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the allowed field name a misspelt one was most likely meant to be. */
final class FieldSuggestion {

    private FieldSuggestion() {
    }

    /** The closest allowed name within an edit distance of two, ignoring case, if any. */
    static Optional<String> closest(String typed, List<String> allowed) {
        return allowed.stream()
                .filter(name -> distance(typed.toLowerCase(), name.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(name -> distance(typed.toLowerCase(), name.toLowerCase())));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
