package dev.gantry.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which earlier value of a pointer a rollback writes back: the N-th distinct earlier release, or
 * one named by a release SHA or a pointer commit SHA (full, or a prefix of at least 7 characters).
 *
 * @param steps how many distinct earlier releases back, when {@code sha} is null
 * @param sha a release or pointer commit SHA, or null
 */
public record RollbackTarget(int steps, String sha) {

    /** The shortest SHA prefix accepted. */
    public static final int MIN_PREFIX = 7;

    /** {@code --steps N}. */
    public static RollbackTarget steps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("--steps must be at least 1, not " + steps);
        }
        return new RollbackTarget(steps, null);
    }

    /** {@code --to SHA}. */
    public static RollbackTarget sha(String sha) {
        if (!sha.matches("[0-9a-fA-F]{" + MIN_PREFIX + ",40}")) {
            throw new IllegalArgumentException("--to needs a release or commit SHA of 7 to 40 hex digits, not '" + sha + "'");
        }
        return new RollbackTarget(0, sha.toLowerCase(Locale.ROOT));
    }

    /**
     * Picks the change whose pointer values go back, from a history whose first valid pointer is the current one.
     *
     * @param history the pointer's history, newest first
     * @return the chosen change, always one with a valid pointer naming a release other than the current one
     */
    public Optional<PointerChange> choose(List<PointerChange> history, String current) {
        List<PointerChange> earlier = distinctEarlierReleases(history, current);
        if (sha == null) {
            return steps <= earlier.size() ? Optional.of(earlier.get(steps - 1)) : Optional.empty();
        }
        return earlier.stream().filter(change -> change.pointer().release().startsWith(sha)).findFirst()
                .or(() -> history.stream().filter(change -> change.commit().startsWith(sha))
                        .filter(change -> change.pointer() != null && !change.pointer().release().equals(current))
                        .findFirst());
    }

    /** For each distinct earlier release, newest first, the latest change that set it. */
    private static List<PointerChange> distinctEarlierReleases(List<PointerChange> history, String current) {
        List<String> releases = new ArrayList<>(List.of(current));
        List<PointerChange> changes = new ArrayList<>();
        for (PointerChange change : history) {
            if (change.pointer() != null && !releases.contains(change.pointer().release())) {
                releases.add(change.pointer().release());
                changes.add(change);
            }
        }
        return changes;
    }

    /** How the target reads in messages. */
    public String describe() {
        return sha == null ? steps + (steps == 1 ? " release" : " releases") + " back" : sha;
    }
}
