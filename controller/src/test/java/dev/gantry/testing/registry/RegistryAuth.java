package dev.gantry.testing.registry;

/** How a test registry lets clients in. */
public enum RegistryAuth {
    /** Anyone may pull and push. */
    ANONYMOUS,
    /** HTTP basic auth against an htpasswd file holding one generated user. */
    BASIC,
    /** The distribution bearer-token flow, with an in-process token server as the realm. */
    TOKEN
}
