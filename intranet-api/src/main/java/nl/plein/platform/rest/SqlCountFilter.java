package nl.plein.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import nl.plein.platform.api.SqlStatements;

/**
 * With {@code PLEIN_DIAGNOSTICS=true} (tests), every API answer says how many SQL statements it
 * took, in {@code X-Plein-SQL-Statements}: a test then fails when a list's statements grow with
 * its length. Off in production.
 */
@Provider
@PreMatching
public class SqlCountFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String HEADER = "X-Plein-SQL-Statements";

  @Override
  public void filter(ContainerRequestContext request) {
    if (SqlStatements.enabled()) {
      SqlStatements.start();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (SqlStatements.enabled()) {
      response.getHeaders().putSingle(HEADER, String.valueOf(SqlStatements.stop()));
    }
  }
}
