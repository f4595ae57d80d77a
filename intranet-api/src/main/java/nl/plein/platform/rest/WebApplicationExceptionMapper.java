package nl.plein.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (404 no such resource, 405 with its Allow header, 406, 415,
 * malformed JSON) as problem+json, keeping the original response's headers.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return Problems.response(500, "error.internal", headers, uri);
    }
    Response problem =
        Problems.response(
            status,
            "error.http." + status,
            ApiMessages.text(ApiMessages.locale(headers), "http." + status + ".detail"),
            null,
            headers,
            uri);
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    original.getStringHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(v -> builder.header(name, v));
      }
    });
    return builder.build();
  }
}
