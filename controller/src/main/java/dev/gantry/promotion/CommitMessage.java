package dev.gantry.promotion;

import dev.gantry.pointer.ProjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The message of a commit Gantry writes: a one-line subject, a blank line, a body, a blank line
 * and trailers in git's trailer format, so that {@code git log}, {@code git interpret-trailers}
 * and {@code gantry history} all read it. The formats are in {@code docs/promotion.md}.
 *
 * @param subject the first line
 * @param body free text for people; may be empty
 * @param trailers the trailers, in order
 */
public record CommitMessage(String subject, String body, List<Trailer> trailers) {

    /** The release the pointer names after the commit. */
    public static final String RELEASE = "Gantry-Release";

    /** The environment the release came from: A for a promotion, the environment itself for a rollback. */
    public static final String FROM = "Gantry-From";

    /** The environment whose pointer the commit changes. */
    public static final String ENVIRONMENT = "Gantry-Environment";

    /** Why a policy was overridden with {@code --force}. */
    public static final String OVERRIDE = "Gantry-Override";

    /** The approver, {@code Name <email>}, on an approval commit. */
    public static final String APPROVED_BY = "Approved-by";

    /** Copies the trailers so the record stays immutable. */
    public CommitMessage {
        trailers = List.copyOf(trailers);
    }

    /** {@code promote: <repository>/<project> <A> -> <B> (<short7>)} with its trailers. */
    public static CommitMessage promote(ProjectRef project, String from, String to, String release, String body,
            Optional<String> override) {
        List<Trailer> trailers = new ArrayList<>(List.of(new Trailer(RELEASE, release), new Trailer(FROM, from),
                new Trailer(ENVIRONMENT, to)));
        override.ifPresent(reason -> trailers.add(new Trailer(OVERRIDE, reason)));
        return new CommitMessage("promote: " + project + " " + from + " -> " + to + " (" + shortSha(release) + ")",
                body, trailers);
    }

    /** {@code rollback: <repository>/<project> <E> <current short7> -> <target short7>} with its trailers. */
    public static CommitMessage rollback(ProjectRef project, String environment, String current, String target,
            String body, Optional<String> override) {
        List<Trailer> trailers = new ArrayList<>(List.of(new Trailer(RELEASE, target), new Trailer(FROM, environment),
                new Trailer(ENVIRONMENT, environment)));
        override.ifPresent(reason -> trailers.add(new Trailer(OVERRIDE, reason)));
        return new CommitMessage("rollback: " + project + " " + environment + " " + shortSha(current) + " -> "
                + shortSha(target), body, trailers);
    }

    /** {@code approve: <repository>/<project> <E> (<short7>)} with its trailers. */
    public static CommitMessage approve(ProjectRef project, String environment, String release, String body,
            String approver) {
        return new CommitMessage("approve: " + project + " " + environment + " (" + shortSha(release) + ")", body,
                List.of(new Trailer(RELEASE, release), new Trailer(ENVIRONMENT, environment),
                        new Trailer(APPROVED_BY, approver)));
    }

    /** The whole message, ending in a line break. */
    public String text() {
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        if (!body.isBlank()) {
            text.append(body.strip()).append("\n\n");
        }
        trailers.forEach(trailer -> text.append(trailer).append('\n'));
        return text.toString();
    }

    private static String shortSha(String sha) {
        return sha.substring(0, Math.min(7, sha.length()));
    }
}
