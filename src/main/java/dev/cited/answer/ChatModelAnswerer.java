package dev.cited.answer;

import dev.cited.check.NumberedSources;
import dev.cited.llm.ModelRegistry;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Answers with a language model: renders the system prompt and the answer prompt (the question
 * and {@link NumberedSources#render() the sources block}) from {@link PromptTemplates} and sends
 * them to the profile's LangChain4j {@code ChatModel}, or its {@code StreamingChatModel} when a
 * listener wants the tokens, through {@link ModelCall} (overall deadline, readable failures).
 */
final class ChatModelAnswerer implements Answerer {

    private final ModelRegistry.Model model;
    private final PromptTemplates prompts;

    /**
     * @throws IllegalArgumentException when {@code model} is the built-in extractive profile, which
     *     has no chat model
     */
    ChatModelAnswerer(ModelRegistry.Model model, PromptTemplates prompts) {
        if (model.extractive()) {
            throw new IllegalArgumentException(
                    "model '" + model.name() + "' is the extractive answerer, not a chat model");
        }
        this.model = model;
        this.prompts = prompts;
    }

    @Override
    public String reply(String question, NumberedSources sources, AnswerListener listener) throws ModelCall.Failure {
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(prompts.system()), UserMessage.from(prompts.answer(question, sources)))
                .build();
        return listener == null ? ModelCall.blocking(model, chat) : ModelCall.streaming(model, chat, listener);
    }
}
