package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds projects whose namespace would be shared by two environments. The controller keeps them
 * apart even then (inventories are per environment, and an object another environment applied is
 * a conflict), but a namespace two environments write to is almost always a namespace template
 * missing {@code {environment}}, and it makes every shared object name a refused release.
 */
final class SharedNamespaces {

    private SharedNamespaces() {
    }

    /** One problem per pointer whose namespace an earlier environment (in name order) already uses. */
    static List<Problem> check(List<RepositoryScan.PointerFile> pointers, Map<String, ParsedDocument<Environment>> environments) {
        Map<String, RepositoryScan.PointerFile> firstByNamespace = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        pointers.stream()
                .filter(pointer -> environments.containsKey(pointer.environment()))
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .forEach(pointer -> {
                    String namespace = environments.get(pointer.environment()).value()
                            .namespaceFor(pointer.project().repository(), pointer.project().project());
                    RepositoryScan.PointerFile first = firstByNamespace.putIfAbsent(namespace, pointer);
                    if (first != null && !first.environment().equals(pointer.environment())) {
                        ParsedDocument<Environment> environment = environments.get(pointer.environment());
                        problems.add(environment.problemAt("/spec", "environments '" + first.environment() + "' and '"
                                + pointer.environment() + "' would share namespace '" + namespace + "' for project "
                                + pointer.project() + "; give spec.namespace a template with {environment}"));
                    }
                });
        return problems;
    }
}
