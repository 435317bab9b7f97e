package dev.cited.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes LaTeX residue and layout noise from scraped abstract text, keeping any URLs.
 *
 * <p>{@code \footnote{x}} becomes {@code (x)}, <code>&#92;url{x}</code> and {@code \href{x}{y}} become
 * their text, formatting commands ({@code \emph{x}}) are unwrapped, assignments such as {@code
 * \parfillskip=0pt} and reference commands ({@code \cite{..}}) are dropped, math dollars are
 * removed while currency ({@code $750 million}, {@code \$5}) is kept, and whitespace (including
 * hard line breaks) is collapsed. The result is a single line.
 */
public final class LatexCleaner {

    /** Cleaned text and the URLs it contained. */
    public record Cleaned(String text, List<String> urls) {}

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "\\\\[a-zA-Z]*(?:skip|penalty|indent|width|height|size)\\s*=\\s*-?[0-9.]+\\s*(?:pt|em|ex|cm|mm|in|sp|bp)?"
                    + "(?:\\s*plus\\s*[0-9.]*\\s*fil+)?");
    private static final Pattern DROPPED =
            Pattern.compile("\\\\(?:cite[a-z]*|ref|eqref|label|vspace|hspace)\\*?\\{[^{}]*}");
    private static final Pattern HREF = Pattern.compile("\\\\href\\{([^{}]*)}\\{([^{}]*)}");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\\\footnote\\{((?:[^{}]|\\{[^{}]*})*)}");
    private static final Pattern UNWRAP = Pattern.compile("\\\\[a-zA-Z]+\\*?\\{([^{}]*)}");
    private static final Pattern BARE_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([%&_#])");
    /** {@code \\$}: a literal dollar sign in LaTeX. */
    private static final Pattern ESCAPED_DOLLAR = Pattern.compile("\\\\\\$");
    /**
     * A dollar sign that is currency, not math: before an amount ({@code $750}, {@code $5,000},
     * {@code $1.2 million}) that is not followed by more math ({@code $3$}, {@code $10^{-3}$}).
     */
    private static final Pattern CURRENCY =
            Pattern.compile("(?<![\\d$])\\$(?=\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d^_{}\\\\$]|[.,]\\d))");
    /** Stands for a kept dollar sign while math delimiters are removed (a private-use character). */
    private static final String KEPT_DOLLAR = "\uE000";

    private static final Pattern URL =
            Pattern.compile("(?:https?://|www\\.|github\\.com/|huggingface\\.co/)[^\\s(){}<>\"]+[^\\s(){}<>\".,;:!?']");

    private LatexCleaner() {}

    /** Cleans {@code raw}; never returns null. */
    public static Cleaned clean(String raw) {
        Set<String> urls = new LinkedHashSet<>();
        collectUrls(raw, urls);
        String text = raw;
        text = ASSIGNMENT.matcher(text).replaceAll(" ");
        text = DROPPED.matcher(text).replaceAll("");
        text = HREF.matcher(text).replaceAll("$2 ($1)");
        text = FOOTNOTE.matcher(text).replaceAll(m -> " (" + Matcher.quoteReplacement(m.group(1)) + ")");
        String previous;
        do {
            previous = text;
            text = UNWRAP.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!text.equals(previous));
        text = ESCAPED_DOLLAR.matcher(text).replaceAll(KEPT_DOLLAR);
        text = ESCAPED.matcher(text).replaceAll("$1");
        text = BARE_COMMAND.matcher(text).replaceAll("$1");
        text = CURRENCY.matcher(text).replaceAll(KEPT_DOLLAR);
        text = text.replace("$", "").replace(KEPT_DOLLAR, "$").replace('~', ' ');
        text = text.replaceAll("\\s+", " ").trim();
        text = text.replaceAll(" ([.,;:])", "$1").replace("( ", "(").replace(" )", ")");
        return new Cleaned(text, new ArrayList<>(urls));
    }

    private static void collectUrls(String raw, Set<String> urls) {
        Matcher m = URL.matcher(raw.replace("\\url{", " ").replace("}", " "));
        while (m.find()) {
            urls.add(m.group());
        }
    }
}
