package dev.lede.display;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A displayable value as Jupyter shows it: representations keyed by MIME type
 * ({@code text/plain}, {@code text/html}, {@code image/svg+xml}, {@code image/png} as base64).
 * Plain Java: no Jupyter types, so any front end can use it. Keys are kept sorted so that
 * serialised bundles are byte-for-byte stable.
 *
 * <pre>{@code
 * MimeBundle b = MimeBundle.builder().text("3 documents").html("<b>3</b> documents").build();
 * b.get(MimeBundle.TEXT_PLAIN); // "3 documents"
 * }</pre>
 */
public record MimeBundle(SortedMap<String, String> data) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    public static final String IMAGE_SVG = "image/svg+xml";
    public static final String IMAGE_PNG = "image/png";

    public MimeBundle {
        Objects.requireNonNull(data, "data");
        if (!data.containsKey(TEXT_PLAIN)) {
            throw new IllegalArgumentException("a MIME bundle needs a text/plain form; has " + data.keySet());
        }
        data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The representation for {@code mimeType}, or {@code null}. */
    public String get(String mimeType) {
        return data.get(mimeType);
    }

    public boolean has(String mimeType) {
        return data.containsKey(mimeType);
    }

    /** Builds a {@link MimeBundle}; {@code text/plain} is required. */
    public static final class Builder {
        private final TreeMap<String, String> data = new TreeMap<>();

        private Builder() {
        }

        public Builder put(String mimeType, String content) {
            data.put(Objects.requireNonNull(mimeType, "mimeType"), Objects.requireNonNull(content, "content"));
            return this;
        }

        public Builder text(String plain) {
            return put(TEXT_PLAIN, plain);
        }

        public Builder html(String html) {
            return put(TEXT_HTML, html);
        }

        public Builder svg(String svg) {
            return put(IMAGE_SVG, svg);
        }

        /** PNG bytes, stored base64-encoded as Jupyter expects. */
        public Builder png(byte[] png) {
            return put(IMAGE_PNG, java.util.Base64.getEncoder().encodeToString(png));
        }

        public MimeBundle build() {
            return new MimeBundle(data);
        }
    }

    /** Map view of the bundle, for a front end. */
    public Map<String, String> asMap() {
        return data;
    }
}
