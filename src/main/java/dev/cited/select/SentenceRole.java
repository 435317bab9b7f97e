package dev.cited.select;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What part a sentence plays in its abstract, from its wording: a finding ("we find", "results
 * show", "outperforms", "significantly") or background ("recently", "it is unclear", "has
 * been"). Both can be false; both can be true.
 */
final class SentenceRole {

    private static final Pattern FINDING = Pattern.compile("\\b(we (find|found|show|showed|demonstrate|observe|"
            + "observed|report|conclude)|results? (show|showed|suggest|indicate|demonstrate|reveal)|"
            + "outperform\\w*|significant(ly)?|in conclusion|conclusions?|(was|were) (associated|correlated)|"
            + "p ?[<=] ?0|95% ci|confidence interval|odds ratio|hazard ratio|achiev\\w+|improv\\w+|reduc\\w+)\\b");
    private static final Pattern BACKGROUND = Pattern.compile("\\b(recent(ly)?|it is (unclear|unknown|not known)|"
            + "remains? (unclear|unknown|poorly)|has been|have been|little is known|is known|are known|however|"
            + "increasingly|widely|important|challenge|we (aimed|sought|investigated|examined|asked)|to (investigate|"
            + "examine|determine|assess|evaluate)|the (aim|purpose|objective) of)\\b");

    private SentenceRole() {}

    /** Whether {@code sentence} reads as a result. */
    static boolean finding(String sentence) {
        return FINDING.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code sentence} reads as background or motivation. */
    static boolean background(String sentence) {
        return BACKGROUND.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }
}
