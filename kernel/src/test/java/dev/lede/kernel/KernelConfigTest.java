package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings from the environment: accepted forms, and one-line errors naming the variable (issue 14, resources 11). */
class KernelConfigTest {

    private static KernelConfig config(Map<String, String> env) {
        return KernelConfig.fromEnvironment(env::get);
    }

    @Test
    void defaultsAndAcceptedForms() {
        assertEquals(1_000_000, config(Map.of()).outputLimit());
        assertTrue(config(Map.of()).remoteOptions().contains("-Xmx1g"));
        assertEquals(2_500_000, config(Map.of("LEDE_OUTPUT_LIMIT", " 2_500_000 ")).outputLimit());
        assertTrue(config(Map.of("LEDE_HEAP", "512M")).remoteOptions().contains("-Xmx512m"));
    }

    @Test
    void sparkOpensOnlyWhereSparkCanBeLoaded() {
        String open = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";
        assertTrue(!config(Map.of()).remoteOptions().contains(open));
        assertTrue(config(Map.of("LEDE_SPARK", "/opt/lede-spark")).remoteOptions().contains(open));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Magics.sparkHome(null));
        assertTrue(e.getMessage().startsWith("%spark: Lede on Spark is not installed with this kernel: build it"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Magics.sparkHome("/no/such/folder"));
        assertEquals("%spark: LEDE_SPARK=/no/such/folder holds no jars/ folder and lede-spark.jar: run make build"
                + " (it lays out spark/target/spark-home) and make kernel", e.getMessage());
    }

    @Test
    void userJvmStartsWithASmallHeapNeverAboveItsMaximumAndKeepsC2() {
        assertTrue(config(Map.of()).remoteOptions().contains("-Xms32m"));
        assertTrue(config(Map.of("LEDE_HEAP", "4g")).remoteOptions().contains("-Xms32m"));
        assertTrue(config(Map.of("LEDE_HEAP", "16m")).remoteOptions().contains("-Xms16m"));
        assertTrue(config(Map.of("LEDE_HEAP", "20000k")).remoteOptions().contains("-Xms20000k"));
        assertTrue(config(Map.of("LEDE_HEAP", "33554432")).remoteOptions().contains("-Xms32m"));
        assertTrue(config(Map.of()).remoteOptions().stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")));
        assertEquals(Long.MAX_VALUE, KernelConfig.bytes("99999999999g"));
        assertEquals(3L << 30, KernelConfig.bytes("3g"));
    }

    @Test
    void badOutputLimitNamesTheVariableAndTheAcceptedForm() {
        for (String bad : new String[] {"1e6", "-5", "0", "lots", "99999999999999999999"}) {
            KernelConfig.BadSetting e = assertThrows(KernelConfig.BadSetting.class,
                    () -> config(Map.of("LEDE_OUTPUT_LIMIT", bad)), bad);
            assertEquals("LEDE_OUTPUT_LIMIT=" + bad + " is not accepted: characters of output per cell, "
                    + "a whole number above 0 such as 1000000 or 1_000_000", e.getMessage());
        }
    }

    @Test
    void badHeapNamesTheVariableAndTheAcceptedForm() {
        for (String bad : new String[] {"lots", "1.5g", "-1g", "1gb", "0"}) {
            KernelConfig.BadSetting e = assertThrows(KernelConfig.BadSetting.class, () -> config(Map.of("LEDE_HEAP", bad)), bad);
            assertEquals("LEDE_HEAP=" + bad + " is not accepted: the user JVM's heap size, a whole number "
                    + "with an optional unit k, m or g, such as 1g or 512m", e.getMessage());
        }
    }

    @Test
    void progressIsAutoOrOff() {
        for (String ok : new String[] {"auto", "off", " OFF "}) {
            config(Map.of("LEDE_PROGRESS", ok));
        }
        for (String bad : new String[] {"on", "terminal", "0"}) {
            KernelConfig.BadSetting e = assertThrows(KernelConfig.BadSetting.class,
                    () -> config(Map.of("LEDE_PROGRESS", bad)), bad);
            assertEquals("LEDE_PROGRESS=" + bad + " is not accepted: auto (long work shows its progress in the notebook) "
                    + "or off", e.getMessage());
        }
    }
}
