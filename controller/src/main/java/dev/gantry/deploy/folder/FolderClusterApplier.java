package dev.gantry.deploy.folder;

import dev.gantry.deploy.AppliedObject;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.BuiltInKinds;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.GantryLabels;
import dev.gantry.deploy.Health;
import dev.gantry.deploy.HealthStatus;
import dev.gantry.deploy.Inventory;
import dev.gantry.deploy.InventoryKey;
import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.deploy.ResourceScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded target: writes each object exactly as it would be applied to
 * {@code <root>/<environment>/<namespace>/<kind>[.<group>]_<name>.yaml} (cluster-scoped objects under
 * {@code _cluster/}), choosing the environment by the {@code gantry.dev/environment} label every
 * rendered object carries, and keeps each project's inventory in
 * {@code <root>/.inventories/<environment>/}. Like an API server, it refuses a kind it does not
 * serve (neither built in nor defined by a CustomResourceDefinition written here) and an object
 * placed against its kind's scope, on apply and dry run alike. Nothing runs: health is reported
 * as not assessed.
 */
public final class FolderClusterApplier implements ClusterApplier {

    /** The health message of every object written here. */
    public static final String NOT_RUN = "applied; no workloads run in the embedded target";

    private static final String INVENTORIES = ".inventories";

    private final Path root;

    /** Writes under {@code root}, which is created when missing. */
    public FolderClusterApplier(Path root) {
        this.root = root;
    }

    /**
     * The health of an object in the embedded target, in the form the reconcile pipeline assesses
     * health: unknown once written, since no workload runs here to judge.
     *
     * @param key the object
     * @param live its content, or null when it was not written
     * @return unknown when written, progressing when not
     */
    public static Health assess(ObjectKey key, Map<String, Object> live) {
        return live == null ? new Health(HealthStatus.PROGRESSING, "not written yet")
                : new Health(HealthStatus.UNKNOWN, NOT_RUN);
    }

    @Override
    public Optional<ResourceScope> scopeOf(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return BuiltInKinds.of(group, kind).or(() -> new AppliedDefinitions(root).scopeOf(group, kind));
    }

    @Override
    public AppliedObject apply(KubernetesObject object) {
        ObjectKey key = object.key();
        String environment = environmentOf(object);
        admit(key);
        String yaml = YamlFiles.dump(object.content());
        try {
            YamlFiles.write(root.resolve(environment).resolve(ObjectFiles.of(key)), yaml);
        } catch (IOException e) {
            throw unavailable("cannot write " + key, e);
        }
        return new AppliedObject(key, UUID.nameUUIDFromBytes((environment + " " + key).getBytes(StandardCharsets.UTF_8))
                .toString(), version(yaml));
    }

    /** Refuses what apply would refuse; nothing here validates an object's content as an API server would. */
    @Override
    public void dryRun(KubernetesObject object) {
        environmentOf(object);
        admit(object.key());
        ObjectFiles.of(object.key());
    }

    @Override
    public void awaitEstablished(ObjectKey crd, Duration timeout) {
        if (read(crd).isEmpty()) {
            throw new ClusterUnavailableException(crd + " was not established within " + timeout
                    + ": it was not written to the embedded target at " + root, null);
        }
    }

    @Override
    public Optional<Map<String, Object>> read(ObjectKey key) {
        Path file = ObjectFiles.of(key);
        try {
            for (Path environment : environments()) {
                if (Files.isRegularFile(environment.resolve(file))) {
                    return Optional.of(YamlFiles.read(environment.resolve(file)));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable("cannot read " + key, e);
        }
    }

    @Override
    public void delete(ObjectKey key) {
        Path file = ObjectFiles.of(key);
        try {
            for (Path environment : environments()) {
                Files.deleteIfExists(environment.resolve(file));
            }
        } catch (IOException e) {
            throw unavailable("cannot delete " + key, e);
        }
    }

    @Override
    public Optional<Inventory> readInventory(InventoryKey key) {
        Path file = inventoryFile(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(InventoryFile.fromMap(key, YamlFiles.read(file))) : Optional.empty();
        } catch (IOException e) {
            throw unavailable("cannot read the inventory of " + key.repository() + "/" + key.project(), e);
        }
    }

    @Override
    public void writeInventory(Inventory inventory) {
        try {
            YamlFiles.write(inventoryFile(inventory.key()), YamlFiles.dump(InventoryFile.toMap(inventory)));
        } catch (IOException e) {
            throw unavailable("cannot write the inventory of " + inventory.key().repository() + "/"
                    + inventory.key().project(), e);
        }
    }

    @Override
    public void deleteInventory(InventoryKey key) {
        try {
            Files.deleteIfExists(inventoryFile(key));
        } catch (IOException e) {
            throw unavailable("cannot delete the inventory of " + key.repository() + "/" + key.project(), e);
        }
    }

    private Path inventoryFile(InventoryKey key) {
        return root.resolve(INVENTORIES).resolve(ObjectFiles.folderName(key.environment()))
                .resolve(ObjectFiles.folderName(key.objectName()) + ".yaml");
    }

    private void admit(ObjectKey key) {
        ResourceScope scope = scopeOf(key.apiVersion(), key.kind()).orElseThrow(() -> new ApplyRejectedException(key,
                "the embedded target does not serve kind " + key.kind() + " in " + key.apiVersion()
                        + ": it is not built in and no CustomResourceDefinition written here defines it", null));
        if (scope == ResourceScope.NAMESPACED && key.namespace() == null) {
            throw new ApplyRejectedException(key, key.kind() + " is namespaced but the object names no namespace", null);
        }
        if (scope == ResourceScope.CLUSTER && key.namespace() != null) {
            throw new ApplyRejectedException(key, "the embedded target serves " + key.kind()
                    + " as cluster-scoped, but it was confined as an object of namespace " + key.namespace(), null);
        }
    }

    private static String environmentOf(KubernetesObject object) {
        if (object.content().get("metadata") instanceof Map<?, ?> metadata && metadata.get("labels") instanceof Map<?, ?> labels
                && labels.get(GantryLabels.ENVIRONMENT) instanceof String environment) {
            return ObjectFiles.folderName(environment);
        }
        throw new ApplyRejectedException(object.key(), "the embedded target needs the label " + GantryLabels.ENVIRONMENT
                + " to choose the environment's folder", null);
    }

    private List<Path> environments() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static String version(String yaml) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private ClusterUnavailableException unavailable(String what, IOException e) {
        return new ClusterUnavailableException(what + " in the embedded target at " + root + ": " + e.getMessage(), e);
    }
}
