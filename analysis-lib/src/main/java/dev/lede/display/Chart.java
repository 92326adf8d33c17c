package dev.lede.display;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart: a drawing of fixed size that renders to SVG (primary, text escaped, no external
 * resources, byte-for-byte deterministic) and to PNG (fallback). Made from a JFreeChart or from a
 * drawing function for figures JFreeChart lacks (dendrograms, heatmaps).
 *
 * <pre>{@code
 * Chart c = Chart.of("Top terms", 640, 400, jfreeChart);
 * String svg = c.toSvg();
 * }</pre>
 */
public final class Chart implements Renderable {

    private final String title;
    private final int width;
    private final int height;
    private final Consumer<Graphics2D> drawing;

    private Chart(String title, int width, int height, Consumer<Graphics2D> drawing) {
        this.title = Objects.requireNonNull(title, "title");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    /** A chart drawn by JFreeChart. */
    public static Chart of(String title, int width, int height, JFreeChart chart) {
        Objects.requireNonNull(chart, "chart");
        return new Chart(title, width, height,
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }

    /** A chart drawn by a function onto a {@code width} x {@code height} canvas. */
    public static Chart of(String title, int width, int height, Consumer<Graphics2D> drawing) {
        return new Chart(title, width, height, drawing);
    }

    public String title() {
        return title;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The chart as a standalone SVG document. Its clip-path and gradient ids start with
     * {@code lede-} and 12 hex digits of the SHA-256 of the chart drawn with a fixed prefix: the same
     * chart always gets the same ids, and two different charts on one page (where ids are global,
     * as in a live notebook) do not use each other's clip paths.
     */
    public String toSvg() {
        // The default prefix contains a clock reading; a fixed one alone repeats across charts.
        String plain = svg("lede");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return svg("lede-" + HexFormat.of().formatHex(digest, 0, 6) + "-");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private String svg(String defsPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(defsPrefix);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawing.accept(g);
        return g.getSVGDocument();
    }

    /** The chart as PNG bytes. */
    public byte[] toPng() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart '" + title + "' as PNG", e);
        }
        return out.toByteArray();
    }

    /** Writes the SVG to {@code file} (UTF-8). */
    public Path saveSvg(Path file) throws IOException {
        return Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
    }

    @Override
    public MimeBundle toMimeBundle() {
        return MimeBundle.builder()
                .text("Chart: " + title + " (" + width + "x" + height + ")")
                .svg(toSvg())
                .png(toPng())
                .build();
    }

    @Override
    public String toString() {
        return "Chart[" + title + ", " + width + "x" + height + "]";
    }
}
