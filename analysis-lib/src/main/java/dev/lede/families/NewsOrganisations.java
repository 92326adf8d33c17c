package dev.lede.families;

import dev.lede.display.Tables;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * The news organisations {@link Attribution} looks for: agencies, broadcasters and newspapers,
 * each with a canonical name, a kind and aliases. The built-in list is the resource
 * {@value #RESOURCE} (AFP, AP, Reuters, BBC / British Broadcasting Corporation, TASS,
 * RIA Novosti, Xinhua, Yonhap, Kyodo, Bloomberg, CNN, NHK, CCTV, Global Times, ...); extend or
 * trim it with {@link #with} and {@link #without}. Immutable.
 *
 * <p>Matching is case aware: an alias matches as written or in capitals ("Reuters",
 * "REUTERS", not "reuters"; "AP" only as "AP"), a leading "The" in any case, straight and curly
 * apostrophes alike, whole words only; where aliases overlap the longest wins
 * ("BBC News" over "BBC").
 *
 * <pre>{@code
 * NewsOrganisations orgs = NewsOrganisations.standard().with("Arirang", "broadcaster", "Arirang TV");
 * orgs.resolve("British Broadcasting Corporation");   // Optional[BBC]
 * orgs.find("the BBC reported, citing Reuters");      // [BBC 4-7, Reuters 25-32]
 * }</pre>
 */
public final class NewsOrganisations implements Renderable {

    /** The built-in list on the classpath. */
    public static final String RESOURCE = "/dev/lede/reuse/news-organisations.tsv";

    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String ALIASES = "aliases";

    /** One organisation name found in a text: the canonical name and the characters [start, end). */
    public record Match(String organisation, String text, int start, int end) {
    }

    private record Entry(String name, String kind, List<String> aliases) {
    }

    private static volatile NewsOrganisations standard;

    private final TreeMap<String, Entry> entries;
    private final Pattern pattern;
    private final Map<String, String> byKey;

    private NewsOrganisations(TreeMap<String, Entry> entries) {
        this.entries = entries;
        TreeMap<String, String> keys = new TreeMap<>();
        List<String> all = new ArrayList<>();
        for (Entry e : entries.values()) {
            for (String a : e.aliases()) {
                String k = key(a);
                String previous = keys.putIfAbsent(k, e.name());
                if (previous != null && !previous.equals(e.name())) {
                    throw new IllegalArgumentException("alias '" + a + "' belongs to both '" + previous + "' and '"
                            + e.name() + "': give it to one of them");
                }
                all.add(a);
            }
        }
        this.byKey = keys;
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(regex(all.get(i)));
        }
        b.append(")(?![\\p{L}\\p{N}])");
        this.pattern = all.isEmpty() ? null
                : Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The built-in list ({@value #RESOURCE}). */
    public static NewsOrganisations standard() {
        NewsOrganisations s = standard;
        if (s == null) {
            s = load();
            standard = s;
        }
        return s;
    }

    /** No organisations: a start for a list of one's own. */
    public static NewsOrganisations empty() {
        return new NewsOrganisations(new TreeMap<>());
    }

    private static NewsOrganisations load() {
        TreeMap<String, Entry> m = new TreeMap<>();
        try (InputStream in = NewsOrganisations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": need name<TAB>kind[<TAB>aliases]");
                }
                List<String> aliases = new ArrayList<>();
                aliases.add(f[0].strip());
                if (f.length > 2 && !f[2].isBlank()) {
                    for (String a : f[2].split("\\|")) {
                        aliases.add(a.strip());
                    }
                }
                m.put(f[0].strip(), new Entry(f[0].strip(), f[1].strip(), dedupe(aliases)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new NewsOrganisations(m);
    }

    /**
     * A copy with organisation {@code name} of this {@code kind} ("agency", "broadcaster",
     * "newspaper", ...) and these aliases; an existing entry of that name keeps its aliases and
     * gains the new ones.
     */
    public NewsOrganisations with(String name, String kind, String... aliases) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank organisation name: give e.g. \"Reuters\"");
        }
        TreeMap<String, Entry> m = new TreeMap<>(entries);
        List<String> all = new ArrayList<>();
        Entry old = m.get(name.strip());
        if (old != null) {
            all.addAll(old.aliases());
        } else {
            all.add(name.strip());
        }
        for (String a : aliases) {
            if (Objects.requireNonNull(a, "alias").isBlank()) {
                throw new IllegalArgumentException("blank alias for '" + name + "': give a name as it appears in texts");
            }
            all.add(a.strip());
        }
        m.put(name.strip(), new Entry(name.strip(), kind.strip(), dedupe(all)));
        return new NewsOrganisations(m);
    }

    /** A copy without organisation {@code name}; an unknown name is an error. */
    public NewsOrganisations without(String name) {
        if (!entries.containsKey(Objects.requireNonNull(name, "name"))) {
            throw new IllegalArgumentException("no organisation '" + name + "' in the list: see names()");
        }
        TreeMap<String, Entry> m = new TreeMap<>(entries);
        m.remove(name);
        return new NewsOrganisations(m);
    }

    private static List<String> dedupe(List<String> aliases) {
        return List.copyOf(new LinkedHashSet<>(aliases));
    }

    /** Canonical names, sorted. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public int size() {
        return entries.size();
    }

    /** Aliases of {@code name} (the name first); an unknown name is an error. */
    public List<String> aliases(String name) {
        return entry(name).aliases();
    }

    /** The kind of {@code name} ("agency", "broadcaster", "newspaper"). */
    public String kind(String name) {
        return entry(name).kind();
    }

    private Entry entry(String name) {
        Entry e = entries.get(Objects.requireNonNull(name, "name"));
        if (e == null) {
            throw new IllegalArgumentException("no organisation '" + name + "' in the list: see names()");
        }
        return e;
    }

    /** The organisation {@code text} names exactly (case aware, as in {@link #find}), if any. */
    public Optional<String> resolve(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        List<Match> m = find(s);
        return m.size() == 1 && m.get(0).start() == 0 && m.get(0).end() == s.length()
                ? Optional.of(m.get(0).organisation()) : Optional.empty();
    }

    /** Every organisation name in {@code text}, in text order, not overlapping. Pure. */
    public List<Match> find(String text) {
        Objects.requireNonNull(text, "text");
        if (pattern == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        while (from < text.length()) {
            m.region(from, text.length());
            if (!m.find()) {
                break;
            }
            int start = m.start();
            int end = m.end();
            String org = caseAwareLookup(m.group());
            // the longest alias can fail the case check where a shorter one fits ("BBC news")
            while (org == null && end - 1 > start) {
                m.region(start, end - 1);
                if (!m.lookingAt()) {
                    break;
                }
                end = m.end();
                org = caseAwareLookup(m.group());
            }
            if (org != null) {
                out.add(new Match(org, text.substring(start, end), start, end));
                from = end;
            } else {
                from = start + 1;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The canonical name when {@code found} matches an alias with acceptable case, else null. */
    private String caseAwareLookup(String found) {
        String name = byKey.get(key(found));
        if (name == null) {
            return null;
        }
        for (String alias : entries.get(name).aliases()) {
            if (key(alias).equals(key(found)) && caseFits(alias, found)) {
                return name;
            }
        }
        return null;
    }

    private static boolean caseFits(String alias, String found) {
        String[] aw = norm(alias).split("[\\s\\-‐‑]+");
        String[] fw = norm(found).split("[\\s\\-‐‑]+");
        if (aw.length != fw.length) {
            return false;
        }
        for (int i = 0; i < aw.length; i++) {
            boolean ok = fw[i].equals(aw[i]) || fw[i].equals(aw[i].toUpperCase(Locale.ROOT))
                    || i == 0 && aw[i].equalsIgnoreCase("the") && fw[i].equalsIgnoreCase("the");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s.replace('’', '\'').replace('‘', '\'');
    }

    private static String key(String s) {
        return norm(s).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑]+", " ").strip();
    }

    private static String regex(String alias) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == '\'' || c == '’') {
                b.append("['’]");
            } else if (Character.isWhitespace(c) || c == '-') {
                b.append("[\\s\\-‐‑]+");
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** One row per organisation, sorted by name: {@link #NAME}, {@link #KIND}, {@link #ALIASES} ("; "-joined). */
    public Table table() {
        return Tables.of("news organisations", List.copyOf(entries.values()),
                Tables.text(NAME, Entry::name),
                Tables.text(KIND, Entry::kind),
                Tables.text(ALIASES, e -> String.join("; ", e.aliases())));
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        String caption = "News organisations: " + entries.size();
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return "NewsOrganisations[" + entries.size() + " organisations]";
    }
}
