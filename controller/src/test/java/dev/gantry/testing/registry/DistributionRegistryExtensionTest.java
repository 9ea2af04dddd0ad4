package dev.gantry.testing.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Tests that need a registry are skipped with a reason, never passed, when the binary is missing. */
class DistributionRegistryExtensionTest {

    @Test
    void skipsEveryTestAndSaysHowToInstallTheRegistryWhenTheBinaryIsMissing() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NeedsARegistry.class))
                .configurationParameter(DistributionRegistryExtension.BINARY_PARAMETER, "/nonexistent/docker-registry")
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(2).aborted(2).succeeded(0).failed(0));
        tests.assertThatEvents().haveExactly(2, event(test(),
                abortedWithReason(message(reason -> reason.contains("/nonexistent/docker-registry")
                        && reason.contains("apt-get install docker-registry")))));
        assertThat(NeedsARegistry.ran).isFalse();
    }

    /** Run only through the test kit above; its name keeps surefire and failsafe from picking it up. */
    @WithDistributionRegistry
    static class NeedsARegistry {

        static boolean ran;

        @Test
        void usesTheRegistry(DistributionRegistry registry) {
            ran = true;
        }

        @Test
        void needsNoParameterButIsSkippedAllTheSame() {
            ran = true;
        }
    }
}
