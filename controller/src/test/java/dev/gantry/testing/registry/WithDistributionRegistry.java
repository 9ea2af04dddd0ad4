package dev.gantry.testing.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own started {@link DistributionRegistry}, injected into any
 * {@code DistributionRegistry} parameter, and skips the class with a reason when the binary is missing.
 *
 * <p>Each annotated class, including each annotated {@code @Nested} class, gets a registry of its own; a
 * nested class without the annotation shares its enclosing class's. Set the configuration parameter or
 * system property {@value DistributionRegistryExtension#BINARY_PARAMETER} to use another binary.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DistributionRegistryExtension.class)
public @interface WithDistributionRegistry {

    /** How the registry lets clients in. */
    RegistryAuth value() default RegistryAuth.ANONYMOUS;
}
