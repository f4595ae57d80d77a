package nl.plein.platform.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The API Design Rules: a URI with a trailing slash is a different, non-existing resource (404).
 * JAX-RS would otherwise match {@code /organisaties/} to {@code /organisaties}.
 */
@Provider
@PreMatching
public class TrailingSlashFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext context) {
    String path = context.getUriInfo().getRequestUri().getRawPath();
    String base = context.getUriInfo().getBaseUri().getRawPath();
    if (path.endsWith("/") && !path.equals(base) && !(path + "/").equals(base)) {
      throw new NotFoundException();
    }
  }
}
