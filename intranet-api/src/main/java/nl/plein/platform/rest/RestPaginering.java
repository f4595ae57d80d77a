package nl.plein.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import nl.plein.common.api.Page;

/** Paging information of a list response, with links to the neighbouring pages. */
public record RestPaginering(
    int pagina, int paginaGrootte, long totaal, int totaalPaginas, String vorige, String volgende) {

  public static RestPaginering of(Page<?> page, UriInfo uri) {
    String previous = page.page() > 1 ? link(uri, page.page() - 1, page.size()) : null;
    String next = page.hasNext() ? link(uri, page.page() + 1, page.size()) : null;
    return new RestPaginering(page.page(), page.size(), page.total(), page.totalPages(), previous, next);
  }

  private static String link(UriInfo uri, int page, int size) {
    var target =
        uri.getRequestUriBuilder()
            .replaceQueryParam("pagina", page)
            .replaceQueryParam("paginaGrootte", size)
            .build();
    return target.getRawPath() + "?" + target.getRawQuery();
  }
}
