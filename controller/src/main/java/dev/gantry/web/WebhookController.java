package dev.gantry.web;

import dev.gantry.reconcile.SyncTrigger;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /hooks/{github|gitlab|gitea|generic}}: verifies the sender, ignores events other than
 * pushes (GitHub's {@code ping}) and pushes to other branches, and asks for an immediate sync. A request that does not verify gets 401 and changes nothing.
 */
@RestController
public class WebhookController {

    /** Largest body read; larger requests get 413 without being read further. */
    public static final int MAX_BODY = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookProvider.Secrets secrets;
    private final String branch;
    private final SyncTrigger trigger;

    /** Receives webhooks for pushes to {@code branch}. */
    public WebhookController(WebhookProvider.Secrets secrets, String branch, SyncTrigger trigger) {
        this.secrets = secrets;
        this.branch = branch;
        this.trigger = trigger;
    }

    /** One webhook delivery. */
    @PostMapping("/hooks/{provider}")
    public ResponseEntity<Map<String, String>> receive(@PathVariable String provider, HttpServletRequest request)
            throws IOException {
        WebhookProvider sender;
        try {
            sender = WebhookProvider.fromPath(provider);
        } catch (IllegalArgumentException e) {
            return answer(HttpStatus.NOT_FOUND, "unknown webhook provider '" + provider + "'");
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "body over " + MAX_BODY + " bytes");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "body over " + MAX_BODY + " bytes");
        }
        if (!sender.verifies(name -> request.getHeader(name), body, secrets.of(sender))) {
            LOG.warn("webhook {} refused: {} missing or wrong", provider, sender.header());
            return answer(HttpStatus.UNAUTHORIZED, "signature or token does not verify");
        }
        Optional<String> event = sender.otherEvent(name -> request.getHeader(name));
        if (event.isPresent()) {
            return answer(HttpStatus.OK, "ignored: " + event.get() + " event; only pushes start a sync");
        }
        String ref = pushedRef(body);
        if (ref != null && !ref.equals("refs/heads/" + branch)) {
            return answer(HttpStatus.ACCEPTED, "ignored: push to " + ref + ", watching refs/heads/" + branch);
        }
        trigger.requestSync("webhook " + provider);
        return answer(HttpStatus.ACCEPTED, "sync requested");
    }

    private static String pushedRef(byte[] body) {
        try {
            return JsonMapper.builder().build().readTree(body).path("ref").stringValue(null);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
