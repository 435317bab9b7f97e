package dev.cited.chat;

import dev.cited.history.History;
import io.javalin.config.JavalinConfig;
import java.util.function.Consumer;

/** A chat platform's endpoints on the Cited server. */
public interface ChatAdapter {

    /** A short name for logs and health, e.g. {@code slack}. */
    String name();

    /** Adds the platform's routes to the server being configured. */
    void install(JavalinConfig config);

    /**
     * Where the thumbs up and down users give in the platform go, called once before {@link
     * #install}: stored on the turn in {@code history} and counted by rating ({@code up} or
     * {@code down}) with {@code counted}. Adapters without platform feedback ignore it.
     */
    default void recordFeedbackIn(History history, Consumer<String> counted) {}
}
