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
record Actor(String name, String email) {

    static final Actor DEVELOPER = new Actor("Carol Developer", "carol@example.com");
    static final Actor ALICE = new Actor("Alice Approver", "alice@example.com");
    static final Actor BOB = new Actor("Bob Approver", "bob@example.com");
    static final Actor CI = new Actor("Demo CI", "ci@example.com");

    /** This actor as a commit's author, now by {@code clock}. */
    Person at(Clock clock) {
        return new Person(name, email, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
