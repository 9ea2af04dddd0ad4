package dev.gantry.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one reconcile did to one project in one environment, as stored beside the pointer commit.
 * Serialised as one line of JSON with a fixed field order (see {@code docs/audit-notes.md}).
 *
 * @param environment the environment
 * @param repository the project's source repository name
 * @param project the project
 * @param release the full release commit SHA
 * @param digest the release artifact's manifest digest, or null when it was never resolved
 * @param appliedObjects the objects applied, in apply order
 * @param result how it ended
 * @param message a one-line summary, or the failure's reason; may be null
 * @param startedAt when the reconcile of this project started
 * @param finishedAt when it ended
 * @param controllerVersion the controller's version
 */
public record AuditRecord(String environment, String repository, String project, String release, String digest,
        List<AuditedObject> appliedObjects, AuditResult result, String message, Instant startedAt, Instant finishedAt,
        String controllerVersion) {

    /** The {@code apiVersion} every record carries. */
    public static final String API_VERSION = "gantry.dev/v1";

    /** The {@code kind} every record carries. */
    public static final String KIND = "AuditRecord";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Copies the list so the record stays immutable; identity, result and times are required. */
    public AuditRecord {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        appliedObjects = List.copyOf(appliedObjects);
    }

    /** The record as one line of JSON, without a line break; every field present, nulls as null. */
    public String toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("apiVersion", API_VERSION);
        json.put("kind", KIND);
        json.put("environment", environment);
        json.put("repository", repository);
        json.put("project", project);
        json.put("release", release);
        json.put("digest", digest);
        ArrayNode objects = json.putArray("appliedObjects");
        for (AuditedObject object : appliedObjects) {
            objects.addObject().put("apiVersion", object.apiVersion()).put("kind", object.kind())
                    .put("namespace", object.namespace()).put("name", object.name()).put("uid", object.uid())
                    .put("resourceVersion", object.resourceVersion());
        }
        json.put("result", result.name());
        json.put("message", message);
        json.put("startedAt", startedAt.toString());
        json.put("finishedAt", finishedAt.toString());
        json.put("controllerVersion", controllerVersion);
        return JSON.writeValueAsString(json);
    }

    /**
     * Reads a record; fields it does not know are ignored, so newer controllers may add some.
     *
     * @throws IllegalArgumentException when the text is not an audit record
     */
    public static AuditRecord fromJson(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            if (!KIND.equals(json.path("kind").stringValue(null))) {
                throw new IllegalArgumentException("not a " + KIND + ": kind is " + json.path("kind"));
            }
            List<AuditedObject> objects = new ArrayList<>();
            json.path("appliedObjects").forEach(object -> objects.add(new AuditedObject(text(object, "apiVersion"),
                    text(object, "kind"), text(object, "namespace"), text(object, "name"), text(object, "uid"),
                    text(object, "resourceVersion"))));
            return new AuditRecord(text(json, "environment"), text(json, "repository"), text(json, "project"),
                    text(json, "release"), text(json, "digest"), objects, AuditResult.valueOf(text(json, "result")),
                    text(json, "message"), Instant.parse(text(json, "startedAt")), Instant.parse(text(json, "finishedAt")),
                    text(json, "controllerVersion"));
        } catch (JacksonException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not an audit record: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).stringValue(null);
    }
}
