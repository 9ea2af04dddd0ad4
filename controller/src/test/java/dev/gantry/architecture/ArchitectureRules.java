package dev.gantry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.gantry.failure.GantryException;
import java.util.List;

/** The package rules of HOUSE-STYLE, parameterised by base package so tests can prove they bite. */
final class ArchitectureRules {

    /** Technologies whose types must stay in adapters, never in a port's package. */
    static final List<String> ADAPTER_TECHNOLOGIES = List.of(
            "org.eclipse.jgit..", "land.oras..", "com.google.cloud.tools.jib..", "io.fabric8..", "org.bouncycastle..",
            "io.github.bucket4j..");

    private ArchitectureRules() {
    }

    /** Capability packages ({@code base.X}) do not depend on each other in a cycle. */
    static ArchRule capabilitiesAreFreeOfCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** A capability's port package never depends on its own adapter sub-packages. */
    static ArchRule portsDoNotDependOnTheirAdapters(String base) {
        return classes().that().resideInAPackage(base + ".*")
                .should(new ArchCondition<JavaClass>("not depend on their own adapter sub-packages") {
                    @Override
                    public void check(JavaClass port, ConditionEvents events) {
                        String adapters = port.getPackageName() + ".";
                        for (Dependency dependency : port.getDirectDependenciesFromSelf()) {
                            if (dependency.getTargetClass().getPackageName().startsWith(adapters)) {
                                events.add(SimpleConditionEvent.violated(port, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** Port packages use no adapter technology's types. */
    static ArchRule portsUseNoAdapterTechnology(String base, List<String> technologies) {
        return noClasses().that().resideInAPackage(base + ".*")
                .should().dependOnClassesThat().resideInAnyPackage(technologies.toArray(String[]::new))
                .allowEmptyShould(true);
    }

    /** No grab-bag names. */
    static ArchRule noGrabBagNames(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().resideInAnyPackage("..common..", "..misc..")
                .allowEmptyShould(true);
    }

    /** Every unchecked exception carries a disposition, so the one mapping needs no list of types. */
    static ArchRule uncheckedExceptionsCarryADisposition(String base) {
        return classes().that().resideInAPackage(base + "..").and().areAssignableTo(RuntimeException.class)
                .should().beAssignableTo(GantryException.class)
                .allowEmptyShould(true);
    }
}
