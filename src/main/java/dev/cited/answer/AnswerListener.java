package dev.cited.answer;

import java.util.List;

/** Receives a streamed answer: the numbered sources, then tokens, then the checked answer. */
public interface AnswerListener {

    /** The numbered papers the model is shown, before it writes anything. */
    void sources(List<Source> sources);

    /** A piece of the model's raw reply, as it arrives (not yet checked). */
    void token(String text);

    /** The final answer after citation checking; it may differ from the streamed tokens. */
    void done(Answer answer);

    /** Whether the receiver has gone away; checked between tokens, so work stops early. */
    default boolean cancelled() {
        return false;
    }
}
