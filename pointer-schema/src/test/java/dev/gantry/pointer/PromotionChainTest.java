package dev.gantry.pointer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromotionChainTest {

    @Test
    void findsNoLoopInAStraightChain() {
        PromotionChain chain = new PromotionChain(Map.of("staging", "dev", "production", "staging"));

        assertThat(chain.loopThrough("production")).isEmpty();
        assertThat(chain.loopThrough("dev")).isEmpty();
    }

    @Test
    void writesALoopInPromotionOrder() {
        PromotionChain chain = new PromotionChain(Map.of("dev", "production", "staging", "dev", "production", "staging"));

        assertThat(chain.loopThrough("dev")).contains("dev -> staging -> production -> dev");
    }

    @Test
    void doesNotBlameAnEnvironmentThatOnlyLeadsIntoALoop() {
        PromotionChain chain = new PromotionChain(Map.of("a", "b", "b", "c", "c", "b"));

        assertThat(chain.loopThrough("a")).isEmpty();
        assertThat(chain.loopThrough("b")).contains("b -> c -> b");
    }

    @Test
    void flagsPromotesFromThatNamesNoEnvironment() {
        PromotionChain chain = new PromotionChain(Map.of("staging", "qa"));

        assertThat(chain.promotesFromUnknown("staging", Set.of("dev", "staging"))).isTrue();
        assertThat(chain.promotesFromUnknown("dev", Set.of("dev", "staging"))).isFalse();
    }
}
