package dev.lede.kernel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Reads a Jupyter connection file: one flat JSON object of strings and numbers, as jupyter_client
 * writes it. jjava's own parser goes through Gson's reflective binding, whose first use is slow
 * and lies on the path to binding the ports (kernel/README.md, Startup); this reader loads a
 * handful of small classes. Anything it does not expect (nested values, fractions, duplicate
 * keys) is handed to jjava's parser, so no valid file is refused here.
 *
 * <pre>{@code
 * KernelConnectionProperties p = ConnectionFile.parse("{\"ip\": \"127.0.0.1\", \"shell_port\": 5555}");
 * }</pre>
 */
final class ConnectionFile {

    private ConnectionFile() {
    }

    /** The connection properties of {@code json}; an {@link IllegalArgumentException} says what is wrong. */
    static KernelConnectionProperties parse(String json) {
        Objects.requireNonNull(json, "json");
        Map<String, Object> fields = new Reader(json).flatObject();
        if (fields == null) {
            try {
                return KernelConnectionProperties.parse(json);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a Jupyter connection file (" + e.getMessage() + ")", e);
            }
        }
        return new KernelConnectionProperties(
                string(fields, "ip"),
                port(fields, "control_port"),
                port(fields, "shell_port"),
                port(fields, "stdin_port"),
                port(fields, "hb_port"),
                port(fields, "iopub_port"),
                string(fields, "transport"),
                string(fields, "signature_scheme"),
                string(fields, "key"));
    }

    private static String string(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string, not " + v);
        }
        return (String) v;
    }

    private static int port(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (v == null) {
            return 0;
        }
        if (v instanceof String s) {
            v = numberOrNull(s);
        }
        if (v instanceof Long n && n >= 0 && n <= 65535) {
            return n.intValue();
        }
        throw new IllegalArgumentException("\"" + name + "\" must be a port number from 0 to 65535, not " + fields.get(name));
    }

    private static Long numberOrNull(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A reader of one JSON object whose values are strings, numbers, booleans or null. */
    private static final class Reader {
        /** A value left to jjava's parser: a fraction, an exponent, or not JSON at all. */
        private static final Object OTHER = new Object();

        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        /** The object's fields, or null if it has a value this reader does not handle. */
        Map<String, Object> flatObject() {
            Map<String, Object> out = new HashMap<>();
            skipSpace();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                i++;
            } else {
                while (true) {
                    skipSpace();
                    String name = string();
                    skipSpace();
                    expect(':');
                    skipSpace();
                    char c = peek();
                    if (c == '{' || c == '[') {
                        return null;
                    }
                    Object value = c == '"' ? string() : literal();
                    if (value == OTHER || out.containsKey(name)) {
                        return null;
                    }
                    out.put(name, value);
                    skipSpace();
                    char sep = next();
                    if (sep == '}') {
                        break;
                    }
                    if (sep != ',') {
                        throw error("expected ',' or '}'", i - 1);
                    }
                }
            }
            skipSpace();
            if (i < s.length()) {
                throw error("unexpected text after the object", i);
            }
            return out;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw error("control character in a string", i - 1);
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("truncated \\u escape", i - 2);
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape", i - 2);
                        }
                        i += 4;
                    }
                    default -> throw error("bad escape \\" + e, i - 2);
                }
            }
        }

        /** An integer as a Long, true, false, null, or {@link #OTHER} for any other token. */
        private Object literal() {
            int start = i;
            while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String t = s.substring(start, i);
            switch (t) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    return isInteger(t) ? Long.valueOf(t) : OTHER;
            }
        }

        private static boolean isInteger(String t) {
            int from = t.startsWith("-") ? 1 : 0;
            int digits = t.length() - from;
            if (digits < 1 || digits > 18 || (digits > 1 && t.charAt(from) == '0')) {
                return false;
            }
            for (int k = from; k < t.length(); k++) {
                if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                    return false;
                }
            }
            return true;
        }

        private void skipSpace() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private char peek() {
            if (i >= s.length()) {
                throw error("unexpected end", i);
            }
            return s.charAt(i);
        }

        private char next() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'", i - 1);
            }
        }

        private IllegalArgumentException error(String what, int at) {
            return new IllegalArgumentException(String.format(Locale.ROOT, "not valid JSON: %s at character %d", what, at + 1));
        }
    }
}
