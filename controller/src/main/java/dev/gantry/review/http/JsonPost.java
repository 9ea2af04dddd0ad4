package dev.gantry.review.http;

import dev.gantry.review.PullRequestDraft;
import dev.gantry.review.ReviewRepository;
import dev.gantry.review.ReviewToken;
import dev.gantry.review.ReviewUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends one JSON POST to a review API and turns each failure into a message that says what to check. */
final class JsonPost {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final ReviewRepository repository;
    private final ReviewToken token;

    JsonPost(HttpClient client, ReviewRepository repository, ReviewToken token) {
        this.client = client;
        this.repository = repository;
        this.token = token;
    }

    /** Posts {@code body} to {@code path} below the API URL with the given headers; returns the 2xx answer's JSON. */
    JsonNode send(String path, Map<String, String> headers, Map<String, Object> body, PullRequestDraft draft) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(repository.apiUrl() + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "gantry")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ReviewUnavailableException("cannot reach " + title() + " at " + repository.apiUrl() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewUnavailableException("interrupted while opening a " + requestName() + " on " + title(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ReviewUnavailableException(refusal(response.statusCode(), apiMessage(response.body()), draft));
        }
        return parse(response.body());
    }

    private String refusal(int status, String detail, PullRequestDraft draft) {
        String http = " (HTTP " + status + ")";
        String because = detail.isEmpty() ? "" : ": " + detail;
        return switch (status) {
            case 401 -> title() + " refused the token from " + token.variable() + http + ": it is wrong or expired";
            case 403 -> title() + " denied opening a " + requestName() + " in " + repository.path() + http + ": the token from "
                    + token.variable() + " needs write access to " + requestName() + "s, or a rate limit was hit" + because;
            case 404 -> title() + " has no repository " + repository.path() + " at " + repository.apiUrl() + http
                    + ", or the token from " + token.variable() + " cannot see it";
            case 409, 422 -> title() + " rejected the " + requestName() + " " + draft.head() + " -> " + draft.base() + http
                    + because;
            default -> title() + " failed to open a " + requestName() + " in " + repository.path() + http + because;
        };
    }

    private JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ReviewUnavailableException(title() + " answered with a body that is not JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** The API's own words: {@code message} (text or list) and GitHub's {@code errors[].message}. */
    private static String apiMessage(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return body.strip().lines().findFirst().map(line -> line.length() > 200 ? line.substring(0, 200) : line)
                    .orElse("");
        }
        StringBuilder text = new StringBuilder(words(json.path("message")));
        for (JsonNode error : json.path("errors")) {
            String message = words(error.path("message"));
            text.append(text.isEmpty() || message.isEmpty() ? "" : "; ").append(message);
        }
        return text.toString();
    }

    private static String words(JsonNode node) {
        if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(item -> joined.append(joined.isEmpty() ? "" : "; ").append(item.asString()));
            return joined.toString();
        }
        return node.isString() ? node.asString() : "";
    }

    private String title() {
        return repository.provider().title();
    }

    private String requestName() {
        return repository.provider().requestName();
    }
}
