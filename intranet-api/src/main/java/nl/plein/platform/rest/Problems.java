package nl.plein.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem responses; every error the API returns goes through here. */
public final class Problems {
  private Problems() {}

  public static Response response(
      int status, String code, String detail, List<Problem.InvalidParam> invalid, HttpHeaders headers, UriInfo uri) {
    Locale locale = ApiMessages.locale(headers);
    String title = ApiMessages.text(locale, "http." + status);
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank",
                title,
                status,
                detail == null ? title : detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                code,
                invalid == null || invalid.isEmpty() ? null : invalid))
        .build();
  }

  public static Response response(int status, String code, HttpHeaders headers, UriInfo uri) {
    Locale locale = ApiMessages.locale(headers);
    return response(status, code, code == null ? null : ApiMessages.text(locale, code), null, headers, uri);
  }
}
