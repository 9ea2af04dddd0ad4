package dev.gantry.promotion;

import java.time.OffsetDateTime;

/**
 * An author or committer of a commit, as git records them.
 *
 * @param name the name
 * @param email the email address
 * @param when the time, with the offset the person's git recorded
 */
public record Person(String name, String email, OffsetDateTime when) {

    /** {@code Name <email>}, as git and the {@code Approved-by:} trailer write a person. */
    public String nameAndEmail() {
        return name + " <" + email + ">";
    }
}
