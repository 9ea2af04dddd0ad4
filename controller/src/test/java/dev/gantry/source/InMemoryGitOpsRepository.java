package dev.gantry.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The GitOps port over one commit held in memory: a fake of a port Gantry owns, for pure tests.
 * Fetching gives that commit; the changes up to it are every file, added, and none after it.
 */
public final class InMemoryGitOpsRepository implements GitOpsRepository {

    private final String commit;
    private final TreeMap<String, String> files;

    /** Holds {@code files}, path to text, as the one commit {@code commit}. */
    public InMemoryGitOpsRepository(String commit, Map<String, String> files) {
        this.commit = commit;
        this.files = new TreeMap<>(files);
    }

    @Override
    public Commit fetch() {
        return new Commit(commit, Instant.EPOCH, "Test", "test@example.com");
    }

    @Override
    public ChangeSet changesBetween(String fromCommit, String toCommit) {
        check(toCommit);
        if (fromCommit != null) {
            check(fromCommit);
            return new ChangeSet(fromCommit, toCommit, List.of());
        }
        return new ChangeSet(null, toCommit, files.keySet().stream().map(path -> ChangedPath.classify(path, ChangeType.ADDED)).toList());
    }

    @Override
    public Optional<byte[]> read(String at, String path) {
        check(at);
        return Optional.ofNullable(files.get(path)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> list(String at, String folder) {
        check(at);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String path : files.tailMap(prefix).keySet()) {
            if (!path.startsWith(prefix)) {
                break;
            }
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            names.add(slash < 0 ? rest : rest.substring(0, slash + 1));
        }
        return List.copyOf(names);
    }

    @Override
    public List<FileCommit> history(String at, String path, int maxCount) {
        throw new UnsupportedOperationException("an in-memory repository holds one commit and no history");
    }

    private void check(String at) {
        if (!at.equals(commit)) {
            throw new CommitNotFoundException("commit " + at + " is not in memory");
        }
    }
}
