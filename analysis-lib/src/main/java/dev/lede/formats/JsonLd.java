package dev.lede.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Just enough JSON to read a web page's JSON-LD: a strict parser to maps, lists, strings, numbers
 * (as text), booleans and null, and the first {@code NewsArticle} (or another article type) in
 * the page's {@code <script type="application/ld+json">} blocks, {@code @graph} included. A block
 * that is not valid JSON is ignored, as a browser does.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report",
            "ScholarlyArticle", "LiveBlogPosting");

    private final String s;
    private int i;

    private JsonLd(String s) {
        this.s = s;
    }

    /** The first article object in these JSON-LD blocks, or an empty map. */
    static Map<String, Object> newsArticle(List<String> blocks) {
        for (String block : blocks) {
            Object parsed;
            try {
                parsed = parse(block);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Map<String, Object> found = find(parsed);
            if (found != null) {
                return found;
            }
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(Object node) {
        if (node instanceof Map<?, ?> m) {
            Object type = m.get("@type");
            if (type instanceof String t && ARTICLE_TYPES.contains(t)
                    || type instanceof List<?> l && l.stream().anyMatch(ARTICLE_TYPES::contains)) {
                return (Map<String, Object>) m;
            }
            Object graph = m.get("@graph");
            return graph == null ? null : find(graph);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                Map<String, Object> f = find(o);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A string value, or null. */
    static String string(Object o) {
        return o instanceof String s ? s : null;
    }

    /** A name or names: a string, an object's {@code name}, or a list of either, "; "-separated. */
    static String names(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Map<?, ?> m) {
            return string(m.get("name"));
        }
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) {
                String n = names(x);
                if (n != null && !n.isBlank()) {
                    out.add(n.strip());
                }
            }
            return out.isEmpty() ? null : String.join("; ", out);
        }
        return null;
    }

    /** A URL given as a string or as an object's {@code @id}. */
    static String id(Object o) {
        if (o instanceof String s) {
            return s;
        }
        return o instanceof Map<?, ?> m ? string(m.get("@id")) : null;
    }

    static Object parse(String text) {
        JsonLd p = new JsonLd(text);
        p.space();
        Object v = p.value();
        p.space();
        if (p.i != text.length()) {
            throw p.error("text after the JSON value");
        }
        return v;
    }

    private Object value() {
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                space();
                if (peek('}')) {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = str();
                    space();
                    expect(':');
                    space();
                    m.put(k, value());
                    space();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    expect('}');
                    return m;
                }
            }
            case '[' -> {
                i++;
                List<Object> l = new ArrayList<>();
                space();
                if (peek(']')) {
                    i++;
                    return l;
                }
                while (true) {
                    space();
                    l.add(value());
                    space();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    expect(']');
                    return l;
                }
            }
            case '"' -> {
                return str();
            }
            default -> {
                int start = i;
                while (i < s.length() && "{}[],: \t\r\n\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                String word = s.substring(start, i);
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> {
                        if (!word.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                            throw error("unexpected '" + word + "'");
                        }
                        yield word;
                    }
                };
            }
        }
    }

    private String str() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                throw error("unterminated escape");
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw error("short \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("JSON-LD: " + what + " at character " + i);
    }
}
