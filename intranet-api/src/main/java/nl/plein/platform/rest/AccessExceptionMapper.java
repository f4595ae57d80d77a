package nl.plein.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 401 without credentials, else 403. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException e) {
    if (security.getUserPrincipal() == null) {
      return AuthenticationFilter.unauthorized("error.api.unauthenticated", headers, uri);
    }
    return Problems.response(403, "error.forbidden", headers, uri);
  }
}
