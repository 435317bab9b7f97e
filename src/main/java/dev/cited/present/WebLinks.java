package dev.cited.present;

import java.util.regex.Pattern;

/**
 * Which paper URLs a surface may turn into a link: absolute {@code http} and {@code https} URLs
 * without white space or control characters. Anything else ({@code javascript:}, {@code data:},
 * relative paths) is never linked; the title is shown without it. Ingest already refuses such
 * URLs in catalogs; this keeps an index built before that, or another backend, from linking one.
 */
final class WebLinks {

    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");

    private WebLinks() {}

    /** Whether {@code url} is an absolute http(s) URL a surface may link; false for null. */
    static boolean isWeb(String url) {
        return url != null && WEB.matcher(url).matches();
    }
}
