package dev.gantry.demo;

import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.reconcile.ProjectOutcome;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Tells what a sync did, a line per environment, and fails the demo when it did not do what was expected. */
final class SyncReport {

    private final Narration narration;
    private final DemoTarget target;
    private final UnaryOperator<String> releaseName;

    SyncReport(Narration narration, DemoTarget target, UnaryOperator<String> releaseName) {
        this.narration = narration;
        this.target = target;
        this.releaseName = releaseName;
    }

    /**
     * Tells the outcomes of a sync and checks that each expected environment applied its release.
     *
     * @param outcomes the sync's outcomes
     * @param expected release by environment that the sync must have applied
     */
    void tell(List<ProjectOutcome> outcomes, Map<String, String> expected) {
        for (ProjectOutcome outcome : outcomes) {
            String environment = outcome.target().environment().name();
            check(outcome, expected.get(environment));
            narration.say(String.format("%-12s %s: %d objects applied, %s -> %s", environment + ":",
                    releaseName.apply(outcome.target().pointer().release()), outcome.applied().size(), pruned(outcome),
                    target.description().replace("<environment>", environment)));
            if (target.healthNote() == null || outcome.health().status() != HealthStatus.UNKNOWN) {
                narration.say("             health " + outcome.health().status().name().toLowerCase() + ": "
                        + outcome.health().message());
            }
        }
        expected.keySet().stream().filter(environment -> outcomes.stream()
                .noneMatch(outcome -> outcome.target().environment().name().equals(environment))).findFirst()
                .ifPresent(environment -> {
                    throw new DemoFailedException("the controller did not reconcile " + environment);
                });
        if (target.healthNote() != null && outcomes.stream().anyMatch(o -> o.health().status() == HealthStatus.UNKNOWN)) {
            narration.say(target.healthNote());
        }
    }

    private void check(ProjectOutcome outcome, String release) {
        String environment = outcome.target().environment().name();
        if (outcome.result() != ProjectOutcome.Result.APPLIED) {
            throw new DemoFailedException(outcome.target().project() + " in " + environment + " ended "
                    + outcome.result() + ": " + outcome.message());
        }
        if (release != null && !release.equals(outcome.target().pointer().release())) {
            throw new DemoFailedException(environment + " applied " + outcome.target().pointer().release()
                    + ", not " + release);
        }
    }

    private static String pruned(ProjectOutcome outcome) {
        if (outcome.pruned().isEmpty()) {
            return "none pruned";
        }
        return "pruned " + outcome.pruned().stream().map(ObjectKey::toString).collect(Collectors.joining(", "));
    }
}
