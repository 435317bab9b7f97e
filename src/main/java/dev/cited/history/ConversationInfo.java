package dev.cited.history;

import java.time.Instant;

/**
 * A stored conversation, without its turns.
 *
 * @param id the conversation id
 * @param owner who may read it (an API key's name, a browser identity, a chat user, the command line)
 * @param title the first question unless renamed
 * @param created when its first turn was stored
 * @param updated when its last turn was stored, or it was renamed
 * @param turns how many turns it has
 */
public record ConversationInfo(String id, String owner, String title, Instant created, Instant updated, int turns) {}
