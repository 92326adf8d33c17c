package dev.lede.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;

/** {@link ConnectionFile}: the same properties as jjava's Gson-based parser, and clear errors. */
class ConnectionFileTest {

    /** As jupyter_client 8 writes it (json.dump with indent=2). */
    private static final String WRITTEN = """
            {
              "shell_port": 40123,
              "iopub_port": 40124,
              "stdin_port": 40125,
              "control_port": 40126,
              "hb_port": 40127,
              "ip": "127.0.0.1",
              "key": "0d2f5a0e-3c1b4f7e9a8d6c5b4a392817",
              "transport": "tcp",
              "signature_scheme": "hmac-sha256",
              "kernel_name": "lede"
            }
            """;

    private static void assertSameAsJjava(String json) {
        KernelConnectionProperties ours = ConnectionFile.parse(json);
        KernelConnectionProperties gson = KernelConnectionProperties.parse(json);
        assertEquals(gson.toString(), ours.toString(), json);
        assertEquals(gson.getKey(), ours.getKey());
        assertEquals(gson.getSignatureScheme(), ours.getSignatureScheme());
    }

    @Test
    void readsWhatJupyterClientWrites() {
        KernelConnectionProperties p = ConnectionFile.parse(WRITTEN);
        assertEquals("127.0.0.1", p.getIp());
        assertEquals(40123, p.getShellPort());
        assertEquals(40124, p.getIopubPort());
        assertEquals(40125, p.getStdinPort());
        assertEquals(40126, p.getControlPort());
        assertEquals(40127, p.getHbPort());
        assertEquals("tcp", p.getTransport());
        assertEquals("hmac-sha256", p.getSignatureScheme());
        assertEquals("0d2f5a0e-3c1b4f7e9a8d6c5b4a392817", p.getKey());
        assertSameAsJjava(WRITTEN);
    }

    @Test
    void agreesWithJjavaOnEscapesMissingFieldsAndOtherValues() {
        assertSameAsJjava("{\"key\":\"a\\\"b\\\\c\\/d\\u00e9\\n\",\"ip\":\"::1\",\"shell_port\":1}");
        assertSameAsJjava("{}");
        assertSameAsJjava("{\"shell_port\": \"5555\", \"key\": null, \"flag\": true, \"n\": -3}");
        // A fraction, a nested value or a repeated key goes to jjava's parser unchanged.
        assertSameAsJjava("{\"shell_port\": 5555, \"x\": 1.5e3}");
        assertSameAsJjava("{\"shell_port\": 5555, \"x\": {\"y\": [1, 2]}}");
        assertEquals(2, ConnectionFile.parse("{\"shell_port\": 1, \"shell_port\": 2}").getShellPort());
    }

    @Test
    void badJsonSaysWhereItBreaks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionFile.parse("{\"shell_port\": 5555 \"ip\": \"x\"}"));
        // Character 21 is the quote of "ip", where a comma should be.
        assertEquals("not valid JSON: expected ',' or '}' at character 21", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"ip\": \"127.0.0.1"));
        assertEquals("not valid JSON: unexpected end at character 18", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"ip\": \"a\"} x"));
        assertEquals("not valid JSON: unexpected text after the object at character 13", e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectionFile.parse("{\"shell_port\": 70000}"));
        assertEquals("\"shell_port\" must be a port number from 0 to 65535, not 70000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"hb_port\": true}"));
        assertEquals("\"hb_port\" must be a port number from 0 to 65535, not true", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"ip\": 127}"));
        assertEquals("\"ip\" must be a string, not 127", e.getMessage());
        // What jjava's parser rejects is reported, not thrown as Gson's own exception.
        e = assertThrows(IllegalArgumentException.class, () -> ConnectionFile.parse("{\"x\": [1, }"));
        assertTrue(e.getMessage().startsWith("not a Jupyter connection file ("), e.getMessage());
    }
}
