package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;
import java.util.Objects;
import java.util.Optional;

/**
 * A manifests layer was refused: it broke an {@link ArchiveRule}, and nothing was written to the
 * target folder. Refused: the same layer is refused again, so only another release fixes it.
 */
public class ArchiveRefusedException extends GantryException {

    private final ArchiveRule rule;
    private final String entry;

    private ArchiveRefusedException(ArchiveRule rule, String entry, String message) {
        super(Disposition.REFUSED, message);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.entry = entry;
    }

    /**
     * A refusal caused by one entry; the message reads {@code entry '<name>' <problem>}.
     *
     * @param rule the rule the entry broke
     * @param entry the entry's name exactly as the archive spells it
     * @param problem what is wrong with it, for example {@code escapes the target folder}
     * @return the exception
     */
    public static ArchiveRefusedException forEntry(ArchiveRule rule, String entry, String problem) {
        return new ArchiveRefusedException(rule, entry, "entry '" + entry + "' " + problem);
    }

    /**
     * A refusal of the layer as a whole, such as a digest mismatch.
     *
     * @param rule the rule the layer broke
     * @param message what is wrong, as one line
     * @return the exception
     */
    public static ArchiveRefusedException forLayer(ArchiveRule rule, String message) {
        return new ArchiveRefusedException(rule, null, message);
    }

    /**
     * The rule that was broken.
     *
     * @return the rule
     */
    public ArchiveRule rule() {
        return rule;
    }

    /**
     * The offending entry's name, when one entry caused the refusal.
     *
     * @return the name as the archive spells it, or empty for a refusal of the whole layer
     */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }
}
