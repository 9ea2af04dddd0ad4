package dev.gantry.web;

import dev.gantry.reconcile.SyncTrigger;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /hooks/{github|gitlab|gitea|generic}}: verifies the sender, ignores events other than
 * pushes (GitHub's {@code ping}) and pushes to other branches, and asks for an immediate sync. A
 * request that does not verify gets 401 and changes nothing; its body is read within
 * {@link WebhookLimits} before that, and not at all when the proof is missing.
 */
@RestController
public class WebhookController {

    /** Largest body read; larger requests get 413 without being read further. */
    public static final int MAX_BODY = WebhookLimits.MAX_BODY;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookProvider.Secrets secrets;
    private final String branch;
    private final SyncTrigger trigger;
    private final WebhookBodyReader bodies;

    /** Receives webhooks for pushes to {@code branch}, reading bodies within {@code limits}. */
    public WebhookController(WebhookProvider.Secrets secrets, String branch, SyncTrigger trigger, WebhookLimits limits) {
        this.secrets = secrets;
        this.branch = branch;
        this.trigger = trigger;
        this.bodies = new WebhookBodyReader(limits);
    }

    /** One webhook delivery. */
    @PostMapping("/hooks/{provider}")
    public ResponseEntity<Map<String, String>> receive(@PathVariable String provider, HttpServletRequest request) {
        WebhookProvider sender;
        try {
            sender = WebhookProvider.fromPath(provider);
        } catch (IllegalArgumentException e) {
            return answer(HttpStatus.NOT_FOUND, "unknown webhook provider '" + provider + "'");
        }
        Function<String, String> headers = request::getHeader;
        if (!sender.mayVerify(headers, secrets.of(sender))) {
            return refuse(sender);
        }
        byte[] body;
        try {
            body = bodies.read(request);
        } catch (WebhookBodyRefusedException e) {
            LOG.warn("webhook {} refused: {}", provider, e.getMessage());
            return ResponseEntity.status(e.status()).header(HttpHeaders.CONNECTION, "close").body(Map.of("message", e.getMessage()));
        }
        if (!sender.verifies(headers, body, secrets.of(sender))) {
            return refuse(sender);
        }
        return accept(sender, headers, body);
    }

    private ResponseEntity<Map<String, String>> accept(WebhookProvider sender, Function<String, String> headers, byte[] body) {
        Optional<String> event = sender.otherEvent(headers);
        if (event.isPresent()) {
            return answer(HttpStatus.OK, "ignored: " + event.get() + " event; only pushes start a sync");
        }
        String ref = pushedRef(body);
        if (ref != null && !ref.equals("refs/heads/" + branch)) {
            return answer(HttpStatus.ACCEPTED, "ignored: push to " + ref + ", watching refs/heads/" + branch);
        }
        trigger.requestSync("webhook " + sender.name().toLowerCase(java.util.Locale.ROOT));
        return answer(HttpStatus.ACCEPTED, "sync requested");
    }

    private static ResponseEntity<Map<String, String>> refuse(WebhookProvider sender) {
        LOG.warn("webhook {} refused: {} missing or wrong", sender.name().toLowerCase(java.util.Locale.ROOT), sender.header());
        return answer(HttpStatus.UNAUTHORIZED, "signature or token does not verify");
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
