package dev.lede.jupyter;

import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LedeExtensionTest {

    /** The smallest jjava kernel: jjava's real Renderer; evaluation only records the source. */
    static final class RecordingKernel extends BaseKernel {
        final List<String> evaluated = new ArrayList<>();

        RecordingKernel() {
            super("test", "0", new LanguageInfo.Builder("java").build(), List.of(), null,
                    new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                    new MagicsRegistry(), true, new StringStyler.Builder().build());
        }

        @Override
        public Object evalRaw(String source) {
            evaluated.add(source);
            return null;
        }

        @Override
        public DisplayData inspect(String code, int at, boolean extraDetail) {
            return null;
        }

        @Override
        public ReplacementOptions complete(String code, int at) {
            return null;
        }

        @Override
        public String isComplete(String code) {
            return IS_COMPLETE_MAYBE;
        }
    }

    @Test
    void foundByServiceLoaderAndInstallsRenderersAndImports() {
        Extension ext = ServiceLoader.load(Extension.class).findFirst().orElseThrow();
        assertEquals(LedeExtension.class, ext.getClass());
        RecordingKernel kernel = new RecordingKernel();
        ext.install(kernel);
        assertEquals(LedeExtension.DEFAULT_IMPORTS, kernel.evaluated);

        Table t = Table.create("t", IntColumn.create("n", 1, 2));
        DisplayData d = kernel.getRenderer().render(t);
        MimeBundle expected = Rendering.bundle(t);
        assertEquals(expected.get(MimeBundle.TEXT_HTML), d.getData(MIMEType.TEXT_HTML));
        assertEquals(expected.get(MimeBundle.TEXT_PLAIN), d.getData(MIMEType.TEXT_PLAIN));
    }
}
