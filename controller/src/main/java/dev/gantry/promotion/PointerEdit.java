package dev.gantry.promotion;

import dev.gantry.pointer.PointerWriter;
import dev.gantry.pointer.ReleasePointer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The edits promotion, rollback and approval make to a pointer's text, through {@link PointerWriter}
 * so that every other byte, comments included, stays as it was.
 */
public final class PointerEdit {

    private PointerEdit() {
    }

    /**
     * Points a pointer at another pointer's release: copies {@code release}, {@code digest} and
     * {@code aliases} (removing those the source does not have), sets {@code deployedBy} and
     * {@code deployedAt}, and clears the approval.
     *
     * @param path the pointer's path, for problems
     * @param text the pointer's current text
     * @param source the pointer whose release is copied
     * @param deployedBy the email of who asks
     * @param now when they ask; written in whole seconds, UTC
     * @return the new text
     */
    public static String pointAt(String path, String text, ReleasePointer source, String deployedBy, Instant now) {
        PointerWriter writer = PointerWriter.edit(path, text).set("spec.release", source.release());
        if (source.digest() == null) {
            writer.remove("spec.digest");
        } else {
            writer.set("spec.digest", source.digest());
        }
        return writer.setMapping("spec.aliases", aliases(source.aliases()))
                .set("spec.deployedBy", deployedBy)
                .set("spec.deployedAt", timestamp(now))
                .remove("spec.approvedBy")
                .remove("spec.approvedAt")
                .apply();
    }

    /** Moves a pointer's text to another environment's folder: only {@code metadata.environment} changes. */
    public static String moveTo(String path, String text, String environment) {
        return PointerWriter.edit(path, text).set("metadata.environment", environment).apply();
    }

    /** Records an approval: sets {@code approvedBy} and {@code approvedAt}. */
    public static String approve(String path, String text, String approver, Instant now) {
        return PointerWriter.edit(path, text).set("spec.approvedBy", approver).set("spec.approvedAt", timestamp(now)).apply();
    }

    /** An RFC 3339 UTC timestamp in whole seconds, such as {@code 2026-01-01T10:00:00Z}. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Map<String, Object> aliases(ReleasePointer.Aliases aliases) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("numeric", aliases.numeric());
        fields.put("tag", aliases.tag());
        fields.put("branch", aliases.branch());
        return fields;
    }
}
