package dev.gantry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A source repository with one project, {@value #PROJECT}, of N generated manifests in turn a
 * Deployment, a Service and a ConfigMap (about 1 KiB each); each {@link #commit} changes one of them.
 */
final class ManifestSource implements AutoCloseable {

    static final String PROJECT = "shop";
    private static final PersonIdent AUTHOR = new PersonIdent("bench", "bench@example.com", 1767225600000L, 0);

    private final Git git;
    private final int manifests;
    private int commits;

    private ManifestSource(Git git, int manifests) {
        this.git = git;
        this.manifests = manifests;
    }

    /** A new repository in {@code folder} with {@code manifests} manifests, not yet committed. */
    static ManifestSource create(Path folder, int manifests) throws IOException, GitAPIException {
        Path deploy = Files.createDirectories(folder.resolve(PROJECT).resolve("deploy"));
        Files.writeString(folder.resolve(PROJECT).resolve("gantry.yaml"),
                "apiVersion: gantry.dev/v1\nkind: Project\nmetadata:\n  name: shop\nspec:\n  manifests: deploy/\n");
        for (int i = 0; i < manifests; i++) {
            Files.writeString(deploy.resolve(String.format("m-%04d.yaml", i)), manifest(i, 0));
        }
        return new ManifestSource(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), manifests);
    }

    Path folder() {
        return git.getRepository().getWorkTree().toPath();
    }

    /** The manifests folder, for {@code tar czf}. */
    Path deploy() {
        return folder().resolve(PROJECT).resolve("deploy");
    }

    /** Rewrites one manifest with a new version and commits everything; returns the commit's SHA. */
    String commit() throws IOException, GitAPIException {
        commits++;
        int changed = commits % manifests;
        Files.writeString(deploy().resolve(String.format("m-%04d.yaml", changed)), manifest(changed, commits));
        git.add().addFilepattern(".").call();
        RevCommit commit = git.commit().setMessage("version " + commits).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
        return commit.name();
    }

    private static String manifest(int index, int version) {
        String name = String.format("svc-%04d", index / 3);
        String labels = """
                  labels:
                    app.kubernetes.io/name: %s
                    app.kubernetes.io/version: "1.0.%d"
                    app.kubernetes.io/part-of: shop
                """.formatted(name, version);
        return switch (index % 3) {
            case 0 -> """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                    %2$sspec:
                      replicas: %3$d
                      selector:
                        matchLabels: { app.kubernetes.io/name: %1$s }
                      template:
                        metadata:
                          labels: { app.kubernetes.io/name: %1$s }
                        spec:
                          containers:
                            - name: app
                              image: registry.example.com/shop/%1$s@sha256:%4$064x
                              ports: [{ name: http, containerPort: 8080 }]
                              resources:
                                requests: { cpu: %5$dm, memory: 64Mi }
                                limits: { cpu: 500m, memory: 512Mi }
                              readinessProbe:
                                httpGet: { path: /ready, port: http }
                    """.formatted(name, labels, 2 + index % 4, (long) index * 2654435761L, 50 + index % 200);
            case 1 -> """
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: %1$s
                    %2$sspec:
                      selector: { app.kubernetes.io/name: %1$s }
                      ports:
                        - { name: http, port: 80, targetPort: http }
                        - { name: metrics, port: 9090, targetPort: 9090 }
                    """.formatted(name, labels);
            default -> """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: %1$s-config
                    %2$sdata:
                      DATABASE_URL: postgres://%1$s.db.shop.svc:5432/%1$s
                      CACHE_TTL_SECONDS: "%3$d"
                      FEATURE_FLAGS: checkout-v2,search-suggestions,%1$s-beta
                    """.formatted(name, labels, 30 + index % 600);
        };
    }

    @Override
    public void close() {
        git.close();
    }
}
