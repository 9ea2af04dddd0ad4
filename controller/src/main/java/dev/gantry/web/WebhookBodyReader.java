package dev.gantry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;

/**
 * Reads webhook bodies before they are verified, so it spends as little as a stranger may take:
 * at most {@link WebhookLimits#concurrentReads()} server threads at once, each for at most the
 * read deadline (plus one socket read timeout), and never more than the size cap in memory.
 */
final class WebhookBodyReader {

    private final WebhookLimits limits;
    private final Semaphore readers;

    WebhookBodyReader(WebhookLimits limits) {
        this.limits = limits;
        this.readers = new Semaphore(limits.concurrentReads());
    }

    /** The whole body, or a refusal saying which limit it met. */
    byte[] read(HttpServletRequest request) throws WebhookBodyRefusedException {
        if (request.getContentLengthLong() > limits.maxBody()) {
            throw tooLarge();
        }
        if (!readers.tryAcquire()) {
            throw new WebhookBodyRefusedException(HttpStatus.SERVICE_UNAVAILABLE,
                    limits.concurrentReads() + " deliveries are being read already; retry later");
        }
        try (InputStream in = request.getInputStream()) {
            return readBefore(in, System.nanoTime() + limits.readDeadline().toNanos());
        } catch (IOException e) {
            throw tooSlow();
        } finally {
            readers.release();
        }
    }

    private byte[] readBefore(InputStream in, long deadline) throws IOException, WebhookBodyRefusedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            body.write(buffer, 0, n);
            if (body.size() > limits.maxBody()) {
                throw tooLarge();
            }
            if (System.nanoTime() - deadline > 0) {
                throw tooSlow();
            }
        }
        return body.toByteArray();
    }

    private WebhookBodyRefusedException tooLarge() {
        return new WebhookBodyRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "body over " + limits.maxBody() + " bytes");
    }

    private WebhookBodyRefusedException tooSlow() {
        return new WebhookBodyRefusedException(HttpStatus.REQUEST_TIMEOUT,
                "body not received whole within " + limits.readDeadline().toMillis() + " ms");
    }
}
