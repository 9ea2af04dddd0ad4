package dev.gantry.deploy;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entry of an object's {@code status.conditions}, as far as health needs it.
 *
 * @param type such as {@code Ready} or {@code Progressing}
 * @param status {@code True}, {@code False}, {@code Unknown}, or empty text when missing
 * @param reason a CamelCase reason, or empty text
 * @param message a sentence for people, or empty text
 * @param observedGeneration the generation the condition was set for, when it says
 */
record Condition(String type, String status, String reason, String message, Optional<Long> observedGeneration) {

    /** Reads one condition entry defensively. */
    static Condition of(LiveObject entry) {
        return new Condition(entry.text("type").orElse(""), entry.text("status").orElse(""),
                entry.text("reason").orElse(""), entry.text("message").orElse(""),
                entry.number("observedGeneration"));
    }

    /** Whether the status is {@code True}. */
    boolean isTrue() {
        return "True".equals(status);
    }

    /** Whether the status is {@code False}. */
    boolean isFalse() {
        return "False".equals(status);
    }

    /** The reason and message joined for a person, such as {@code BackoffLimitExceeded: Job has reached ...}. */
    String describe() {
        return Stream.of(reason, message).filter(part -> !part.isBlank()).collect(Collectors.joining(": "));
    }

    /** A prefix followed by the description when there is one. */
    String describe(String prefix) {
        String description = describe();
        return description.isEmpty() ? prefix : prefix + ": " + description;
    }
}
