package dev.gantry.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The GitOps port over one commit held in memory: a fake of a port Gantry owns, for pure tests. */
final class InMemoryGitOpsRepository implements GitOpsRepository {

    private final String commit;
    private final TreeMap<String, String> files;

    InMemoryGitOpsRepository(String commit, Map<String, String> files) {
        this.commit = commit;
        this.files = new TreeMap<>(files);
    }

    @Override
    public Commit fetch() {
        throw new UnsupportedOperationException("an in-memory repository has no remote");
    }

    @Override
    public ChangeSet changesBetween(String fromCommit, String toCommit) {
        throw new UnsupportedOperationException("an in-memory repository holds one commit");
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
