package dev.gantry.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * One Markdown file parsed as CommonMark: its relative link targets and the anchors its headings
 * get on GitHub.
 *
 * @param links every link and image destination, in order
 * @param anchors the headings' anchors
 */
record MarkdownPage(List<String> links, Set<String> anchors) {

    private static final Parser PARSER = Parser.builder().build();

    /** Parses the file. */
    static MarkdownPage read(Path file) {
        try {
            Collector collector = new Collector();
            PARSER.parse(Files.readString(file)).accept(collector);
            return new MarkdownPage(List.copyOf(collector.links), Set.copyOf(collector.anchors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The links that stay in the repository: no scheme such as {@code https:} or {@code mailto:}. */
    List<String> relativeLinks() {
        return links.stream().filter(link -> !link.isEmpty() && !link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")).toList();
    }

    /** Walks the document, collecting link destinations and heading anchors. */
    private static final class Collector extends AbstractVisitor {
        private final List<String> links = new ArrayList<>();
        private final Set<String> anchors = new TreeSet<>();
        private final Map<String, Integer> seen = new HashMap<>();

        @Override
        public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(image.getDestination());
        }

        @Override
        public void visit(Heading heading) {
            StringBuilder text = new StringBuilder();
            collectText(heading, text);
            String slug = slug(text.toString());
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }

        private static void collectText(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text plain) {
                    text.append(plain.getLiteral());
                } else if (child instanceof Code code) {
                    text.append(code.getLiteral());
                } else {
                    collectText(child, text);
                }
            }
        }

        /** GitHub's heading anchor: lower case, punctuation dropped except hyphens and underscores, spaces to hyphens. */
        private static String slug(String heading) {
            return heading.toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
        }
    }
}
