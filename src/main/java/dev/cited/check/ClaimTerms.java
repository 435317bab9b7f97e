package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content terms of a claim, and which of them a sentence holds: analysed terms without the
 * words that point at the source ("the paper", "the authors found") or connect ("however"),
 * matched in other forms of the same word ("reduction" in "reduced") and, for numbers, in digits
 * or words ("fourteen" in "14 studies"). Pure.
 */
final class ClaimTerms {

    /**
     * Words that point at the source rather than say something about the world, and connectives
     * ("however", "moreover"), in analysed forms.
     */
    private static final Set<String> SOURCE_WORDS = new HashSet<>(TermAnalyzer.terms(
            "source sources paper papers study studies author authors abstract abstracts article work researchers"
                    + " trial review report reports reported find finds found show shows showed shown demonstrate"
                    + " demonstrates conclude concludes concluded suggest suggests note notes state states claim"
                    + " claims according present presents describe describes propose proposes argue argues"
                    + " however moreover furthermore additionally also notably thus therefore hence instead"
                    + " indeed specifically particularly respectively"));

    /** Function words the analyser keeps ("were", "than", "had"): no content of a claim or a clause. */
    static final Set<String> FUNCTION_WORDS = Set.copyOf(TermAnalyzer.terms(
            "were has have had been being do does did can could would should must which who whom whose"
                    + " what when where than very much our we they them its during within among via per upon into"
                    + " onto across"));

    /**
     * Endings (of analysed stems) that make another word of the same meaning: "reduct" is
     * "reduc", "significantli" is "signific", "treatment" is "treat".
     */
    private static final List<String> DERIVED =
            List.of("t", "ment", "li", "antli", "entli", "al", "alli", "ion", "ation");

    private static final int MIN_DERIVED_BASE = 4;
    /** Irregular plurals, each as the stem of its singular ("mice" as "mous"). */
    private static final Map<String, String> IRREGULAR_PLURALS =
            irregularPlurals("mice mouse", "women woman", "men man", "children child", "feet foot", "teeth tooth");

    /** A citation marker ("[2]", "[1-3]", "[1, 2]"): its numbers are no content. */
    static final Pattern MARKER = Pattern.compile("\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*]");

    private ClaimTerms() {}

    /** The content terms of a claim: analysed terms minus words that point at the source and marker numbers. */
    static Set<String> of(String claim) {
        Set<String> terms =
                new HashSet<>(TermAnalyzer.terms(MARKER.matcher(claim).replaceAll(" ")));
        terms.removeAll(SOURCE_WORDS);
        terms.removeAll(FUNCTION_WORDS);
        return terms;
    }

    /** The terms of {@code content} that are numbers, in digits or words ("14", "fourteen"). */
    static Set<String> numbers(Set<String> content) {
        Set<String> out = new HashSet<>();
        for (String t : content) {
            if (!Quantities.extract(t).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The terms of {@code content} that {@code sentence} holds, as words or, for its {@code
     * numbers} ({@link #numbers}), as quantities ("fourteen" in "14 studies").
     */
    static Set<String> heldBy(Set<String> content, Set<String> numbers, String sentence) {
        Set<String> terms = new HashSet<>(TermAnalyzer.terms(sentence));
        Set<String> out = new HashSet<>();
        for (String t : content) {
            if (holds(terms, t)
                    || numbers.contains(t)
                            && Quantities.unsupported(t, sentence).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether {@code terms} holds {@code term}, a word derived from the same base ({@link
     * #DERIVED}), or the same word in the other spelling ({@link #spelling}: "ischaemic" and
     * "ischemic").
     */
    static boolean holds(Set<String> terms, String term) {
        if (terms.contains(term) || terms.stream().anyMatch(t -> derived(t, term) || derived(term, t))) {
            return true;
        }
        String american = spelling(term);
        return terms.stream().anyMatch(t -> spelling(t).equals(american));
    }

    /**
     * An analysed stem in one spelling for British and American forms: "ae" and "oe" as "e"
     * ("ischaem", "oestrogen"), "our" as "or" ("tumour"), a final "is"/"ys" as "iz"/"yz"
     * ("randomis", "analys"); an irregular plural as its singular's stem ("mice" as "mous").
     */
    static String spelling(String stem) {
        String irregular = IRREGULAR_PLURALS.get(stem);
        if (irregular != null) {
            return irregular;
        }
        String s = stem.replace("ae", "e").replace("oe", "e").replace("our", "or");
        if (s.length() > 5 && (s.endsWith("is") || s.endsWith("ys"))) {
            s = s.substring(0, s.length() - 1) + "z";
        }
        return s;
    }

    private static Map<String, String> irregularPlurals(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (String pair : pairs) {
            String[] words = pair.split(" ");
            out.put(
                    TermAnalyzer.terms(words[0]).getFirst(),
                    TermAnalyzer.terms(words[1]).getFirst());
        }
        return Map.copyOf(out);
    }

    private static boolean derived(String longer, String base) {
        return base.length() >= MIN_DERIVED_BASE
                && longer.startsWith(base)
                && DERIVED.contains(longer.substring(base.length()));
    }
}
