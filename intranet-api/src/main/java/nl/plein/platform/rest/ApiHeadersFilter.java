package nl.plein.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every API response, errors included: the full API version and the security headers
 * the API Design Rules ask for (transport security, no sniffing, no framing). "No caching of
 * personal data" is {@link NoStoreFilter}'s, since a photo may say otherwise.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ApiHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("API-Version", PleinApi.VERSION);
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Access-Control-Expose-Headers", "API-Version");
    chain.doFilter(request, response);
  }
}
