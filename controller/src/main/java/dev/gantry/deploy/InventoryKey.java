package dev.gantry.deploy;

/**
 * Names a project's inventory in one environment; it is kept in the environment's namespace for
 * that project.
 *
 * @param environment the environment
 * @param repository the project's repository
 * @param project the project
 * @param namespace the namespace the inventory is stored in
 */
public record InventoryKey(String environment, String repository, String project, String namespace) {

    /**
     * What every inventory's name starts with. A release may contain no ConfigMap whose name starts
     * with it (confinement refuses it), so no release can write or shadow an inventory.
     */
    public static final String NAME_PREFIX = "gantry-inventory";

    /**
     * The name of the object that stores the inventory:
     * {@code gantry-inventory.<environment>.<repository>.<project>}. The three are DNS-1123 labels,
     * which hold no dot, so two projects or environments never share a name ({@code a-b/c} and
     * {@code a/b-c} did, when the parts were joined with '-').
     */
    public String objectName() {
        return NAME_PREFIX + "." + environment + "." + repository + "." + project;
    }
}
