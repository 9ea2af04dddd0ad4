package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The promotesFrom links between environments: each must name an environment, and no chain may loop. */
final class PromotionChain {

    private final Map<String, String> promotesFrom;

    /** Creates the chain from environment name to the environment it promotes from (absent: none). */
    PromotionChain(Map<String, String> promotesFrom) {
        this.promotesFrom = promotesFrom;
    }

    /** Whether the environment's promotesFrom names an environment that does not exist. */
    boolean promotesFromUnknown(String environment, Set<String> known) {
        String source = promotesFrom.get(environment);
        return source != null && !known.contains(source);
    }

    /** The loop this environment sits on, in promotion order ({@code a -> b -> a}), if any. */
    Optional<String> loopThrough(String environment) {
        Set<String> seen = new LinkedHashSet<>();
        String current = environment;
        while (current != null && seen.add(current)) {
            current = promotesFrom.get(current);
        }
        if (!environment.equals(current)) {
            return Optional.empty();
        }
        List<String> loop = new ArrayList<>(seen);
        loop.add(environment);
        Collections.reverse(loop);
        return Optional.of(String.join(" -> ", loop));
    }
}
