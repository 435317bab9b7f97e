package dev.cited.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link History} does; each database's test extends this with a fresh, real database. */
abstract class HistoryContractTest {

    History history;

    /** A new, empty history on a real database. */
    abstract History open() throws Exception;

    @BeforeEach
    void start() throws Exception {
        history = open();
    }

    @AfterEach
    void stop() {
        history.close();
    }

    static NewTurn turn(String question, String answer) {
        return new NewTurn(
                question,
                question + " (standalone)",
                answer,
                "extractive",
                "answered",
                List.of("2101.00001", "2101.00002"),
                Map.of("2101.00001", 1, "2101.00002", 2),
                "{\"answer\":\"" + answer + "\"}",
                12.5);
    }

    @Test
    void appends_turns_numbered_from_one_and_reads_them_back_oldest_first() {
        String id = ConversationIds.next();
        assertThat(history.append("alice", id, turn("What is dropout?", "Dropout drops units [1].")))
                .isEqualTo(1);
        assertThat(history.append("alice", id, turn("And batch norm?", "It normalises [2].")))
                .isEqualTo(2);

        List<Turn> turns = history.turns("alice", id);
        assertThat(turns).extracting(Turn::n).containsExactly(1, 2);
        NewTurn first = turns.getFirst().content();
        assertThat(first).isEqualTo(turn("What is dropout?", "Dropout drops units [1]."));
        assertThat(history.conversation("alice", id)).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo("What is dropout?");
            assertThat(c.turns()).isEqualTo(2);
            assertThat(c.updated()).isAfterOrEqualTo(c.created());
        });
    }

    @Test
    void another_owners_conversation_reads_as_absent_and_cannot_be_changed() {
        String id = ConversationIds.next();
        history.append("alice", id, turn("What is dropout?", "Dropout drops units [1]."));

        assertThat(history.conversation("mallory", id)).isEmpty();
        assertThat(history.turns("mallory", id)).isEmpty();
        assertThat(history.conversations("mallory", null, 10, null)).isEmpty();
        assertThat(history.rename("mallory", id, "mine")).isFalse();
        assertThat(history.delete("mallory", id)).isFalse();
        assertThat(history.feedback("mallory", id, 1, new Feedback(Feedback.Rating.DOWN, null, Instant.now())))
                .isFalse();
        assertThatThrownBy(() -> history.append("mallory", id, turn("hijack?", "no")))
                .isInstanceOf(History.NoSuchConversationException.class);
        assertThat(history.turns("alice", id)).hasSize(1);
        assertThat(history.conversation("alice", id).orElseThrow().title()).isEqualTo("What is dropout?");
    }

    @Test
    void lists_own_conversations_newest_first_and_pages_with_before() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = ConversationIds.next();
            history.append("alice", id, turn("question " + i, "answer " + i));
            ids.add(id);
            Thread.sleep(3);
        }
        history.append("bob", ConversationIds.next(), turn("bob's question", "bob's answer"));

        List<ConversationInfo> page = history.conversations("alice", null, 3, null);
        assertThat(page).extracting(ConversationInfo::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        List<ConversationInfo> next =
                history.conversations("alice", "", 3, page.getLast().updated());
        assertThat(next).extracting(ConversationInfo::id).containsExactly(ids.get(1), ids.get(0));
        assertThatThrownBy(() -> history.conversations("alice", null, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("illegal limit: 0");
    }

    @Test
    void searches_questions_and_answers_for_every_word() {
        String dropout = ConversationIds.next();
        String graphs = ConversationIds.next();
        history.append("alice", dropout, turn("What is dropout?", "Dropout regularises networks [1]."));
        history.append("alice", graphs, turn("Graph neural networks?", "They pass messages along edges [1]."));
        history.append("bob", ConversationIds.next(), turn("What is dropout?", "Bob's dropout."));

        assertThat(history.conversations("alice", "dropout", 10, null))
                .extracting(ConversationInfo::id)
                .containsExactly(dropout);
        assertThat(history.conversations("alice", "messages edges", 10, null))
                .extracting(ConversationInfo::id)
                .containsExactly(graphs);
        assertThat(history.conversations("alice", "networks", 10, null))
                .extracting(ConversationInfo::id)
                .containsExactlyInAnyOrder(dropout, graphs);
        assertThat(history.conversations("alice", "dropout edges", 10, null)).isEmpty();
        assertThat(history.conversations("alice", "\"dropout\" OR NOT (", 10, null))
                .extracting(ConversationInfo::id)
                .isNotNull();
    }

    @Test
    void renames_and_deletes_with_turns_and_feedback() {
        String id = ConversationIds.next();
        history.append("alice", id, turn("What is dropout?", "Dropout drops units [1]."));
        history.feedback("alice", id, 1, new Feedback(Feedback.Rating.UP, "good", Instant.now()));

        assertThat(history.rename("alice", id, "  Dropout  ")).isTrue();
        assertThat(history.conversation("alice", id).orElseThrow().title()).isEqualTo("Dropout");
        assertThat(history.delete("alice", id)).isTrue();
        assertThat(history.conversation("alice", id)).isEmpty();
        assertThat(history.turns("alice", id)).isEmpty();
        assertThat(history.rated(null)).isEmpty();
        assertThat(history.conversations("alice", "dropout", 10, null)).isEmpty();
        assertThat(history.delete("alice", id)).isFalse();
    }

    @Test
    void feedback_is_stored_with_the_turn_replaced_on_a_second_vote_and_listed_since_a_time() {
        String id = ConversationIds.next();
        history.append("alice", id, turn("What is dropout?", "Dropout drops units [1]."));
        history.append("alice", id, turn("And batch norm?", "It normalises [2]."));
        Instant t0 = Instant.now().minusSeconds(60);

        assertThat(history.feedback("alice", id, 2, new Feedback(Feedback.Rating.UP, null, t0)))
                .isTrue();
        assertThat(history.feedback(
                        "alice",
                        id,
                        2,
                        new Feedback(Feedback.Rating.DOWN, "cites the wrong paper", t0.plusSeconds(30))))
                .isTrue();
        assertThat(history.feedback("alice", id, 3, new Feedback(Feedback.Rating.UP, null, t0)))
                .isFalse();

        Turn second = history.turns("alice", id).get(1);
        assertThat(second.feedback().rating()).isEqualTo(Feedback.Rating.DOWN);
        assertThat(second.feedback().comment()).isEqualTo("cites the wrong paper");
        assertThat(history.turns("alice", id).getFirst().feedback()).isNull();
        assertThat(history.rated(null)).singleElement().satisfies(r -> {
            assertThat(r.owner()).isEqualTo("alice");
            assertThat(r.turn().n()).isEqualTo(2);
        });
        assertThat(history.rated(t0.plusSeconds(31))).isEmpty();
    }

    @Test
    void last_turns_are_the_newest_few_oldest_first() {
        String id = ConversationIds.next();
        for (int i = 1; i <= 7; i++) {
            history.append("alice", id, turn("question " + i, "answer " + i));
        }
        assertThat(history.lastTurns(id, 3)).extracting(Turn::n).containsExactly(5, 6, 7);
        assertThat(history.lastTurns(ConversationIds.next(), 3)).isEmpty();
    }

    @Test
    void a_paper_keeps_the_number_its_first_turn_gave_it() {
        String id = ConversationIds.next();
        history.append("alice", id, turn("What is dropout?", "Dropout drops units [1]."));
        NewTurn t = turn("And batch norm?", "It normalises [3].");
        history.append(
                "alice",
                id,
                new NewTurn(
                        t.question(),
                        t.standalone(),
                        t.answer(),
                        t.model(),
                        t.outcome(),
                        List.of("2101.00003"),
                        Map.of("2101.00001", 9, "2101.00003", 3),
                        t.answerJson(),
                        t.totalMs()));

        assertThat(history.numbers(id)).isEqualTo(Map.of("2101.00001", 1, "2101.00002", 2, "2101.00003", 3));
        assertThat(history.numbers(ConversationIds.next())).isEmpty();
    }

    @Test
    void eight_concurrent_writers_lose_no_turn() throws Exception {
        assertThat(concurrentWriters(8, 1_500)).isPositive();
    }

    @Test
    @Tag("slow")
    void eight_concurrent_writers_for_thirty_seconds_lose_no_turn() throws Exception {
        assertThat(concurrentWriters(8, 30_000)).isPositive();
    }

    /**
     * {@code writers} threads append for {@code millis}, each to its own conversation and to one
     * they share; every acknowledged turn must be stored, numbered without gaps. Returns the turns written.
     */
    int concurrentWriters(int writers, long millis) throws Exception {
        String shared = ConversationIds.next();
        ExecutorService pool = Executors.newFixedThreadPool(
                writers, Thread.ofPlatform().name("writer-", 0).factory());
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Future<List<String>>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                String own = ConversationIds.next();
                List<String> acknowledged = new ArrayList<>();
                for (int i = 0; System.nanoTime() < end; i++) {
                    String id = i % 2 == 0 ? own : shared;
                    String question = "q" + writer + "-" + i;
                    history.append("alice", id, turn(question, "a"));
                    acknowledged.add(id + " " + question);
                }
                return acknowledged;
            }));
        }
        pool.shutdown();
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> f : done) {
            acknowledged.addAll(f.get());
        }
        List<String> stored = new ArrayList<>();
        for (ConversationInfo c : history.conversations("alice", null, History.MAX_LIST, null)) {
            List<Turn> turns = history.turns("alice", c.id());
            turns.forEach(t -> stored.add(c.id() + " " + t.content().question()));
            assertThat(turns)
                    .extracting(Turn::n)
                    .isEqualTo(IntStream.rangeClosed(1, c.turns()).boxed().toList());
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
        return acknowledged.size();
    }
}
