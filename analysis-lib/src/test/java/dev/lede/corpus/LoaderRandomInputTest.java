package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random input for the loaders: random bytes in text files, random CSVs with stray quotes
 * and delimiters, random manifests with bad ranges, kinds and dates. The loaders either succeed
 * (and then the documents are exactly what an independent reading gives) or raise one of their
 * documented errors; nothing else escapes.
 */
class LoaderRandomInputTest {

    @TempDir
    Path dir;

    /** The documented error messages (IllegalArgumentException unless noted). */
    static final List<Pattern> DOCUMENTED = List.of(
            Pattern.compile("is not valid UTF-8: invalid bytes? at byte offset \\d+ \\(line \\d+\\)"),
            Pattern.compile("is not valid CSV at line \\d+"),
            Pattern.compile("line \\d+: the record has \\d+ fields but the header has \\d+"),
            Pattern.compile("lines \\d+ and \\d+ both have id"),
            Pattern.compile("line \\d+: the id (in column '[^']+' )?is empty"),
            Pattern.compile("line \\d+ \\(id '[^']*'\\): the file is empty"),
            Pattern.compile("line \\d+: header column \\d+ has no name"),
            Pattern.compile("line \\d+: column '.*' appears twice in the header"),
            Pattern.compile("is empty: a CSV file needs a header row"),
            Pattern.compile("has no text column '[^']+'; columns found"),
            Pattern.compile("is not a corpus manifest: it needs columns 'id' and 'file'"),
            Pattern.compile("line \\d+ \\(id '[^']*'\\): (start|end) '.*' is not a whole number"),
            Pattern.compile("line \\d+ \\(id '[^']*'\\): end \\d+ is before start \\d+"),
            Pattern.compile("line \\d+ \\(id '[^']*'\\): range \\d+-\\d+ is outside '"),
            Pattern.compile("line \\d+ \\(id '[^']*'\\): unknown document kind"),
            Pattern.compile("line \\d+( \\(id '[^']*'\\))?: published '.*' is not an ISO date"),
            Pattern.compile("files '[^']+' and '[^']+' in folder .* both give document id"));
    static final Pattern MISSING_FILE = Pattern.compile("line \\d+ \\(id '[^']*'\\) refers to file '.*', which was not found");

    static void assertDocumented(RuntimeException e) {
        if (e instanceof UncheckedIOException) {
            assertTrue(MISSING_FILE.matcher(e.getMessage()).find(), "undocumented I/O error: " + e.getMessage());
            return;
        }
        if (!(e instanceof IllegalArgumentException)) {
            fail("undocumented exception type " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
        for (Pattern p : DOCUMENTED) {
            if (p.matcher(e.getMessage()).find()) {
                return;
            }
        }
        fail("undocumented error message: " + e.getMessage(), e);
    }

    @Test
    void randomBytesInTextFiles() throws IOException {
        Random random = new Random(20240619L);
        LoadOptions lenient = LoadOptions.builder().lenientUtf8(true).build();
        int failures = 0;
        for (int round = 0; round < 300; round++) {
            Path folder = Files.createDirectories(dir.resolve("bytes" + round));
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly ASCII and valid multi-byte lead/continuation bytes, so both outcomes occur
                int r = random.nextInt(10);
                bytes[i] = (byte) (r < 5 ? 0x20 + random.nextInt(0x5F) : r < 7 ? '\n' - random.nextInt(2) * 3 : random.nextInt(256));
            }
            Files.write(folder.resolve("doc.txt"), bytes);
            Corpus replaced = Corpus.fromFolder(folder, lenient);
            int count = replaced.loadReport().replacedCharacters();
            String text = replaced.document("doc").text();
            assertTrue(text.chars().filter(c -> c == 0xFFFD).count() >= count);
            assertTrue(text.indexOf('\r') < 0, "line ends are normalised");
            try {
                Corpus strict = Corpus.fromFolder(folder);
                assertEquals(0, count, "strict loading must fail exactly when lenient loading replaced something");
                assertEquals(text, strict.document("doc").text());
            } catch (RuntimeException e) {
                assertDocumented(e);
                failures++;
                assertTrue(count > 0);
                // the strict error and the lenient report name the same first bad byte
                Matcher strictAt = Pattern.compile("byte offset (\\d+)").matcher(e.getMessage());
                Matcher lenientAt = Pattern.compile("first at byte offset (\\d+)").matcher(replaced.loadReport().warnings().get(0));
                assertTrue(strictAt.find() && lenientAt.find());
                assertEquals(strictAt.group(1), lenientAt.group(1));
            }
        }
        assertTrue(failures > 50 && failures < 250, "both outcomes must occur, failures=" + failures);
    }

    @Test
    void randomCsvsWithStrayQuotes() throws IOException {
        Random random = new Random(7L);
        String[] safe = {"a", "b", "Kim", " ", "é", "🌏", "1", "x y"};
        String[] risky = {",", "\"", "\n", "\r\n", "\"\""};
        int ok = 0;
        int failed = 0;
        for (int round = 0; round < 400; round++) {
            boolean withId = random.nextBoolean();
            StringBuilder b = new StringBuilder(withId ? "id,text,note\n" : "text,note\n");
            int rows = random.nextInt(5);
            for (int r = 0; r < rows; r++) {
                int fields = withId ? 3 : 2;
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        b.append(',');
                    }
                    StringBuilder field = new StringBuilder();
                    int len = random.nextInt(4);
                    for (int i = 0; i < len; i++) {
                        // about one field in ten gets a stray quote, comma or line break
                        field.append(random.nextInt(30) == 0 ? risky[random.nextInt(risky.length)]
                                : safe[random.nextInt(safe.length)]);
                    }
                    if (random.nextInt(4) == 0) {
                        b.append('"').append(field.toString().replace("\"", random.nextInt(5) == 0 ? "\"" : "\"\""))
                                .append('"');
                    } else {
                        b.append(field);
                    }
                }
                b.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            Path csv = dir.resolve("random" + round + ".csv");
            Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
            try {
                Corpus c = Corpus.fromCsv(csv);
                ok++;
                for (Document d : c.documents()) {
                    assertTrue(d.source().startsWith(csv.getFileName() + ":line "), d.source());
                    assertTrue(d.text().indexOf('\r') < 0);
                }
            } catch (RuntimeException e) {
                assertDocumented(e);
                failed++;
                Matcher line = Pattern.compile("line (\\d+)").matcher(e.getMessage());
                if (line.find()) {
                    long lines = b.chars().filter(ch -> ch == '\n').count() + 1;
                    long at = Long.parseLong(line.group(1));
                    assertTrue(at >= 1 && at <= lines, "line " + at + " of " + lines + ": " + e.getMessage());
                }
            }
        }
        assertTrue(ok > 40 && failed > 40, "ok=" + ok + " failed=" + failed);
    }

    @Test
    void randomManifests() throws IOException {
        Random random = new Random(42L);
        String text = "Kim 🌏 Putin\nChina é.\n";
        int length = text.codePointCount(0, text.length());
        Files.writeString(dir.resolve("t.txt"), text);
        String[] ids = {"a", "b", "c", "d", "e", "", "a"};
        String[] files = {"t.txt", "t.txt", "t.txt", "t.txt", "t.txt", "missing.txt", ""};
        String[] offsets = {"", "", "", "0", "1", "4", "5", "12", "20", String.valueOf(length), String.valueOf(length + 1),
            "-1", "x"};
        String[] kinds = {"", "", "", "article", "comment", "opinion"};
        String[] dates = {"", "", "", "2024-06-19", "2024-13-01", "19.06.2024"};
        int ok = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder("id,file,start,end,kind,published\n");
            List<String[]> rows = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                String[] row = {ids[random.nextInt(ids.length)], files[random.nextInt(files.length)],
                    offsets[random.nextInt(offsets.length)], offsets[random.nextInt(offsets.length)],
                    kinds[random.nextInt(kinds.length)], dates[random.nextInt(dates.length)]};
                rows.add(row);
                b.append(String.join(",", row)).append('\n');
            }
            Path m = dir.resolve("m" + round + ".csv");
            Files.writeString(m, b.toString());
            try {
                Corpus c = Corpus.fromManifest(m);
                ok++;
                for (int i = 0; i < rows.size(); i++) {
                    String[] row = rows.get(i);
                    int start = row[2].isEmpty() ? 0 : Integer.parseInt(row[2]);
                    int end = row[3].isEmpty() ? length : Integer.parseInt(row[3]);
                    // independent slice by code points
                    String expected = new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
                    assertEquals(expected, c.document(row[0]).text());
                }
            } catch (RuntimeException e) {
                assertDocumented(e);
            }
        }
        assertTrue(ok > 10, "ok=" + ok);
    }
}
