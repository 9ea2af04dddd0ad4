package dev.gantry.deploy.folder;

import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ObjectKey;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable file names for objects: {@code <namespace>/<kind>[.<group>]_<name>.yaml}, or
 * {@code _cluster/...} for cluster-scoped objects. Names that could leave the folder are refused,
 * as an API server refuses names that are not DNS subdomains.
 */
final class ObjectFiles {

    /** The folder of cluster-scoped objects; {@code _} cannot start a namespace name. */
    static final String CLUSTER_FOLDER = "_cluster";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,62}");

    private ObjectFiles() {
    }

    /** The object's file, relative to its environment's folder. */
    static Path of(ObjectKey key) {
        check(key);
        String group = key.group().isEmpty() ? "" : "." + key.group();
        String file = key.kind().toLowerCase(Locale.ROOT) + group + "_" + key.name() + ".yaml";
        return Path.of(key.clusterScoped() ? CLUSTER_FOLDER : key.namespace(), file);
    }

    /** A name used as one folder or file name, such as an environment; refused when it could leave the folder. */
    static String folderName(String name) {
        if (!validName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a lowercase DNS name, so it cannot name a folder");
        }
        return name;
    }

    private static void check(ObjectKey key) {
        if (!KIND.matcher(key.kind()).matches() || !(key.group().isEmpty() || validName(key.group()))) {
            throw new ApplyRejectedException(key, "the kind or API group is not a valid name", null);
        }
        if (!validName(key.name()) || !(key.clusterScoped() || validName(key.namespace()))) {
            throw new ApplyRejectedException(key, "the name or namespace is not a lowercase DNS subdomain", null);
        }
    }

    private static boolean validName(String name) {
        return NAME.matcher(name).matches() && !name.contains("..");
    }
}
