package nl.plein.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every page. The Content-Security-Policy allows scripts only from this site
 * ({@code script-src 'self'}, no {@code unsafe-inline}): even if a post smuggled markup past the
 * sanitizer, a browser would not run it. Pages therefore never use inline scripts or event
 * handlers (and so no {@code f:ajax}, whose handlers are inline); behaviour comes from files in
 * {@code resources/js}. Inline styles stay allowed for the installation's primary colour.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    chain.doFilter(request, response);
  }
}
