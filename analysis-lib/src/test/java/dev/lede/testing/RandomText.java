package dev.lede.testing;

import java.util.Random;

/** Seeded random texts for tests that compare the byte fast path with the Tokenizer. */
public final class RandomText {

    private RandomText() {
    }

    /** Fragments that exercise the ASCII fast path's rules and its hand-over to the Tokenizer. */
    private static final String[] FRAGMENTS = {"the", "The", "LORD", "Putin", "it's", "Putin's", "KIM'S", "a's",
        "'s", "s'", "countries'", "don't", "don’t", "Putin’s", "U.S.", "u.n", "a:b", "a.1", "1.a", "a;b", "1;2",
        "1,000", "1,000.50", "19.06.2024", "17:10", "3.5", "2nd", "a1", "1_2", "a_b", "_", "__", "_a", "x-y",
        "20-second", "2023-2024", "-5", "5- 19", "soon-to-be-former", "Kim-Putin's", "a--b", "x-", "-",
        "http://Www.BBC.com/News(x)).", "https://EXAMPLE.org/A/B?Q=Z#F", "www.", "www.1.com", "WWW.X.ORG",
        "http://", "https://a", "www.x.com/a_(b)]", "http://a.com/x'.", "http://[a]/b]", "HTTP://A.B*",
        "(", ")", "[", "]", "'", "\"", "<", ">", "*", "!", "?", ".", ",", ";", ":", "#", "@", "%", "/", "&",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u0001", "\u007F",
        "é", "café", "naïve", "’", "‐", "‑", "Путин", "Путина's", "김정은", "中国的", "東京タワー", "ไทย", "😭", "🇰🇵",
        "\u0301", "\u00A0", "\u200D", "\u3000", "ß", "İstanbul", "x\u0301y", "a\u00ADb"};

    public static String asciiHeavyText(Random r) {
        int n = r.nextInt(60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 6) {
                sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            } else if (k < 8) {
                sb.append(' ');
            } else {
                sb.append((char) (0x20 + r.nextInt(0x5F)));
            }
        }
        return sb.toString();
    }
}
