package dev.cited.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.check.Citation;
import dev.cited.history.History;
import dev.cited.history.NewTurn;
import java.util.Map;

/** Conversations in a {@link History} database: each answered turn is committed before the answer is returned. */
final class StoredConversations implements ConversationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final History history;

    StoredConversations(History history) {
        this.history = history;
    }

    @Override
    public Conversation load(String id) {
        return new Conversation(
                id,
                history.lastTurns(id, CONTEXT_TURNS).stream()
                        .map(t -> new Conversation.Turn(
                                t.content().question(),
                                t.content().standalone(),
                                t.content().answer()))
                        .toList(),
                history.numbers(id));
    }

    @Override
    public void append(String owner, String id, Conversation.Turn turn, Map<String, Integer> numbers, Answer answer) {
        String json;
        try {
            json = JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer to '" + answer.question() + "'", e);
        }
        history.append(
                owner,
                id,
                new NewTurn(
                        turn.question(),
                        turn.standalone(),
                        turn.answer(),
                        answer.model(),
                        answer.outcome().status().id(),
                        answer.citations().stream()
                                .map(Citation::paperId)
                                .distinct()
                                .toList(),
                        numbers,
                        json,
                        answer.timings().total()));
    }
}
