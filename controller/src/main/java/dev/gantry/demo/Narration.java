package dev.gantry.demo;

import java.io.PrintWriter;

/** Tells the demo's steps: a numbered line per step, indented lines for what happened. */
final class Narration {

    private final PrintWriter out;
    private int step;

    Narration(PrintWriter out) {
        this.out = out;
    }

    /** Starts the next step. */
    void step(String title) {
        step++;
        out.println();
        out.println(step + ". " + title);
        out.flush();
    }

    /** One thing that happened in the current step. */
    void say(String line) {
        out.println("   " + line);
        out.flush();
    }

    /** A line outside any step. */
    void plain(String line) {
        out.println(line);
        out.flush();
    }
}
