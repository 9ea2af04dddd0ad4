package dev.gantry.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A slowloris client on a raw socket: sends a request's headers at once, announcing a body of
 * {@code length} bytes, then dribbles that body one byte at a time, and notes when the server cuts
 * the connection.
 */
final class SlowBodyClient implements AutoCloseable {

    private final Socket socket;
    private final ScheduledFuture<?> dribble;
    private final Thread listener;
    private final long startedNanos;
    private volatile long cutNanos;
    private volatile String answer = "";
    private volatile int sent;

    private SlowBodyClient(Socket socket, ScheduledExecutorService scheduler, Duration every) {
        this.socket = socket;
        this.startedNanos = System.nanoTime();
        this.dribble = scheduler.scheduleAtFixedRate(this::sendOneByte, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        this.listener = new Thread(this::listen, "slow-client-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Connects and starts dribbling.
     *
     * @param port the server's loopback port
     * @param path such as {@code /hooks/generic}
     * @param contentType the body's declared type
     * @param headers more header lines, each ending in CRLF
     * @param every how often one byte is sent
     */
    static SlowBodyClient open(int port, String path, String contentType, String headers, ScheduledExecutorService scheduler,
            Duration every) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: 100000\r\n"
                + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new SlowBodyClient(socket, scheduler, every);
    }

    private void sendOneByte() {
        try {
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
            sent++;
        } catch (IOException e) {
            dribble.cancel(false);
        }
    }

    private void listen() {
        StringBuilder received = new StringBuilder();
        try (InputStream in = socket.getInputStream()) {
            for (int b = in.read(); b != -1; b = in.read()) {
                received.append((char) b);
                answer = received.toString();
            }
        } catch (IOException e) {
            // a reset is a cut too
        }
        cutNanos = System.nanoTime();
        dribble.cancel(false);
    }

    /** How many body bytes have been sent. */
    int sent() {
        return sent;
    }

    /** Whether the server has closed (or reset) the connection. */
    boolean cut() {
        return cutNanos != 0;
    }

    /** How long after the headers the server cut the connection. */
    Duration heldFor() {
        return Duration.ofNanos(cutNanos - startedNanos);
    }

    /** The first line of what the server answered before it cut, or empty. */
    String statusLine() {
        String text = answer;
        int end = text.indexOf("\r\n");
        return end < 0 ? text : text.substring(0, end);
    }

    @Override
    public void close() throws IOException {
        dribble.cancel(false);
        socket.close();
    }
}
