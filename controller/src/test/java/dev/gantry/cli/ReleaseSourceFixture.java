package dev.gantry.cli;

import dev.gantry.source.jgit.SourceRepositoryFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/** A source repository holding one buildable project, {@code hello}, with a scratch image and two manifests. */
final class ReleaseSourceFixture {

    static final String DESCRIPTOR = """
            apiVersion: gantry.dev/v1
            kind: Project
            metadata:
              name: hello
            spec:
              images:
                - name: web
                  from: scratch
                  layers:
                    - from: app/
                      to: /app/
                  entrypoint: ["/app/hello"]
                  env: { GREETING: hi }
                  ports: [8080]
                  user: "65532"
              manifests: deploy/
            """;

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: hello
            spec:
              replicas: 1
              selector:
                matchLabels: { app: hello }
              template:
                metadata:
                  labels: { app: hello }
                spec:
                  containers:
                    - name: web
                      image: gantry://web   # replaced by the digest-pinned image
                      ports: [{ containerPort: 8080 }]
            """;

    static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: hello
            spec:
              selector: { app: hello }
              ports: [{ port: 80, targetPort: 8080 }]
            """;

    private ReleaseSourceFixture() {
    }

    /** Creates the repository with one commit and returns that commit. */
    static RevCommit create(Path folder, Map<String, String> overrides) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("hello/gantry.yaml", DESCRIPTOR);
        files.put("hello/app/hello*", "#!/bin/sh\necho \"$GREETING\"\n");
        files.put("hello/deploy/deployment.yaml", DEPLOYMENT);
        files.put("hello/deploy/service.yaml", SERVICE);
        files.put("README.md", "A sample source repository.\n");
        files.putAll(overrides);
        try (SourceRepositoryFixture source = SourceRepositoryFixture.create(folder)) {
            return source.commit("hello", Instant.parse("2026-02-01T12:00:00Z"), files);
        }
    }
}
