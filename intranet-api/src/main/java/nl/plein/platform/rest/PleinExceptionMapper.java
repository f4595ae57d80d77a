package nl.plein.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.plein.common.api.PleinException;
import nl.plein.common.api.ValidationException;

/** A rule Plein enforces, as problem+json with the right status and localized text. */
@Provider
public class PleinExceptionMapper implements ExceptionMapper<PleinException> {
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(PleinException e) {
    Locale locale = ApiMessages.locale(headers);
    int status =
        switch (e.kind()) {
          case INVALID -> 400;
          case UNAUTHENTICATED -> 401;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
        };
    List<Problem.InvalidParam> invalid =
        e instanceof ValidationException v
            ? v.fieldErrors().stream()
                .map(f -> new Problem.InvalidParam(f.field(), f.code(), ApiMessages.text(locale, f.code(), f.arguments())))
                .toList()
            : List.of();
    return Problems.response(
        status, e.code(), ApiMessages.text(locale, e.code(), e.arguments()), invalid, headers, uri);
  }
}
