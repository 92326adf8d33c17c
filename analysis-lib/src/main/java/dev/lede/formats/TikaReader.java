package dev.lede.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The only class that touches Apache Tika. It is created by {@link LazyTika} (directly when Tika
 * is on the class path, else in a class loader over the Tika jars beside Lede's jar), so it speaks
 * to the rest of Lede in JDK types only: for a file, one map per part (the file first, then its
 * embedded documents) with keys {@code path}, {@code type}, {@code text} (pages separated by form
 * feeds), {@code metadata} (Tika's names to values, multiple values joined by "; ") and
 * {@code error} (an embedded document's failure, else absent).
 */
public final class TikaReader implements BiFunction<Path, String, List<Map<String, Object>>> {

    /** Separates pages in a part's text. */
    static final char PAGE_BREAK = '\f';

    private final AutoDetectParser parser;

    public TikaReader() {
        ClassLoader own = TikaReader.class.getClassLoader();
        try {
            // Tika finds its parsers through META-INF/services of this loader, not the thread's.
            this.parser = new AutoDetectParser(new TikaConfig(own));
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Apache Tika could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Map<String, Object>> apply(Path file, String shown) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TikaReader.class.getClassLoader()); // POI and XMLBeans look there
        try {
            return parse(file, shown);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private List<Map<String, Object>> parse(Path file, String shown) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR); // Lede does no OCR: say so instead
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(new PageFactory(), -1);
        Metadata metadata = new Metadata();
        String name = file.getFileName().toString();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        // only e-mail needs its embedded documents (attachments, messages) one by one; for the other
        // formats the recursive wrapper's bookkeeping is a third of the time, so parse directly and
        // tell embedded documents (images, fonts) to stay unparsed
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean mail = lower.endsWith(".eml") || lower.endsWith(".mbox");
        PageText direct = mail ? null : new PageText();
        if (direct != null) {
            context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new SkipEmbedded());
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            if (direct != null) {
                parser.parse(in, direct, metadata, context);
            } else {
                new RecursiveParserWrapper(parser).parse(in, handler, metadata, context);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(shown, UnreadableFileException.Reason.ENCRYPTED,
                    "the file is encrypted (password-protected): save an unprotected copy and load that", e);
        } catch (ZeroByteFileException e) {
            throw new UnreadableFileException(shown, UnreadableFileException.Reason.CORRUPT,
                    "the file is empty (0 bytes): copy it again from its source", e);
        } catch (TikaException | org.xml.sax.SAXException e) {
            if (encrypted(e)) {
                throw new UnreadableFileException(shown, UnreadableFileException.Reason.ENCRYPTED,
                        "the file is encrypted (password-protected): save an unprotected copy and load that", e);
            }
            throw new UnreadableFileException(shown, UnreadableFileException.Reason.CORRUPT,
                    "the file is damaged or not what its extension says (" + rootMessage(e)
                            + "): open it in its application and save it again", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read '" + shown + "': " + e.getMessage(), e);
        }
        List<Metadata> parts = handler.getMetadataList();
        if (direct != null) {
            metadata.set(TikaCoreProperties.TIKA_CONTENT, direct.toString());
            parts = List.of(metadata);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Metadata m : parts) {
            Map<String, Object> part = new LinkedHashMap<>();
            String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
            part.put("path", path == null ? "" : path);
            part.put("type", String.valueOf(m.get(Metadata.CONTENT_TYPE)));
            String text = m.get(TikaCoreProperties.TIKA_CONTENT);
            part.put("text", text == null ? "" : text);
            String error = m.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            if (error != null) {
                part.put("error", firstLine(error));
            }
            TreeMap<String, String> fields = new TreeMap<>();
            for (String key : m.names()) {
                if (!key.startsWith("X-TIKA:content")) {
                    fields.put(key, String.join("; ", new java.util.LinkedHashSet<>(List.of(m.getValues(key)))));
                }
            }
            part.put("metadata", fields);
            out.add(part);
        }
        return out;
    }

    private static boolean encrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")
                    || t.getClass().getName().endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Embedded documents of a PDF or Word file (pictures, fonts, objects) are not parsed. */
    private static final class SkipEmbedded implements org.apache.tika.extractor.EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }

        /** One {@link PageText} handler per part. */
    private static final class PageFactory implements ContentHandlerFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ContentHandler getNewContentHandler() {
            return new PageText();
        }

        @Override
        public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
            throw new UnsupportedOperationException("Lede collects text in memory");
        }
    }

    /**
     * Tika's XHTML as text: the body only; each {@code <div class="page">} a page (form feed
     * between pages), each block element ends with a blank line; line breaks inside a block
     * (PDF lines, {@code <br>}) stay single newlines.
     */
    static final class PageText extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private int bodyDepth;
        private int skipDepth;
        private boolean sawPage;
        private boolean inPage;
        private int divDepth;
        private int pageDepth = -1;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("body")) {
                bodyDepth++;
                return;
            }
            if (bodyDepth == 0) {
                return;
            }
            if (skipDepth > 0 || name.equals("script") || name.equals("style")) {
                skipDepth++;
                return;
            }
            if (name.equals("div")) {
                divDepth++;
            }
            if (name.equals("div") && "page".equals(atts.getValue("class")) && !inPage) {
                if (sawPage) {
                    text.append(PAGE_BREAK);
                }
                sawPage = true;
                inPage = true;
                pageDepth = divDepth;
            } else if (name.equals("br")) {
                text.append('\n');
            } else if (name.equals("li")) {
                blockBreak();
            } else if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("body")) {
                bodyDepth--;
                return;
            }
            if (bodyDepth == 0) {
                return;
            }
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (name.equals("div")) {
                if (divDepth == pageDepth) {
                    inPage = false;
                    pageDepth = -1;
                    divDepth--;
                    return;
                }
                divDepth--;
            }
            switch (name) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "div", "table" -> blockBreak();
                default -> { }
            }
        }

        private void blockBreak() {
            text.append("\n\n");
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (bodyDepth > 0 && skipDepth == 0 && (inPage || !sawPage)) {
                for (int i = start; i < start + length; i++) {
                    char c = ch[i];
                    text.append(c == PAGE_BREAK ? '\n' : c);
                }
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // Tika's PDF parser ends each line of a paragraph with one; elsewhere it is layout
            characters(ch, start, length);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
