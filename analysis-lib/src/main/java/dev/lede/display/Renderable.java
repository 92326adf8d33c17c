package dev.lede.display;

/**
 * A library result that knows how to show itself: Lede's kernel, the jjava {@code Extension}
 * adapter and any other front end call {@link #toMimeBundle()}.
 *
 * <pre>{@code
 * MimeBundle b = chart.toMimeBundle(); // text/plain, image/svg+xml, image/png
 * }</pre>
 */
public interface Renderable {

    /** This value as a MIME bundle; must be deterministic (no timestamps, ids or addresses). */
    MimeBundle toMimeBundle();
}
