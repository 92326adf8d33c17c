package dev.lede.display;

/**
 * HTML and XML escaping for corpus text that goes into HTML or SVG output.
 *
 * <pre>{@code
 * Html.escape("<b>Putin & Kim</b>"); // "&lt;b&gt;Putin &amp; Kim&lt;/b&gt;"
 * }</pre>
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '} and drops characters that XML 1.0 forbids (C0 controls other than
     * tab, LF and CR, lone surrogates, U+FFFE/U+FFFF), so the result is safe in HTML text, in
     * attribute values and in SVG.
     */
    public static String escape(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
