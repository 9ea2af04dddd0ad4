package dev.gantry.bench;

/**
 * One line of the benchmark table.
 *
 * @param measured what was measured, and how
 * @param figure the result, with its unit
 * @param parts what it ran on: API, registry, applier
 */
record Row(String measured, String figure, String parts) {
}
