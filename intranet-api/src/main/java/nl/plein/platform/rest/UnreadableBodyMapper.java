package nl.plein.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not valid JSON for the resource: 400, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    return Problems.response(400, "error.api.unreadableBody", headers, uri);
  }
}
