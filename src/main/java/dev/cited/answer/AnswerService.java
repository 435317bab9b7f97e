package dev.cited.answer;

import dev.cited.index.PaperIndex;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers a question: retrieve papers, number them, prompt the chat model, check the citations.
 * Thread-safe when the retriever and model are.
 */
public final class AnswerService {

    /** Papers given to the model when the caller does not say. */
    public static final int DEFAULT_K = 5;

    public static final int MAX_K = 20;
    private final Retriever retriever;
    private final PaperIndex papers;
    private final ChatModel model;
    private final String modelName;
    private final PromptTemplates prompts;
    private final CitationChecker checker = new CitationChecker();

    public AnswerService(Retriever retriever, PaperIndex papers, ChatModel model, String modelName, PromptTemplates prompts) {
        this.retriever = retriever;
        this.papers = papers;
        this.model = model;
        this.modelName = modelName;
        this.prompts = prompts;
    }

    /**
     * Answers {@code question} from the best {@code k} papers.
     *
     * @throws IllegalArgumentException when the question is blank or {@code k} is outside 1..{@value #MAX_K}
     */
    public Answer ask(String question, int k) throws IOException {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question is empty");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("illegal k: " + k + ", must be between 1 and " + MAX_K);
        }
        long start = System.nanoTime();
        List<PaperHit> hits = retriever.search(question.strip(), k);
        List<Paper> found = new ArrayList<>();
        for (PaperHit hit : hits) {
            found.add(papers.paper(hit.paperId()).orElseThrow(
                    () -> new IllegalStateException("index has no paper " + hit.paperId())));
        }
        NumberedSources sources = new NumberedSources(found, hits);
        long retrieved = System.nanoTime();
        CitationChecker.Checked checked;
        if (hits.isEmpty()) {
            checked = new CitationChecker.Checked("", List.of(), List.of());
        } else {
            ChatRequest request = ChatRequest.builder()
                    .messages(SystemMessage.from(prompts.system()), UserMessage.from(prompts.answer(question.strip(), sources)))
                    .build();
            checked = checker.check(model.chat(request).aiMessage().text(), sources);
        }
        long answered = System.nanoTime();
        Answer.Timings timings = new Answer.Timings(ms(retrieved - start), ms(answered - retrieved), ms(answered - start));
        List<Source> sourceList = sources(sources, checked.citations());
        if (!checked.supported()) {
            return new Answer(question, abstention(sources), true, List.of(), sourceList, checked.warnings(), modelName,
                    timings);
        }
        return new Answer(question, checked.text(), false, checked.citations(), sourceList, checked.warnings(),
                modelName, timings);
    }

    private static List<Source> sources(NumberedSources sources, List<Citation> citations) {
        List<Source> out = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries()) {
            Paper p = e.paper();
            int version = citations.stream().filter(c -> c.n() == e.n()).map(Citation::version).findFirst()
                    .orElse(e.hit().version());
            out.add(new Source(e.n(), p.id(), p.arxivId(), p.title(), p.label(), p.url(), p.year(), version,
                    p.versions().size(), p.version(version).text(), e.hit().score(), Source.Scores.of(e.hit().scores())));
        }
        return out;
    }

    private static String abstention(NumberedSources sources) {
        if (sources.size() == 0) {
            return "The collection does not answer this question: no paper matches it.";
        }
        StringBuilder sb = new StringBuilder("The collection does not answer this question. The closest papers, none of which"
                + " states an answer, are: ");
        List<String> labels = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries().subList(0, Math.min(3, sources.size()))) {
            labels.add(e.paper().label() + (e.paper().arxivId() == null ? "" : " (arXiv:" + e.paper().arxivId() + ")"));
        }
        sb.append(String.join("; ", labels)).append('.');
        return sb.toString();
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AnswerService[%s, %s]", retriever.name(), modelName);
    }
}
