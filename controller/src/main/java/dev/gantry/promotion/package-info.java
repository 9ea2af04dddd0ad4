/**
 * Promotion, rollback and approval as git commits, and the history of a release pointer.
 *
 * <p>{@link dev.gantry.promotion.PointerHistory} lists every commit that changed one pointer,
 * newest first and across renames, as {@link dev.gantry.promotion.PointerChange}s carrying the
 * commit's people, trailers and the pointer as it was. The rules a promotion or rollback must
 * meet and the commit messages Gantry writes are plain Java here; the JGit adapters that read
 * history and write commits live in {@code promotion.jgit}. The formats are in
 * {@code docs/promotion.md}.
 */
package dev.gantry.promotion;
