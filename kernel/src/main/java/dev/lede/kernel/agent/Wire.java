package dev.lede.kernel.agent;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The format in which the user's JVM hands rich output to the kernel: one line per message on a
 * stream of its own ({@link #DISPLAY_STREAM}, multiplexed by JShell next to stdout and stderr on
 * the command socket, so that displays and printed text keep their order). Each line is base64 of
 * a JSON object {@code {"data": {mime: content}, "display_id": ..., "update": ..., "result": ..., "progress": ...}}.
 * Nothing a cell or a document prints on stdout or stderr is ever read as a display: those
 * streams are text only.
 */
public final class Wire {

    /** Starts an expression value that is a MIME bundle. */
    public static final String RICH_PREFIX = "\u0000lede-rich:";
    /** The name of the user JVM's display stream in JShell's multiplexed channel. */
    public static final String DISPLAY_STREAM = "lede-display";

    private static final Gson GSON = new Gson();

    private Wire() {
    }

    /**
     * @param result true for the rich form of a cell's value (an execute_result), false for
     *        display_data or, with {@code update}, update_display_data
     */
    public static String encode(Map<String, String> data, String displayId, boolean update, boolean result) {
        return encode(data, displayId, update, result, false);
    }

    /**
     * @param progress true for the display of long work's progress ({@code dev.lede.progress}), which
     *        the kernel shows only to frontends that take input (not to nbconvert: see {@code Output})
     */
    public static String encode(Map<String, String> data, String displayId, boolean update, boolean result,
                                boolean progress) {
        JsonObject o = new JsonObject();
        JsonObject d = new JsonObject();
        new TreeMap<>(data).forEach(d::addProperty);
        o.add("data", d);
        if (displayId != null) {
            o.addProperty("display_id", displayId);
        }
        o.addProperty("update", update);
        o.addProperty("result", result);
        if (progress) {
            o.addProperty("progress", true);
        }
        return Base64.getEncoder().encodeToString(GSON.toJson(o).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject decode(String base64) {
        String json = new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        return GSON.fromJson(json, JsonObject.class);
    }
}
