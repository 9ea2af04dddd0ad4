package dev.gantry.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Tests that need a real API server are skipped, with both ways to run them, when there is none. */
class RealApiServerExtensionTest {

    @Test
    void skipsEveryTestNamingTheKubeconfigVariableAndHowToBuildTheControlPlane() {
        Assumptions.assumeTrue(ClusterChoice.fromEnvironment() instanceof ClusterChoice.NoApiServer none && !none.required(),
                "this machine has a real API server (GANTRY_IT_KUBECONFIG or a built test control plane), or CI=true,"
                        + " so nothing is skipped");

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NeedsAnApiServer.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).aborted(2).succeeded(0).failed(0));
        tests.assertThatEvents().haveExactly(2, event(test(), abortedWithReason(message(reason ->
                reason.startsWith("no real Kubernetes API server: GANTRY_IT_KUBECONFIG is not set")
                        && reason.contains("test-cluster/build.sh")
                        && reason.contains("GANTRY_TEST_CLUSTER")))));
        assertThat(NeedsAnApiServer.ran).isFalse();
    }

    @Test
    void failsInsteadOfSkippingWhenCiRequiresAServer() {
        ClusterChoice.NoApiServer none = new ClusterChoice.NoApiServer(java.util.List.of(Path.of("/nowhere")), true);

        assertThatThrownBy(() -> RealApiServerExtension.missing(none)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("CI=true requires a real API server; no real Kubernetes API server:")
                .hasMessageContaining("/nowhere");
    }

    /** Run only through the test kit above; its name keeps surefire and failsafe from picking it up. */
    @WithRealApiServer
    static class NeedsAnApiServer {

        static boolean ran;

        @Test
        void usesTheServer(RealApiServer server) {
            ran = true;
        }

        @Test
        void needsNoParameterButIsSkippedAllTheSame() {
            ran = true;
        }
    }
}
