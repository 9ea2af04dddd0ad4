package dev.gantry.signing.jgit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.util.RawParseUtils;

/** The bytes a commit's signature covers: the raw commit without its {@code gpgsig} header. */
final class SignedPayload {

    private static final byte[] HEADER = "gpgsig".getBytes(StandardCharsets.US_ASCII);

    private SignedPayload() {
    }

    /** The commit without the header line and its continuation lines; the commit itself when unsigned. */
    static byte[] of(byte[] rawCommit) {
        int value = RawParseUtils.headerStart(HEADER, rawCommit, 0);
        if (value < 0) {
            return rawCommit;
        }
        int headerStart = value - HEADER.length - 1;
        int afterHeader = Math.min(RawParseUtils.nextLfSkippingSplitLines(rawCommit, value) + 1, rawCommit.length);
        ByteArrayOutputStream payload = new ByteArrayOutputStream(rawCommit.length);
        payload.write(rawCommit, 0, headerStart);
        payload.write(rawCommit, afterHeader, rawCommit.length - afterHeader);
        return payload.toByteArray();
    }
}
