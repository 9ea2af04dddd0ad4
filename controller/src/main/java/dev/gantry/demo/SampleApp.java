package dev.gantry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample application's two commits, from the jar's resources: release 1 (a Deployment, a Service
 * and a ConfigMap, and a static page in an image built from scratch) and release 2, which changes
 * the page and the greeting and adds a PodDisruptionBudget, so rolling back prunes it.
 */
final class SampleApp {

    /** The project folder in the source repository, holding {@code gantry.yaml}. */
    static final String PROJECT_PATH = "hello";

    private static final String ROOT = "/dev/gantry/demo/sample-app/";

    private static final List<String> RELEASE_1 = List.of("README.md", "hello/gantry.yaml", "hello/app/index.html",
            "hello/deploy/configmap.yaml", "hello/deploy/deployment.yaml", "hello/deploy/service.yaml");

    private static final List<String> RELEASE_2 = List.of("hello/app/index.html", "hello/deploy/configmap.yaml",
            "hello/deploy/poddisruptionbudget.yaml");

    private SampleApp() {
    }

    /** The files of the first commit. */
    static Map<String, String> firstCommit() {
        return read("release-1/", RELEASE_1);
    }

    /** The files the second commit changes or adds. */
    static Map<String, String> secondCommit() {
        return read("release-2/", RELEASE_2);
    }

    private static Map<String, String> read(String folder, List<String> paths) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : paths) {
            try (InputStream in = SampleApp.class.getResourceAsStream(ROOT + folder + path)) {
                if (in == null) {
                    throw new DemoFailedException("the sample application's " + path + " is missing from this build");
                }
                files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DemoFailedException("cannot read the sample application's " + path + ": " + e.getMessage(), e);
            }
        }
        return files;
    }
}
