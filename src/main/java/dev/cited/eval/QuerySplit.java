package dev.cited.eval;

import dev.cited.select.SciFactClaims;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed split of numbered queries (SciFact's claim ids) into a part to tune on and a part held
 * out for reporting: ids that are a multiple of 5 are held out. The same split is used wherever
 * Cited tunes on SciFact's training claims, so tuned numbers and held-out numbers never mix.
 */
public enum QuerySplit {
    /** Every query. */
    ALL,
    /** Queries whose id is not a multiple of 5: tune here. */
    TUNING,
    /** Queries whose id is a multiple of 5: report here. */
    HELDOUT;

    /**
     * Parses {@code all}, {@code tuning} or {@code heldout}, in any case.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static QuerySplit parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> ALL;
            case "tuning" -> TUNING;
            case "heldout" -> HELDOUT;
            default ->
                throw new IllegalArgumentException(
                        "unknown query split '" + name + "', expected all, tuning or heldout");
        };
    }

    /**
     * Whether this part holds the query {@code id}.
     *
     * @throws IllegalArgumentException when a split other than {@link #ALL} meets an id that is
     *     not a whole number
     */
    public boolean holds(String id) {
        if (this == ALL) {
            return true;
        }
        long n;
        try {
            n = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "query id '" + id + "' is not a number; the " + name().toLowerCase(Locale.ROOT)
                            + " split needs numbered queries",
                    e);
        }
        return SciFactClaims.heldout(n) == (this == HELDOUT);
    }

    /** The queries of {@code queries} this part holds, in their order. */
    public Map<String, String> select(Map<String, String> queries) {
        Map<String, String> out = new LinkedHashMap<>();
        queries.forEach((id, text) -> {
            if (holds(id)) {
                out.put(id, text);
            }
        });
        return out;
    }
}
