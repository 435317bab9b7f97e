package dev.cited.present;

import dev.cited.answer.Answer;
import dev.cited.answer.Outcome;
import dev.cited.answer.Source;
import dev.cited.check.Citation;
import java.util.List;

/** Answers to render: answered with two versions cited, abstained, fell back, and hostile text everywhere. */
final class Answers {

    static final Answer.Timings TIMINGS = new Answer.Timings(1, 2, 3);

    private Answers() {}

    static Source source(int n, String title, Integer year, String url, int versions) {
        return new Source(
                n,
                "p" + n,
                "2401.0000" + n,
                title,
                title,
                url,
                year,
                1,
                versions,
                "abstract " + n,
                1.0 / n,
                new Source.Scores(1f, 0.5f, 1.0 / n),
                List.of());
    }

    /** Paper 1 (two versions) cited twice, paper 2 not cited, paper 3 cited once. */
    static Answer answered() {
        List<Source> sources = List.of(
                source(1, "Sleeper Agents", 2024, "https://arxiv.org/abs/24011", 2),
                source(2, "Uncited Paper", null, null, 1),
                source(3, "BLOOM", 2022, "https://arxiv.org/abs/22113", 1));
        List<Citation> citations = List.of(
                new Citation(1, "p1", null, "Sleeper Agents", 1, "Backdoors persist."),
                new Citation(3, "p3", null, "BLOOM", 1, "ROOTS is a corpus."),
                new Citation(1, "p1", null, "Sleeper Agents", 2, "Larger models persist more."));
        return new Answer(
                "q",
                "Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].",
                Outcome.answered("extractive"),
                citations,
                sources,
                List.of(),
                TIMINGS,
                null);
    }

    /** Abstained; the outcome names papers 2 then 1 as the closest. */
    static Answer abstained() {
        List<Source> sources = List.of(
                source(1, "Eggs, Boiled", 2020, "https://example.org/1", 1), source(2, "Yolk Studies", null, null, 1));
        return new Answer(
                "q",
                "The collection does not answer this question.",
                new Outcome(Outcome.Status.ABSTAINED, "extractive", List.of(2, 1), List.of()),
                List.of(),
                sources,
                List.of(),
                TIMINGS,
                null);
    }

    /** The local model failed and the extractive model answered. */
    static Answer fellBack() {
        Outcome.Fallback f = new Outcome.Fallback(
                Outcome.Step.ANSWER, "local", "cannot connect to http://127.0.0.1:9", "extractive");
        Answer a = answered();
        return new Answer(
                a.question(),
                a.answer(),
                new Outcome(Outcome.Status.ANSWERED, "extractive", List.of(), List.of(f)),
                a.citations(),
                a.sources(),
                List.of(f.warning()),
                TIMINGS,
                null);
    }

    /** Markup, mentions and Markdown in the answer, a title, a quote and a warning. */
    static Answer hostile() {
        String title = "<script>alert(1)</script> @channel *bold* a|b > c [x](http://evil)";
        List<Source> sources = List.of(source(1, title, 2024, "https://example.org/a|b>c", 1));
        List<Citation> citations = List.of(new Citation(1, "p1", null, title, 1, "<b>@here</b> *quote* | > _x_"));
        return new Answer(
                "q",
                "<script>x</script> @channel *claim* | > done [1].",
                Outcome.answered("local"),
                citations,
                sources,
                List.of("removed citation <@U1> *[7]*"),
                TIMINGS,
                null);
    }
}
