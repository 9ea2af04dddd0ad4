package dev.gantry.testing.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the annotated class a {@link RealApiServer} parameter: the one that
 * {@code GANTRY_IT_KUBECONFIG} names, or the test control plane started once per JVM from its built
 * binary. Without either, every test is aborted with a reason naming the ways to run it; with
 * {@code CI=true} every test fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RealApiServerExtension.class)
public @interface WithRealApiServer {
}
