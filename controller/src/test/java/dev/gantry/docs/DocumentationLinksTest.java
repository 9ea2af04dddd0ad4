package dev.gantry.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in {@code README.md} and {@code docs/**}{@code /*.md} reaches a file, and a heading where it names one. */
class DocumentationLinksTest {

    private static final Path DOCS = Path.of(System.getProperty("gantry.docs", "../docs")).toAbsolutePath().normalize();
    private static final Path ROOT = DOCS.getParent();

    @Test
    void everyRelativeLinkPointsAtAFileThatExists() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            MarkdownPage markdown = MarkdownPage.read(page);
            for (String link : markdown.relativeLinks()) {
                String problem = problem(page, link);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": (" + link + ") " + problem);
                }
            }
        }

        assertThat(pages()).contains(ROOT.resolve("README.md"), DOCS.resolve("README.md"), DOCS.resolve("architecture.md"));
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void reportsAMissingFileAndAMissingHeading(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("page.md");
        Files.writeString(page, "# Title\n\n[a](missing.md) [b](#nowhere) [c](#title) [d](https://example.com/x.md)\n");

        List<String> links = MarkdownPage.read(page).relativeLinks();

        assertThat(links).containsExactly("missing.md", "#nowhere", "#title");
        assertThat(problem(page, "missing.md")).isEqualTo("names no file");
        assertThat(problem(page, "#nowhere")).isEqualTo("names no heading of page.md");
        assertThat(problem(page, "#title")).isNull();
    }

    /** Why a link from {@code page} does not resolve, or null when it does. */
    private static String problem(Path page, String link) {
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            return "names no file";
        }
        if (hash >= 0 && target.toString().endsWith(".md")
                && !MarkdownPage.read(target).anchors().contains(link.substring(hash + 1))) {
            return "names no heading of " + target.getFileName();
        }
        return null;
    }

    private static List<Path> pages() {
        try (Stream<Path> docs = Files.walk(DOCS)) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")), docs.filter(path -> path.toString().endsWith(".md")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
