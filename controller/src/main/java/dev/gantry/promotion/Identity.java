package dev.gantry.promotion;

/**
 * Who makes a commit: git's {@code user.name} and {@code user.email}.
 *
 * @param name the name
 * @param email the email address, which the pointer's {@code deployedBy} and {@code approvedBy} record
 */
public record Identity(String name, String email) {

    /** {@code Name <email>}. */
    public String nameAndEmail() {
        return name + " <" + email + ">";
    }
}
