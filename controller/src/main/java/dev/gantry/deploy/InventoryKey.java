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

    /** The name of the object that stores the inventory: {@code gantry-inventory-<repository>-<project>}. */
    public String objectName() {
        return "gantry-inventory-" + repository + "-" + project;
    }
}
