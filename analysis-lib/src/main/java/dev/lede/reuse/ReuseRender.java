package dev.lede.reuse;

import dev.lede.display.Html;
import dev.lede.display.Cells;
import java.util.List;

/** Plain-text and HTML renderings of shared passages; all corpus text escaped. */
final class ReuseRender {

    /** Passages shown before the rendering says how many more there are. */
    public static final int MAX_PASSAGES = 50;

    private ReuseRender() {
    }

    public static String passagesText(String summary, List<SharedPassage> passages, List<SharedPassage> boilerplate) {
        StringBuilder b = new StringBuilder(summary).append('\n');
        appendText(b, passages);
        if (!boilerplate.isEmpty()) {
            b.append("Boilerplate (excluded from scores):\n");
            appendText(b, boilerplate);
        }
        return b.toString();
    }

    private static void appendText(StringBuilder b, List<SharedPassage> ps) {
        int n = Math.min(ps.size(), MAX_PASSAGES);
        for (int i = 0; i < n; i++) {
            SharedPassage p = ps.get(i);
            b.append(p.first()).append(" [").append(p.firstStart()).append(", ").append(p.firstEnd()).append(") ")
                    .append(p.second()).append(" [").append(p.secondStart()).append(", ").append(p.secondEnd())
                    .append(") ").append(p.tokens()).append(" tokens\n");
            b.append("  ").append(Cells.collapse(p.firstText()).strip()).append('\n');
            b.append("  ").append(Cells.collapse(p.secondText()).strip()).append('\n');
        }
        if (ps.size() > n) {
            b.append(ps.size() - n).append(" more passages\n");
        }
    }

    public static String passagesHtml(String summary, List<SharedPassage> passages, List<SharedPassage> boilerplate) {
        StringBuilder b = new StringBuilder("<div class=\"lede-reuse\">\n<p>").append(Html.escape(summary))
                .append("</p>\n");
        appendHtml(b, "Shared passages", passages);
        if (!boilerplate.isEmpty()) {
            appendHtml(b, "Boilerplate (excluded from scores)", boilerplate);
        }
        return b.append("</div>\n").toString();
    }

    private static void appendHtml(StringBuilder b, String caption, List<SharedPassage> ps) {
        b.append("<table class=\"lede-table\">\n<caption>").append(Html.escape(caption)).append("</caption>\n")
                .append("<thead><tr><th>first</th><th>passage in first</th><th>second</th>"
                        + "<th>passage in second</th><th>tokens</th></tr></thead>\n<tbody>\n");
        int n = Math.min(ps.size(), MAX_PASSAGES);
        for (int i = 0; i < n; i++) {
            SharedPassage p = ps.get(i);
            b.append("<tr><td>").append(Html.escape(p.first())).append("<br><small>").append(p.firstStart())
                    .append("&ndash;").append(p.firstEnd()).append("</small></td><td>")
                    .append(Html.escape(Cells.collapse(p.firstText()).strip())).append("</td><td>")
                    .append(Html.escape(p.second())).append("<br><small>").append(p.secondStart())
                    .append("&ndash;").append(p.secondEnd()).append("</small></td><td>")
                    .append(Html.escape(Cells.collapse(p.secondText()).strip()))
                    .append("</td><td style=\"text-align:right\">").append(p.tokens()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (ps.size() > n) {
            b.append("<p>").append(ps.size() - n).append(" more passages</p>\n");
        }
    }
}
