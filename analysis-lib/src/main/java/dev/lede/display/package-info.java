/**
 * The one rendering layer: every result, table and chart becomes a {@link dev.lede.display.MimeBundle}
 * (text, HTML, SVG, PNG) through {@link dev.lede.display.Rendering}; {@link dev.lede.display.Chart}
 * wraps a chart drawn as SVG with a PNG fallback. Depends on no other Lede package.
 *
 * <pre>{@code
 * MimeBundle b = Rendering.bundle(table); // what a notebook shows for a Tablesaw table
 * }</pre>
 */
package dev.lede.display;
