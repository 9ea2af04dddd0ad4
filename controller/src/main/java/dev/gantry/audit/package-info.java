/**
 * The audit trail of reconciles: one {@link dev.gantry.audit.AuditRecord} per project and
 * reconcile, saying what was applied, where, when, with which digest, and how it ended, kept
 * beside the pointer commit by an {@link dev.gantry.audit.AuditLog}.
 *
 * <p>The record's JSON form lives here because it is the audit trail's format, read by auditors
 * and other tools; where it is stored belongs to {@code audit.gitnotes}.
 */
package dev.gantry.audit;
