package dev.cited.history;

import java.time.Instant;

/**
 * A stored turn.
 *
 * @param conversationId the conversation it belongs to
 * @param n its number in the conversation, from 1
 * @param at when it was stored
 * @param content the question, the answer and what came with them
 * @param feedback the user's thumbs up or down, or null
 */
public record Turn(String conversationId, int n, Instant at, NewTurn content, Feedback feedback) {}
