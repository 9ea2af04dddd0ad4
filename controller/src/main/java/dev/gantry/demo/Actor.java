package dev.gantry.demo;

import dev.gantry.promotion.Person;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Someone the demo acts as: the developer, the approvers, the CI system.
 *
 * @param name the git name
 * @param email the git email; the approvers' are those of the template's production environment
 */
public record Actor(String name, String email) {

    /** The developer who commits, promotes and rolls back. */
    static final Actor DEVELOPER = new Actor("Carol Developer", "carol@example.com");
    /** An approver of production in the template. */
    static final Actor ALICE = new Actor("Alice Approver", "alice@example.com");
    /** The other approver of production in the template. */
    static final Actor BOB = new Actor("Bob Approver", "bob@example.com");
    /** The CI system that builds and points dev at each build. */
    static final Actor CI = new Actor("Demo CI", "ci@example.com");

    /** This actor as a commit's author, now by {@code clock}. */
    public Person at(Clock clock) {
        return new Person(name, email, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
