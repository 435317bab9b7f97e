package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.answer.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerViewTest {

    @Test
    void statements_split_after_each_marker_group_and_join_back_to_the_text() {
        String text = "One claim [1]. Two [2][3]; three [1, 4]\n\nand a tail.";

        List<AnswerView.Statement> s = AnswerView.Statement.split(text);

        assertThat(s)
                .extracting(AnswerView.Statement::cites)
                .containsExactly(List.of(1), List.of(2, 3), List.of(1, 4), List.of());
        assertThat(s)
                .extracting(AnswerView.Statement::text)
                .containsExactly("One claim", ". Two", "; three", "\n\nand a tail.");
        assertThat(String.join("", s.stream().map(x -> x.text() + x.markers()).toList()))
                .isEqualTo(text);
    }

    @Test
    void cited_papers_come_in_source_order_with_their_quotes_and_uncited_papers_are_left_out() {
        AnswerView v = AnswerView.of(Answers.answered());

        assertThat(v.cited()).extracting(c -> c.source().n()).containsExactly(1, 3);
        assertThat(v.cited().getFirst().quotes())
                .extracting(AnswerView.Quote::version)
                .containsExactly(1, 2);
        assertThat(v.cited().getFirst().versioned()).isTrue();
        assertThat(v.closest()).isEmpty();
        assertThat(v.namesTheModel()).isFalse();
    }

    @Test
    void an_abstention_lists_the_closest_papers_in_the_order_of_its_outcome() {
        AnswerView v = AnswerView.of(Answers.abstained());

        assertThat(v.abstained()).isTrue();
        assertThat(v.cited()).isEmpty();
        assertThat(v.closest()).extracting(Source::n).containsExactly(2, 1);
    }

    @Test
    void a_fallback_is_read_from_the_outcome_and_names_the_model() {
        AnswerView v = AnswerView.of(Answers.fellBack());

        assertThat(v.fellBack()).isTrue();
        assertThat(v.answeredBy()).isEqualTo("extractive");
        assertThat(v.namesTheModel()).isTrue();
    }
}
