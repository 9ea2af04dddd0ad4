package dev.gantry.cli;

import dev.gantry.promotion.CommitResult;
import dev.gantry.source.Trailer;
import dev.gantry.source.UrlRedactor;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** Prints a commit that promote, rollback or approve made, for people (text) and machines (json). */
final class CommitOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommitOutput() {
    }

    static void print(CommitResult result, Optional<String> pushedTo, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            out.println(JSON.writeValueAsString(json(result, pushedTo)));
            return;
        }
        out.println(result.message().subject());
        out.println("committed " + result.commit().substring(0, 7) + " on branch " + result.branch() + ": " + result.path());
        pushedTo.ifPresent(remote -> out.println("pushed " + result.branch() + " to " + UrlRedactor.redact(remote)));
    }

    private static Map<String, Object> json(CommitResult result, Optional<String> pushedTo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commit", result.commit());
        json.put("branch", result.branch());
        json.put("path", result.path());
        json.put("release", result.release());
        json.put("subject", result.message().subject());
        Map<String, String> trailers = new LinkedHashMap<>();
        for (Trailer trailer : result.message().trailers()) {
            trailers.put(trailer.key(), trailer.value());
        }
        json.put("trailers", trailers);
        json.put("pushedTo", pushedTo.map(UrlRedactor::redact).orElse(null));
        return json;
    }
}
