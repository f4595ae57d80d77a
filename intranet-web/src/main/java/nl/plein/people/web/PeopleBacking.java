package nl.plein.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.plein.people.api.DirectoryResult;
import nl.plein.people.api.DirectoryService;
import nl.plein.people.api.FacetValue;
import nl.plein.platform.web.Feedback;

/**
 * {@code /people/index.xhtml}: the directory (smoelenboek). Everything comes from the address (see
 * {@link DirectorySearch}), so the bean only lives for one request.
 */
@Named
@RequestScoped
public class PeopleBacking {
  @Inject DirectoryService directory;
  @Inject Feedback feedback;

  private final DirectorySearch search = new DirectorySearch();
  private DirectoryResult result;

  /** A filter in use, with the link that drops it. */
  public record ActiveFilter(String text, String removeHref) {}

  /** View action. */
  public void load() {
    result = feedback.attemptAndGet(() -> directory.search(search.toQuery())).orElse(null);
  }

  /** The link that narrows the list to a facet value ({@code param} is the address parameter). */
  public String addHref(String param, FacetValue value) {
    return search.href(param, value.key());
  }

  public String removeHref(String param) {
    return search.href(param, null);
  }

  /** Whether the facet value is the filter in use (shown as chosen instead of as a link). */
  public boolean chosen(String param, FacetValue value) {
    return value.key().equals(search.value(param));
  }

  public List<ActiveFilter> getActiveFilters() {
    List<ActiveFilter> filters = new ArrayList<>();
    if (result == null) {
      return filters;
    }
    add(filters, DirectorySearch.ORGANISATION, "people.filter.organisation", result.organisations());
    add(filters, DirectorySearch.DEPARTMENT, "people.filter.department", result.departments());
    add(filters, DirectorySearch.LOCATION, "people.filter.location", result.locations());
    add(filters, DirectorySearch.EXPERTISE, "people.filter.expertise", result.expertise());
    return filters;
  }

  private void add(List<ActiveFilter> filters, String param, String textKey, List<FacetValue> facet) {
    String key = search.value(param);
    if (key == null) {
      return;
    }
    // A tag's key reads well enough; an id does not, so an unlisted id gets a general word.
    String fallback = DirectorySearch.EXPERTISE.equals(param) ? key : feedback.text("people.filter.unknown");
    String label = facet.stream().filter(f -> f.key().equals(key)).map(FacetValue::label).findFirst().orElse(fallback);
    filters.add(new ActiveFilter(feedback.text(textKey, label), removeHref(param)));
  }

  /** Drops every filter but keeps the text. */
  public String getClearHref() {
    DirectorySearch text = new DirectorySearch();
    text.setQ(search.getQ());
    text.setSort(search.getSort());
    return text.href(DirectorySearch.Q, search.value(DirectorySearch.Q));
  }

  public boolean isFacetsShown() {
    return result != null
        && !(result.organisations().isEmpty()
            && result.departments().isEmpty()
            && result.locations().isEmpty()
            && result.expertise().isEmpty());
  }

  public boolean isSortedByName() {
    return DirectorySearch.SORT_NAME.equals(search.value(DirectorySearch.SORT));
  }

  public String getPageHrefPrefix() {
    return search.pageHrefPrefix();
  }

  public DirectorySearch getSearch() {
    return search;
  }

  public DirectoryResult getResult() {
    return result;
  }
}
