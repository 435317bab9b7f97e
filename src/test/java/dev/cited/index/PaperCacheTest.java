package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PaperCacheTest {

    @Test
    void keeps_recent_papers_after_more_than_its_size_were_read_and_stays_bounded() throws Exception {
        PaperCache cache = new PaperCache();
        AtomicInteger loads = new AtomicInteger();
        PaperCache.Loader loader = id -> {
            loads.incrementAndGet();
            return Optional.of(new StoredPaper(null, new byte[0]));
        };
        int read = PaperCache.MAXIMUM_SIZE + 1000;
        for (int i = 0; i < read; i++) {
            cache.get("paper-" + i, loader);
        }
        cache.cleanUp();

        assertThat(cache.size()).isEqualTo(PaperCache.MAXIMUM_SIZE);
        assertThat(cache.get("paper-" + (read - 1), loader)).isPresent();
        assertThat(loads).hasValue(read);
    }

    @Test
    void does_not_cache_a_paper_the_index_does_not_hold() throws Exception {
        PaperCache cache = new PaperCache();
        AtomicInteger loads = new AtomicInteger();
        PaperCache.Loader missing = id -> {
            loads.incrementAndGet();
            return Optional.empty();
        };
        assertThat(cache.get("nope", missing)).isEmpty();
        assertThat(cache.get("nope", missing)).isEmpty();
        assertThat(loads).hasValue(2);
    }
}
