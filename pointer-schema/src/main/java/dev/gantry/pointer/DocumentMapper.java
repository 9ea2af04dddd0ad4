package dev.gantry.pointer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Builds the records from a tree that has already passed its schema. */
final class DocumentMapper {

    private static final Pattern DURATION_PART = Pattern.compile("([0-9]+)(ms|s|m|h)");

    private DocumentMapper() {
    }

    static ReleasePointer pointer(JsonNode root) {
        JsonNode metadata = root.path("metadata");
        JsonNode spec = root.path("spec");
        JsonNode aliases = spec.path("aliases");
        return new ReleasePointer(
                metadata.path("name").stringValue(null),
                metadata.path("environment").stringValue(null),
                spec.path("release").stringValue(null),
                optional(spec, "digest"),
                aliases.isObject() ? new ReleasePointer.Aliases(
                        aliases.has("numeric") ? wholeNumber(aliases.get("numeric"), "/spec/aliases/numeric") : null,
                        optional(aliases, "tag"),
                        optional(aliases, "branch")) : ReleasePointer.Aliases.NONE,
                optional(spec, "deployedBy"),
                timestamp(spec, "deployedAt"),
                optional(spec, "approvedBy"),
                timestamp(spec, "approvedAt"));
    }

    static Environment environment(JsonNode root) {
        JsonNode spec = root.path("spec");
        return new Environment(
                root.path("metadata").path("name").stringValue(null),
                optional(spec, "promotesFrom"),
                spec.path("namespace").stringValue(Environment.DEFAULT_NAMESPACE),
                cluster(spec.path("cluster")),
                optional(spec, "registry"),
                sync(spec.path("sync")),
                approval(spec.path("approval")),
                clusterResources(spec.path("allowedClusterResources")));
    }

    private static Environment.Cluster cluster(JsonNode cluster) {
        JsonNode secret = cluster.path("kubeconfigSecret");
        if (secret.isObject()) {
            return new Environment.Cluster(new Environment.SecretKey(
                    secret.path("name").stringValue(null), secret.path("key").stringValue("kubeconfig")), null);
        }
        String file = optional(cluster, "kubeconfigFile");
        return file != null ? new Environment.Cluster(null, file) : Environment.Cluster.IN_CLUSTER;
    }

    private static Environment.Sync sync(JsonNode sync) {
        Environment.Sync defaults = Environment.Sync.DEFAULT;
        return new Environment.Sync(
                sync.path("auto").asBoolean(defaults.auto()),
                sync.path("prune").asBoolean(defaults.prune()),
                sync.path("selfHeal").asBoolean(defaults.selfHeal()),
                sync.has("interval") ? duration(sync.get("interval").stringValue(), "/spec/sync/interval")
                        : defaults.interval(),
                sync.has("healthTimeout") ? duration(sync.get("healthTimeout").stringValue(), "/spec/sync/healthTimeout")
                        : defaults.healthTimeout());
    }

    private static Environment.Approval approval(JsonNode approval) {
        List<String> approvers = new ArrayList<>();
        approval.path("approvers").forEach(node -> approvers.add(node.stringValue()));
        return new Environment.Approval(
                approval.path("required").asBoolean(false),
                approvers,
                approval.has("minApprovals") ? (int) wholeNumber(approval.get("minApprovals"), "/spec/approval/minApprovals") : 1,
                approval.path("requireSignedCommits").asBoolean(false),
                optional(approval, "allowedSigners"));
    }

    private static List<Environment.ClusterResource> clusterResources(JsonNode list) {
        List<Environment.ClusterResource> resources = new ArrayList<>();
        list.forEach(node -> resources.add(new Environment.ClusterResource(
                node.path("group").stringValue(""), node.path("kind").stringValue(null))));
        return resources;
    }

    private static String optional(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }

    /**
     * A whole number the schema accepted: JSON Schema's {@code integer} admits {@code 3E42}, which
     * no Java {@code long} holds, so that is a located problem rather than a crash.
     */
    static long wholeNumber(JsonNode node, String pointer) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        java.math.BigDecimal value = node.decimalValue();
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new FieldValueException(pointer, pointer.substring(1).replace('/', '.') + ": " + node
                    + " is not a whole number between -9223372036854775808 and 9223372036854775807");
        }
    }

    /** Parses an RFC 3339 timestamp the schema accepted; leap seconds and the like have no Java value. */
    private static OffsetDateTime timestamp(JsonNode spec, String field) {
        String text = optional(spec, field);
        try {
            return text == null ? null : OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new FieldValueException("/spec/" + field, "spec." + field + ": '" + text
                    + "' cannot be represented (leap seconds and years beyond 9999 are not supported)");
        }
    }

    /** Parses {@code 1h30m}, {@code 90s}, {@code 500ms}; the schema has already checked its form, not its size. */
    static Duration duration(String text, String pointer) {
        try {
            Duration total = Duration.ZERO;
            Matcher part = DURATION_PART.matcher(text);
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
            }
            return total;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FieldValueException(pointer, pointer.substring(1).replace('/', '.') + ": '" + text
                    + "' is too long a duration");
        }
    }
}
