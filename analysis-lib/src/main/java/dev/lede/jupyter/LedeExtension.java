package dev.lede.jupyter;

import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.display.Rendering;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import tech.tablesaw.api.Table;

/**
 * Makes any jjava-based kernel show Lede's results: registers renderers for {@link Renderable}s
 * and Tablesaw tables (through {@link Rendering}, the same code Lede's own kernel uses) and
 * runs {@link #DEFAULT_IMPORTS}. Found by jjava through {@code META-INF/services}, so
 * {@code %classpath analysis-lib.jar} (or {@code %maven}) in a plain JJava notebook is enough.
 *
 * <pre>{@code
 * new LedeExtension().install(kernel); // what jjava does on finding the jar
 * }</pre>
 */
public final class LedeExtension implements Extension {

    /** Imports a notebook gets: Lede's API, Tablesaw's tables and java.util. */
    public static final List<String> DEFAULT_IMPORTS = List.of(
            "import dev.lede.corpus.*;",
            "import dev.lede.text.*;",
            "import dev.lede.stats.*;",
            "import dev.lede.vectors.*;",
            "import dev.lede.coverage.*;",
            "import dev.lede.reuse.*;",
            "import dev.lede.semantic.*;",
            "import dev.lede.families.*;",
            "import dev.lede.captions.*;",
            "import dev.lede.timeline.*;",
            "import dev.lede.formats.*;",
            "import dev.lede.maps.*;",
            "import dev.lede.models.*;",
            "import dev.lede.topics.*;",
            "import dev.lede.display.*;",
            "import dev.lede.progress.*;",
            "import tech.tablesaw.api.*;",
            "import java.util.*;",
            "import java.nio.file.*;");

    @Override
    public void install(BaseKernel kernel) {
        kernel.getRenderer().createRegistration(Renderable.class)
                .preferring(MimeBundle.TEXT_HTML)
                .supporting(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML, MimeBundle.IMAGE_SVG, MimeBundle.IMAGE_PNG)
                .register((value, context) -> put(Rendering.bundle(value), context));
        kernel.getRenderer().createRegistration(Table.class)
                .preferring(MimeBundle.TEXT_HTML)
                .supporting(MimeBundle.TEXT_PLAIN, MimeBundle.TEXT_HTML)
                .register((value, context) -> put(Rendering.bundle(value), context));
        for (String imp : DEFAULT_IMPORTS) {
            kernel.evalRaw(imp);
        }
    }

    private static void put(MimeBundle bundle, RenderContext context) {
        DisplayData out = context.getOutputContainer();
        for (Map.Entry<String, String> e : bundle.asMap().entrySet()) {
            out.putData(e.getKey(), e.getValue());
        }
    }
}
