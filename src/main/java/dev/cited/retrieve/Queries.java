package dev.cited.retrieve;

/** Argument checks shared by the retrievers. */
final class Queries {

    private Queries() {}

    static void check(String query, int k) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query is empty");
        }
        if (k < 1) {
            throw new IllegalArgumentException("illegal k: " + k + ", must be at least 1");
        }
    }
}
