package dev.cited.history;

/**
 * A turn that got feedback, with the conversation's owner: what {@code cited feedback} exports and
 * reports.
 *
 * @param owner the conversation's owner
 * @param turn the turn, its {@link Turn#feedback()} not null
 */
public record RatedTurn(String owner, Turn turn) {}
