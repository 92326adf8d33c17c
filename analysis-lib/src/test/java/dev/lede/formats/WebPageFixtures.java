package dev.lede.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Web pages built around an article text the way blogs and news sites publish them: a cookie
 * banner, a header with a menu, share buttons, related posts, tags, a comment list and a
 * "Leave a Reply" form, a sidebar and a footer. The article text goes in as blocks separated by
 * blank lines: the first block is the headline, a block of lines starting with "  • " a list.
 */
public final class WebPageFixtures {

    private WebPageFixtures() {
    }

    /** The article text of a seed file: everything before its copied "Leave a Reply" footer. */
    public static String articleText(String seed) {
        int reply = seed.indexOf("Leave a Reply");
        return (reply < 0 ? seed : seed.substring(0, reply)).strip();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The article as HTML: headline in an h1, lists as ul/li, other blocks as paragraphs. */
    public static String articleHtml(String text, String paragraphClass) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String block : text.split("\n\n+")) {
            if (first) {
                b.append("<header class=\"entry-header\">\n  <h1 class=\"entry-title\">").append(esc(block))
                        .append("</h1>\n  <div class=\"entry-meta byline\">By <a href=\"/author/staff\">Staff writer</a>"
                                + " &middot; 6 min read</div>\n</header>\n<div class=\"entry-content\">\n");
                first = false;
                continue;
            }
            if (block.startsWith("  • ")) {
                b.append("<ul>\n");
                for (String line : block.split("\n")) {
                    b.append("  <li>").append(esc(line.substring(4))).append("</li>\n");
                }
                b.append("</ul>\n");
            } else if (block.startsWith("Last Updated on")) {
                b.append("<p class=\"post-modified-info\">").append(esc(block)).append("</p>\n");
            } else {
                b.append("<p").append(paragraphClass == null ? "" : " class=\"" + paragraphClass + "\"").append(">")
                        .append(esc(block).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        b.append("</div>\n");
        return b.toString();
    }

    /**
     * A WordPress-style blog page: metadata in meta tags, Open Graph and JSON-LD as given (null
     * leaves a tag out), the article between page furniture.
     */
    public static String blogPage(String article, String site, String headline, String author, String datePublished,
                                  String canonical) {
        List<String> head = new ArrayList<>();
        head.add("<meta charset=\"utf-8\">");
        head.add("<title>" + esc(headline) + " &#8211; " + esc(site) + "</title>");
        head.add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        head.add("<link rel=\"stylesheet\" href=\"/wp-content/themes/news/style.css\">");
        head.add("<style>.cookie{position:fixed}</style>");
        if (canonical != null) {
            head.add("<link rel=\"canonical\" href=\"" + esc(canonical) + "\">");
        }
        head.add("<meta property=\"og:type\" content=\"article\">");
        head.add("<meta property=\"og:title\" content=\"" + esc(headline) + "\">");
        head.add("<meta property=\"og:site_name\" content=\"" + esc(site) + "\">");
        if (author != null) {
            head.add("<meta name=\"author\" content=\"" + esc(author) + "\">");
        }
        if (datePublished != null) {
            head.add("<meta property=\"article:published_time\" content=\"" + datePublished + "\">");
            head.add("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                    + "{\"@type\":\"WebSite\",\"name\":\"" + site + "\"},"
                    + "{\"@type\":\"NewsArticle\",\"headline\":\"" + headline.replace("\"", "\\\"") + "\","
                    + "\"datePublished\":\"" + datePublished + "\","
                    + (author == null ? "" : "\"author\":[{\"@type\":\"Person\",\"name\":\"" + author + "\"}],")
                    + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + site + "\"}}]}</script>");
        }
        head.add("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>");
        return "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n" + String.join("\n", head) + "\n</head>\n"
                + "<body class=\"post-template-default single single-post\">\n"
                + "<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n"
                + "<div id=\"cookie-notice\" class=\"cookie\" role=\"dialog\">We use cookies to give you the best"
                + " experience on our website. <button>Accept</button> <a href=\"/privacy\">Privacy policy</a></div>\n"
                + "<header id=\"masthead\" class=\"site-header\">\n  <p class=\"site-title\"><a href=\"/\">" + esc(site)
                + "</a></p>\n  <p class=\"site-description\">News and views from the region</p>\n"
                + "  <nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">"
                + "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a>"
                + "</li><li><a href=\"/contact\">Contact</a></li></ul></nav>\n</header>\n"
                + "<div id=\"content\" class=\"site-content\">\n<div id=\"primary\" class=\"content-area\">\n"
                + "<main id=\"main\" class=\"site-main\">\n<article id=\"post-4512\" class=\"post-4512 post type-post\">\n"
                + article
                + "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul>"
                + "<li><a class=\"share-facebook\" href=\"#\">Facebook</a></li><li><a class=\"share-twitter\" href=\"#\">X</a>"
                + "</li><li><a class=\"share-whatsapp\" href=\"#\">WhatsApp</a></li></ul></div>\n"
                + "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3><p><a href=\"/a\">Kim and Putin"
                + " sign pact</a></p><p><a href=\"/b\">What the summit means for Seoul</a></p></div>\n"
                + "<footer class=\"entry-footer\"><span class=\"tags-links\">Tagged <a href=\"/t/china\">China</a>, "
                + "<a href=\"/t/russia\">Russia</a></span></footer>\n</article>\n"
                + "<nav class=\"navigation post-navigation\"><a href=\"/prev\">Previous post</a> <a href=\"/next\">Next"
                + " post</a></nav>\n"
                + "<div id=\"comments\" class=\"comments-area\">\n<h2 class=\"comments-title\">2 thoughts on &ldquo;"
                + esc(headline) + "&rdquo;</h2>\n<ol class=\"comment-list\"><li class=\"comment\"><p>Great analysis, thank"
                + " you.</p></li><li class=\"comment\"><p>China will never say it openly.</p></li></ol>\n"
                + "<div id=\"respond\" class=\"comment-respond\">\n<h3 id=\"reply-title\" class=\"comment-reply-title\">"
                + "Leave a Reply</h3>\n<form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\">"
                + "<p class=\"comment-notes\"><span id=\"email-notes\">Your email address will not be published.</span>"
                + " Required fields are marked <span class=\"required\">*</span></p>\n<p><label>Comment</label>"
                + "<textarea name=\"comment\"></textarea></p><p><label>Name *</label><input name=\"author\"></p>"
                + "<p><input type=\"submit\" value=\"Post Comment\"></p></form>\n</div>\n</div>\n</main>\n</div>\n"
                + "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\"><h2>Recent Posts</h2><ul>"
                + "<li><a href=\"/c\">Seoul reacts</a></li><li><a href=\"/d\">Beijing silent</a></li></ul></section>"
                + "<section class=\"widget newsletter\"><h2>Newsletter</h2><p>Get the news in your inbox every"
                + " morning.</p></section></aside>\n</div>\n"
                + "<footer id=\"colophon\" class=\"site-footer\"><p>&copy; 2024 " + esc(site) + ". All rights reserved."
                + "</p><p><a href=\"/about\">About</a> | <a href=\"/privacy\">Privacy</a></p></footer>\n"
                + "<script src=\"/wp-includes/js/jquery.min.js\"></script>\n</body>\n</html>\n";
    }
}
