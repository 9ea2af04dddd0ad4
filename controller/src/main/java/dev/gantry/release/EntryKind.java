package dev.gantry.release;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** The two kinds of tar entry extraction accepts: a plain file or a folder. */
enum EntryKind {
    FILE,
    FOLDER;

    /**
     * Classifies an entry by its type flag, never by its name alone.
     *
     * @throws ArchiveRefusedException for links, devices, fifos, sparse files and any other type
     */
    static EntryKind of(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        boolean plain = flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM;
        if (entry.isSparse()) {
            throw refuse(ArchiveRule.SPECIAL_FILE, entry, "is a sparse file");
        }
        if (flag == TarConstants.LF_DIR || plain && entry.isDirectory()) {
            return FOLDER;
        }
        if (plain) {
            return FILE;
        }
        throw refusal(entry);
    }

    private static ArchiveRefusedException refusal(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return refuse(ArchiveRule.LINK, entry, "is a symbolic link to '" + entry.getLinkName() + "'");
        }
        if (entry.isLink()) {
            return refuse(ArchiveRule.LINK, entry, "is a hard link to '" + entry.getLinkName() + "'");
        }
        if (entry.isCharacterDevice()) {
            return refuse(ArchiveRule.SPECIAL_FILE, entry, "is a character device");
        }
        if (entry.isBlockDevice()) {
            return refuse(ArchiveRule.SPECIAL_FILE, entry, "is a block device");
        }
        if (entry.isFIFO()) {
            return refuse(ArchiveRule.SPECIAL_FILE, entry, "is a fifo (named pipe)");
        }
        return refuse(ArchiveRule.SPECIAL_FILE, entry,
                "has tar type '" + (char) entry.getLinkFlag() + "', which is neither a file nor a folder");
    }

    private static ArchiveRefusedException refuse(ArchiveRule rule, TarArchiveEntry entry, String problem) {
        return ArchiveRefusedException.forEntry(rule, entry.getName(), problem);
    }
}
