package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** A cell's result as text: JShell cuts it at 21,844 characters without a word; the kernel says so. */
class ResultValueTest {

    private static String text(String value) {
        return (String) LedeKernel.plain(value).getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void aResultAtJShellsLimitGetsANotice() {
        String cut = "x".repeat(21_844);
        assertEquals(cut + System.lineSeparator() + "[Lede: a result is shown up to 21,844 characters (JShell's limit) and this one"
                + " reached it, so its end may be missing; print it with System.out.println or write it to a file.]", text(cut));
    }

    @Test
    void aShorterResultIsShownAsItIs() {
        String whole = "\"" + "y".repeat(21_841) + "\"";
        assertEquals(21_843, whole.length());
        assertEquals(whole, text(whole));
    }
}
