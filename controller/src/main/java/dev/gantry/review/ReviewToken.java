package dev.gantry.review;

import java.util.Map;

/** An API token read from the environment; its text never appears in {@link #toString()}. */
public final class ReviewToken {

    private final String value;
    private final String variable;

    private ReviewToken(String value, String variable) {
        this.value = value;
        this.variable = variable;
    }

    /**
     * Reads the provider's token from the first of its variables that is set.
     *
     * @throws ReviewSettingsException when none is set
     */
    public static ReviewToken fromEnvironment(ReviewProvider provider, Map<String, String> environment) {
        for (String variable : provider.tokenVariables()) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new ReviewToken(value.strip(), variable);
            }
        }
        throw new ReviewSettingsException("no " + provider.title() + " token: set "
                + String.join(" or ", provider.tokenVariables()));
    }

    /** The token's text, for the Authorization header only. */
    public String value() {
        return value;
    }

    /** The variable it was read from, for messages. */
    public String variable() {
        return variable;
    }

    @Override
    public String toString() {
        return "token from " + variable;
    }
}
