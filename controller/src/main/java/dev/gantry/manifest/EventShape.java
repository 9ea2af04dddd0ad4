package dev.gantry.manifest;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.events.Event;

/** Checks one file's event stream for nesting, aliases and documents, before anything is built from it. */
final class EventShape {

    private final String path;
    private final ManifestLimits limits;

    EventShape(String path, ManifestLimits limits) {
        this.path = path;
        this.limits = limits;
    }

    /**
     * Walks the events.
     *
     * @param events the file's events
     * @param documentsBefore documents already read from earlier files
     * @return the line each of the file's documents starts on
     */
    List<Integer> check(Iterable<Event> events, int documentsBefore) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        int aliases = 0;
        for (Event event : events) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    starts.add(line(event));
                    if (documentsBefore + starts.size() > limits.maxDocuments()) {
                        throw refused(event, "more than " + limits.maxDocuments() + " YAML documents in one release's"
                                + " manifests or one project's patches");
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > limits.maxDepth()) {
                        throw refused(event, "nesting deeper than " + limits.maxDepth() + " levels");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > limits.maxAliases()) {
                        throw refused(event, "more than " + limits.maxAliases()
                                + " aliases in one file: aliases are bounded to stop expansion attacks");
                    }
                }
                default -> { }
            }
        }
        return starts;
    }

    private ManifestInvalidException refused(Event event, String problem) {
        return ManifestYaml.refused(path, line(event), event.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1), problem);
    }

    private static int line(Event event) {
        return event.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }
}
