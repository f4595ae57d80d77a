package nl.plein.platform.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import nl.plein.accounts.api.AuthenticationAttributes;

/**
 * Every resource needs an API token except those marked {@link PublicResource}. A token that was
 * sent but refused is a 401 everywhere. Which token may do what is checked by the services.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  @Context ResourceInfo resource;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext context) {
    Object error = request.getAttribute(AuthenticationAttributes.API_AUTH_ERROR);
    if (error != null) {
      context.abortWith(unauthorized(error.toString(), headers, uri));
      return;
    }
    boolean isPublic =
        resource.getResourceMethod() != null
            && (resource.getResourceMethod().isAnnotationPresent(PublicResource.class)
                || resource.getResourceClass().isAnnotationPresent(PublicResource.class));
    if (!isPublic && context.getSecurityContext().getUserPrincipal() == null) {
      context.abortWith(unauthorized("error.api.unauthenticated", headers, uri));
    }
  }

  static Response unauthorized(String code, HttpHeaders headers, UriInfo uri) {
    return Response.fromResponse(Problems.response(401, code, headers, uri))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"plein\"")
        .build();
  }
}
