package dev.cited.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Whether a claim gives two numbers of the evidence to each other's content: "secure code when
 * the year is 2024 but exploitable code when the year is 2023" against "secure code when the
 * year is 2023, but insert exploitable code when the year is 2024". Both numbers are stated, so
 * {@link Quantities} sees nothing wrong; what differs is which clause each stands in. Pure.
 */
final class SwappedNumbers {

    private SwappedNumbers() {}

    /** A reason when two numbers of {@code claim} stand in each other's clause in {@code evidence}. */
    static Optional<String> in(String claim, String evidence) {
        List<Quantity> said = Quantities.extract(claim);
        List<Quantity> stated = Quantities.extract(evidence);
        for (int i = 0; i < said.size(); i++) {
            for (int k = i + 1; k < said.size(); k++) {
                Quantity a = said.get(i);
                Quantity b = said.get(k);
                Quantity ea = only(a, stated);
                Quantity eb = only(b, stated);
                if (a.value() == b.value() || ea == null || eb == null) {
                    continue;
                }
                Set<String> ca = clauseTerms(claim, a.start());
                Set<String> cb = clauseTerms(claim, b.start());
                Set<String> ownA = new HashSet<>(ca);
                ownA.removeAll(cb);
                Set<String> ownB = new HashSet<>(cb);
                ownB.removeAll(ca);
                Set<String> eaTerms = clauseTerms(evidence, ea.start());
                Set<String> ebTerms = clauseTerms(evidence, eb.start());
                if (shared(ownA, ebTerms) > shared(ownA, eaTerms) && shared(ownB, eaTerms) > shared(ownB, ebTerms)) {
                    return Optional.of("the claim gives " + a.text() + " and " + b.text()
                            + " to each other's content: the source has them the other way round");
                }
            }
        }
        return Optional.empty();
    }

    /** The one quantity of {@code stated} equal to {@code q}; null when none or several. */
    private static Quantity only(Quantity q, List<Quantity> stated) {
        List<Quantity> same = stated.stream()
                .filter(e -> Quantities.unsupported(q.text(), e.text()).isEmpty())
                .toList();
        return same.size() == 1 ? same.getFirst() : null;
    }

    private static Set<String> clauseTerms(String text, int at) {
        int from = 0;
        int to = text.length();
        Matcher b = Polarity.CLAUSE_BREAK.matcher(text);
        while (b.find()) {
            if (b.end() <= at) {
                from = b.end();
            } else {
                to = b.start();
                break;
            }
        }
        return Polarity.contentTerms(text.substring(from, to));
    }

    private static long shared(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
