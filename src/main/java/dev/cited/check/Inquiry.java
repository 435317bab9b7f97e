package dev.cited.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence asks rather than asserts: an aim ("OBJECTIVE To examine whether current use …
 * is associated with increased risk …"), an open question ("it is unclear if the stated reasoning
 * is faithful", "… remains unknown"), a question. What such a part says is what the paper set out
 * to test, not what it found, so it supports only a claim about the inquiry itself ("the study
 * examined whether …"). Pure.
 */
final class Inquiry {

    /** A sentence that is all inquiry: an aim or question heading, or a question. */
    private static final Pattern ALL =
            Pattern.compile("^\\s*(?:OBJECTIVES?|AIMS?|PURPOSE|QUESTIONS?)\\b|\\?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Where an asked part starts: "whether …", "unclear if …", "unknown how …". */
    private static final Pattern ASKED_FROM = Pattern.compile(
            "\\bwhether\\b|\\b(?:unclear|unknown|uncertain)\\s+(?:if|whether|how|why|what|which)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause that says its own content is open: "the role of X remains unknown". */
    private static final Pattern OPEN = Pattern.compile(
            "\\b(?:remains?|is|are)\\s+(?:largely\\s+|still\\s+|poorly\\s+)?(?:unknown|unclear|uncertain|to\\s+be\\s+determined)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ABOUT_INQUIRY = Pattern.compile(
            "\\b(?:whether|aim\\w*|objective\\w*|purpose|goal|examin\\w*|investigat\\w*|assess\\w*|evaluat\\w*"
                    + "|explor\\w*|test\\w*|ask\\w*|hypothes[iz]\\w*|sought|set\\s+out|unclear|unknown|question\\w*"
                    + "|determine\\w*|studied|stud(?:y|ies)\\s+(?:of|on|into))\\b",
            Pattern.CASE_INSENSITIVE);

    private Inquiry() {}

    /**
     * {@code sentence} without what it asks: empty for an aim heading or a question, else without
     * each asked part (from "whether", "unclear if" to the end of its clause) and each clause that
     * calls its content unknown.
     */
    static String asserted(String sentence) {
        if (ALL.matcher(sentence).find()) {
            return "";
        }
        String out = sentence;
        Matcher m = ASKED_FROM.matcher(out);
        while (m.find()) {
            int end = clauseEnd(out, m.end());
            out = out.substring(0, m.start()) + " " + out.substring(end);
            m = ASKED_FROM.matcher(out);
        }
        Matcher open = OPEN.matcher(out);
        if (open.find()) {
            int start = clauseStart(out, open.start());
            out = out.substring(0, start) + " " + out.substring(clauseEnd(out, open.end()));
        }
        return out;
    }

    /** Whether {@code claim} is itself about what a paper asked, aimed at or tested. */
    static boolean aboutInquiry(String claim) {
        return ABOUT_INQUIRY.matcher(claim).find();
    }

    private static int clauseEnd(String text, int from) {
        Matcher b = Polarity.CLAUSE_BREAK.matcher(text);
        return b.find(from) ? b.start() : text.length();
    }

    private static int clauseStart(String text, int before) {
        int start = 0;
        Matcher b = Polarity.CLAUSE_BREAK.matcher(text);
        while (b.find() && b.end() <= before) {
            start = b.end();
        }
        return start;
    }
}
