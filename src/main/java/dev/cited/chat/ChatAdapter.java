package dev.cited.chat;

import io.javalin.config.JavalinConfig;

/** A chat platform's endpoints on the Cited server. */
public interface ChatAdapter {

    /** A short name for logs and health, e.g. {@code slack}. */
    String name();

    /** Adds the platform's routes to the server being configured. */
    void install(JavalinConfig config);
}
