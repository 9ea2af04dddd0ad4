package dev.gantry.testing.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the annotated class its own {@link ClusterTarget}, injected into a
 * {@code ClusterTarget} parameter: the real API server named by the environment variable
 * {@value ClusterChoice#KUBECONFIG}, else the test control plane when it is built (each with a fresh
 * namespace that is deleted after the test), else the in-memory fake, which {@code CI=true} refuses. Which one ran is
 * printed once per class and published as a report entry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ClusterTargetExtension.class)
public @interface WithClusterTarget {
}
