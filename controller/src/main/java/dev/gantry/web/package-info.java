/**
 * HTTP endpoints of {@code gantry serve}: the read-only status API and the webhook receivers
 * that trigger an immediate fetch after verifying each provider's signature or token.
 */
package dev.gantry.web;
