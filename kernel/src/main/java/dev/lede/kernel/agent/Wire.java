package dev.lede.kernel.agent;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The format in which the user's JVM hands rich output to the kernel: a prefix that user text will
 * not contain, then base64 of a JSON object {@code {"data": {mime: content}, "display_id": ..., "update": ...}}.
 * Base64 keeps the payload free of characters JShell would escape or the stream would split.
 */
public final class Wire {

    /** Starts an expression value that is a MIME bundle. */
    public static final String RICH_PREFIX = "\u0000lede-rich:";
    /** Starts a display message inside the stdout stream; ends at the next newline. */
    public static final String DISPLAY_PREFIX = "\u0000lede-display:";

    /** The display id of a cell's result (an execute_result, not a display_data). */
    public static final String RESULT_ID = "\u0000result";

    private static final Gson GSON = new Gson();

    private Wire() {
    }

    public static String encode(Map<String, String> data, String displayId, boolean update) {
        JsonObject o = new JsonObject();
        JsonObject d = new JsonObject();
        new TreeMap<>(data).forEach(d::addProperty);
        o.add("data", d);
        if (displayId != null) {
            o.addProperty("display_id", displayId);
        }
        o.addProperty("update", update);
        return Base64.getEncoder().encodeToString(GSON.toJson(o).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject decode(String base64) {
        String json = new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        return GSON.fromJson(json, JsonObject.class);
    }
}
