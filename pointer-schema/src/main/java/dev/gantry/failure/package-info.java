/**
 * What a failure asks of whoever meets it, decided once by the failure itself.
 *
 * <p>Owns {@link dev.gantry.failure.Disposition} (refused, unavailable, waiting), the base
 * {@link dev.gantry.failure.GantryException} every Gantry exception extends to carry one, and the
 * one mapping {@link dev.gantry.failure.Dispositions#of(Throwable)} that the reconcile's retry
 * and the CLI's exit codes both use. It sits in the pointer-schema module, which depends on no
 * other Gantry code, so that the schema's own exceptions carry a disposition too.
 */
package dev.gantry.failure;
