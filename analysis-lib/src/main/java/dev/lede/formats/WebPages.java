package dev.lede.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page's article: main content without page furniture, and the page's metadata.
 *
 * <p>Furniture is removed first: scripts, forms, navigation, headers and footers outside the
 * article, asides, elements marked hidden, and elements whose {@code class} or {@code id} names
 * furniture (menu, share, related, comment, reply, cookie, newsletter, ...). The article is then
 * the element marked {@code itemprop="articleBody"}, else the {@code <article>} with the most
 * text, else {@code <main>}, else the element whose paragraphs hold the most text. Its text keeps
 * one blank line between blocks, a list item per line as {@code "  • item"} (as a browser copies
 * it), {@code <br>} as a line break.
 *
 * <p>Metadata: title (Open Graph, JSON-LD headline, {@code <title>}), author ({@code <meta
 * name="author">}, JSON-LD), published (JSON-LD {@code datePublished}, {@code
 * article:published_time}, {@code <time>}; the date as written, yyyy-MM-dd), canonical URL
 * ({@code <link rel="canonical">}, {@code og:url}, JSON-LD) and outlet ({@code og:site_name},
 * JSON-LD publisher).
 */
final class WebPages {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|share|sharing|sharedaddy|social|related|comments?|commentlist"
                    + "|respond|reply|cookies?|consent|gdpr|banner|newsletter|subscribe|signup|sidebar|widgets?"
                    + "|promo|advert|ads?|sponsored|footer|masthead|skip-link|popup|modal|tags|tagcloud|pagination"
                    + "|byline|entry-meta|post-meta|author-bio|more-stories|read-more|recommended|jp-relatedposts)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg", "form",
            "button", "input", "select", "textarea", "nav", "aside", "dialog", "object", "embed", "canvas", "video",
            "audio", "figure");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "form");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "main",
            "hr", "address", "figcaption", "details", "summary");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private WebPages() {
    }

    static Extracted extract(byte[] bytes, String shown) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + shown + "': " + e.getMessage(), e);
        }
        TreeMap<String, String> metadata = metadata(page);
        metadata.put(Formats.FORMAT, Format.HTML.label());
        Element body = page.body();
        removeFurniture(body);
        Element main = mainContent(body);
        String text = render(main);
        if (text.isBlank()) {
            throw new UnreadableFileException(shown, UnreadableFileException.Reason.NO_TEXT,
                    "the page has no article text (only menus, forms or scripts; a page that builds its text"
                            + " with JavaScript needs saving from the browser as 'Web page, complete' or as text)", null);
        }
        return new Extracted("", null, Format.HTML, text, metadata, PageMap.none(), List.of());
    }

    // ------------------------------------------------------------------ main content

    private static void removeFurniture(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            Element parent = e.parent();
            boolean inArticle = parent != null && parent.closest("article, main, [itemprop=articleBody]") != null;
            if (DROP.contains(tag) || DROP_ROLES.contains(role) || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
                    || (tag.equals("header") && !inArticle) || tag.equals("footer")
                    || (!tag.equals("article") && !tag.equals("main") && !e.attr("itemprop").equals("articleBody")
                            && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find()))) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    private static Element mainContent(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        // the element whose own paragraphs hold the most text (link text counts against it)
        Element top = body;
        long topScore = 0;
        for (Element e : body.getAllElements()) {
            long score = 0;
            for (Element child : e.children()) {
                String tag = child.normalName();
                if (tag.equals("p") || tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote")
                        || tag.equals("pre") || tag.matches("h[1-6]")) {
                    int len = child.text().length();
                    int links = 0;
                    for (Element a : child.select("a")) {
                        links += a.text().length();
                    }
                    score += len - 2L * links;
                }
            }
            if (score > topScore) {
                topScore = score;
                top = e;
            }
        }
        return top;
    }

    // ------------------------------------------------------------------ text

    private static String render(Element root) {
        StringBuilder b = new StringBuilder();
        walk(root, b);
        // tidy: spaces at line edges, at most one blank line
        String[] lines = b.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String l = line.startsWith("  • ") ? "  • " + line.substring(4).strip() : line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    private static void walk(Node node, StringBuilder b) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                if (!s.isEmpty()) {
                    if (s.startsWith(" ") && (b.length() == 0 || Character.isWhitespace(b.charAt(b.length() - 1)))) {
                        s = s.substring(1);
                    }
                    b.append(s);
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    b.append('\n');
                } else if (tag.equals("li")) {
                    b.append("\n  • ");
                    walk(e, b);
                } else if (tag.equals("pre")) {
                    b.append("\n\n").append(e.wholeText()).append("\n\n");
                } else if (BLOCKS.contains(tag)) {
                    b.append("\n\n");
                    walk(e, b);
                    b.append("\n\n");
                } else if (tag.equals("td") || tag.equals("th")) {
                    b.append(' ');
                    walk(e, b);
                    b.append(' ');
                } else {
                    walk(e, b);
                }
            }
        }
    }

    // ------------------------------------------------------------------ metadata

    private static TreeMap<String, String> metadata(Document page) {
        TreeMap<String, String> m = new TreeMap<>();
        List<String> scripts = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            scripts.add(script.data());
        }
        Map<String, Object> ld = JsonLd.newsArticle(scripts);
        first(m, Formats.TITLE, meta(page, "property", "og:title"), JsonLd.string(ld.get("headline")),
                meta(page, "name", "twitter:title"), page.title());
        first(m, Formats.AUTHOR, meta(page, "name", "author"), JsonLd.names(ld.get("author")),
                notUrl(meta(page, "property", "article:author")));
        first(m, Formats.PUBLISHED, date(JsonLd.string(ld.get("datePublished"))),
                date(meta(page, "property", "article:published_time")), date(meta(page, "name", "date")),
                date(meta(page, "name", "pubdate")), date(meta(page, "name", "dc.date")),
                date(attr(page.selectFirst("time[itemprop=datePublished], article time[datetime]"), "datetime")));
        Element canonical = page.selectFirst("link[rel=canonical]");
        first(m, Formats.URL, canonical == null ? null : canonical.attr("href"), meta(page, "property", "og:url"),
                JsonLd.string(ld.get("url")), JsonLd.id(ld.get("mainEntityOfPage")));
        first(m, Formats.OUTLET, meta(page, "property", "og:site_name"), JsonLd.names(ld.get("publisher")));
        return m;
    }

    private static void first(Map<String, String> m, String key, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                m.put(key, v.strip().replaceAll("\\s+", " "));
                return;
            }
        }
    }

    private static String meta(Document page, String attribute, String name) {
        for (Element e : page.select("meta[" + attribute + "]")) {
            if (e.attr(attribute).equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    /** The calendar date as written at the start of an ISO date or date-time, else null. */
    private static String date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s.strip());
        return m.lookingAt() ? m.group(1) : null;
    }
}
