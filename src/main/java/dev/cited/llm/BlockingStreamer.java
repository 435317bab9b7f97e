package dev.cited.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * A {@link StreamingChatModel} over a blocking {@link ChatModel}: it computes the whole reply,
 * then hands it out word by word (whitespace kept) and completes. Used for the extractive model,
 * so every profile streams.
 */
final class BlockingStreamer implements StreamingChatModel {

    private final ChatModel model;

    BlockingStreamer(ChatModel model) {
        this.model = model;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        String text = response.aiMessage().text();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1)))) {
                handler.onPartialResponse(text.substring(start, i));
                start = i;
            }
        }
        handler.onCompleteResponse(response);
    }
}
