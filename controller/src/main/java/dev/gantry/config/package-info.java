/**
 * {@code gantry serve}'s composition root: settings bound once at start-up, and the wiring of
 * ports to adapters, schedules and endpoints.
 */
package dev.gantry.config;
