package dev.gantry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The {@code gitops-repo-template} folder, embedded in the jar at build time so the demo works from
 * any directory. Spring's resource resolver lists it from a folder or from inside the nested jar;
 * no Spring context is started.
 */
final class GitOpsTemplate {

    private static final String ROOT = "dev/gantry/demo/gitops-repo-template/";

    private GitOpsTemplate() {
    }

    /** Every file of the template by its path in the repository, with {@code /} separators. */
    static SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(GitOpsTemplate.class.getClassLoader())
                    .getResources("classpath*:" + ROOT + "**")) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                if (!path.isEmpty() && !path.endsWith("/") && resource.isReadable()) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new DemoFailedException("cannot read the embedded gitops-repo-template: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DemoFailedException("the gitops-repo-template is not embedded in this build (" + ROOT + ")");
        }
        return files;
    }
}
