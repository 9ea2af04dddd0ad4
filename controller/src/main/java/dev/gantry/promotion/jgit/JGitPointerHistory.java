package dev.gantry.promotion.jgit;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.promotion.HistoryUnavailableException;
import dev.gantry.promotion.Person;
import dev.gantry.promotion.PointerChange;
import dev.gantry.promotion.PointerHistory;
import dev.gantry.promotion.PointerState;
import dev.gantry.source.Trailer;
import dev.gantry.source.jgit.PathFollower;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Reads a pointer's history from a JGit repository, bare or not, starting at a revision
 * ({@code HEAD} unless told otherwise), with the source adapter's {@link PathFollower}: the same
 * walk the controller's approval check reads, following renames one line of history at a time.
 */
public final class JGitPointerHistory implements PointerHistory {

    private static final int MAX_POINTER_BYTES = 1024 * 1024;

    private final Repository repository;
    private final String revision;
    private final DocumentReader reader = new DocumentReader();

    /** Reads history reachable from {@code HEAD}. */
    public JGitPointerHistory(Repository repository) {
        this(repository, Constants.HEAD);
    }

    /** Reads history reachable from {@code revision}, such as a branch name or a commit SHA. */
    public JGitPointerHistory(Repository repository, String revision) {
        this.repository = repository;
        this.revision = revision;
    }

    @Override
    public List<PointerChange> changes(String environment, ProjectRef project) {
        String path = GitOpsLayout.pointerPath(environment, project);
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId start = repository.resolve(revision);
            if (start == null) {
                if (Constants.HEAD.equals(revision)) {
                    return List.of();
                }
                throw new HistoryUnavailableException("revision " + revision + " is not in " + describe(), null);
            }
            List<PointerChange> changes = new ArrayList<>();
            for (PathFollower.Visit visit : new PathFollower(walk).follow(walk.parseCommit(start), path, Integer.MAX_VALUE)) {
                changes.add(change(walk, visit));
            }
            return changes;
        } catch (IOException e) {
            throw new HistoryUnavailableException("cannot read the history of " + path + " in " + describe()
                    + ": " + e.getMessage(), e);
        }
    }

    private PointerChange change(RevWalk walk, PathFollower.Visit visit) throws IOException {
        RevCommit commit = visit.commit();
        walk.parseBody(commit);
        byte[] content = PathFollower.read(walk.getObjectReader(), commit, visit.path(), MAX_POINTER_BYTES);
        ReleasePointer pointer = content == null ? null : parse(visit.path(), content);
        PointerState state = content == null ? PointerState.DELETED
                : pointer == null ? PointerState.INVALID : PointerState.PRESENT;
        byte[] signature = commit.getRawGpgSignature();
        return new PointerChange(commit.name(), visit.path(), person(commit.getAuthorIdent()),
                person(commit.getCommitterIdent()), commit.getShortMessage(), trailers(commit), state, pointer,
                signature == null ? null : new String(signature, StandardCharsets.US_ASCII));
    }

    private ReleasePointer parse(String path, byte[] content) {
        try {
            return reader.readPointer(path, content).value();
        } catch (DocumentInvalidException e) {
            return null;
        }
    }

    private static List<Trailer> trailers(RevCommit commit) {
        return commit.getFooterLines().stream().map(line -> new Trailer(line.getKey(), line.getValue().trim())).toList();
    }

    static Person person(PersonIdent ident) {
        return new Person(ident.getName(), ident.getEmailAddress(),
                OffsetDateTime.ofInstant(ident.getWhenAsInstant(), ident.getZoneId()));
    }

    private String describe() {
        return repository.isBare() ? repository.getDirectory().toString() : repository.getWorkTree().toString();
    }
}
