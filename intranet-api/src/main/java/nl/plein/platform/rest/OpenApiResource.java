package nl.plein.platform.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3 document. Written by hand and kept next to the code (src/main/resources): a test
 * lints it against the API Design Rules and another checks it describes every resource.
 */
@Path("/openapi.json")
@PublicResource
public class OpenApiResource {
  private static final byte[] DOCUMENT = load();

  @GET
  @Produces("application/json")
  public Response document() {
    return Response.ok(DOCUMENT).header("Access-Control-Allow-Origin", "*").build();
  }

  private static byte[] load() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
