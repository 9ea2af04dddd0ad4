package dev.gantry.reconcile;

import dev.gantry.deploy.ClusterEvent;
import dev.gantry.deploy.EventSink;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.ObjectKey;

/** Reports each outcome as a Kubernetes Event on the project's inventory in its namespace. */
public final class EventsRecorder implements OutcomeRecorder {

    private final EventSink events;

    /** Emits into the given sink. */
    public EventsRecorder(EventSink events) {
        this.events = events;
    }

    @Override
    public void record(ProjectOutcome outcome, SyncContext context) {
        ProjectTarget target = outcome.target();
        String namespace = target.environment().namespaceFor(target.project().repository(), target.project().project());
        InventoryKey inventory = new InventoryKey(target.environment().name(), target.project().repository(),
                target.project().project(), namespace);
        ObjectKey involved = new ObjectKey("v1", "ConfigMap", namespace, inventory.objectName());
        boolean good = outcome.result() == ProjectOutcome.Result.APPLIED || outcome.result() == ProjectOutcome.Result.PRUNED
                || outcome.result() == ProjectOutcome.Result.PROGRESSING;
        events.emit(new ClusterEvent(involved, good ? ClusterEvent.Type.NORMAL : ClusterEvent.Type.WARNING,
                reason(outcome.result()), target.project() + " at " + context.commit().substring(0, 7) + ": "
                        + outcome.message()));
    }

    private static String reason(ProjectOutcome.Result result) {
        return switch (result) {
            case APPLIED -> "ReleaseApplied";
            case PROGRESSING -> "ReleaseProgressing";
            case UNHEALTHY -> "ReleaseUnhealthy";
            case PRUNED -> "ProjectPruned";
            case REFUSED -> "ReleaseRefused";
            case FAILED -> "ReconcileFailed";
            case OUT_OF_SYNC -> "AutoSyncOff";
        };
    }
}
