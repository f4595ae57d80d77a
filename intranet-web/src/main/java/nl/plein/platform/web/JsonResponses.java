package nl.plein.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The small JSON answers that scripts in resources/js ask the pages' servlets for. */
public final class JsonResponses {
  private JsonResponses() {}

  public static void write(HttpServletResponse response, JsonArray array, int maxAgeSeconds) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", maxAgeSeconds > 0 ? "private, max-age=" + maxAgeSeconds : "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try (JsonWriter writer = Json.createWriter(response.getWriter())) {
      writer.writeArray(array);
    }
  }
}
