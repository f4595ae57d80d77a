package nl.plein.groups.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupQuery;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupVisibility;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * The group directory's search as it stands in the address ({@code /groups/?q=...&mine=true&...}):
 * a plain GET form, so every search, filter and page is a link. Anything unknown in the address
 * is no filter, never an error: {@code status} "alle" or empty means active and archived groups.
 */
public class GroupSearch implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/groups/";
  static final String Q = "q";
  static final String MINE = "mine";
  static final String ORGANISATION = "organisation";
  static final String VISIBILITY = "visibility";
  static final String STATUS = "status";
  static final String SORT = "sort";
  /** The sort codes in the address, in the order the select box offers them. */
  static final Map<String, GroupQuery.Sort> SORTS = sorts();

  private final Map<String, String> values = new LinkedHashMap<>();
  private String page;

  public GroupSearch() {
    for (String name : new String[] {Q, MINE, ORGANISATION, VISIBILITY, STATUS, SORT}) {
      values.put(name, null);
    }
  }

  private static Map<String, GroupQuery.Sort> sorts() {
    Map<String, GroupQuery.Sort> sorts = new LinkedHashMap<>();
    sorts.put("relevance", GroupQuery.Sort.RELEVANCE);
    sorts.put("name", GroupQuery.Sort.NAME);
    sorts.put("members", GroupQuery.Sort.MEMBERS);
    sorts.put("activity", GroupQuery.Sort.ACTIVITY);
    return sorts;
  }

  public GroupQuery toQuery() {
    return new GroupQuery(
        value(Q),
        Ids.orNull(value(ORGANISATION)),
        getVisibilityFilter(),
        getStatusFilter(),
        isMineOnly(),
        sort(),
        new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE));
  }

  /** A checkbox sends its value only when ticked; any of the usual values counts. */
  public boolean isMineOnly() {
    String mine = value(MINE);
    return mine != null && (mine.equalsIgnoreCase("true") || mine.equalsIgnoreCase("on") || mine.equalsIgnoreCase("ja"));
  }

  public GroupVisibility getVisibilityFilter() {
    String code = value(VISIBILITY);
    return code == null ? null : GroupVisibility.fromCode(code.toLowerCase(Locale.ROOT)).orElse(null);
  }

  /** Null (the default, and for "alle"): active and archived groups alike. */
  public GroupStatus getStatusFilter() {
    String code = value(STATUS);
    return code == null ? null : GroupStatus.fromCode(code.toLowerCase(Locale.ROOT)).orElse(null);
  }

  GroupQuery.Sort sort() {
    String code = value(SORT);
    return code == null ? GroupQuery.Sort.RELEVANCE : SORTS.getOrDefault(code.toLowerCase(Locale.ROOT), GroupQuery.Sort.RELEVANCE);
  }

  /** The sort code as the select box should show it chosen. */
  public String getSortCode() {
    GroupQuery.Sort sort = sort();
    return SORTS.entrySet().stream().filter(e -> e.getValue() == sort).map(Map.Entry::getKey).findFirst().orElse("relevance");
  }

  /** Whether anything but the text narrows the list. */
  public boolean isFiltered() {
    return isMineOnly() || Ids.parse(value(ORGANISATION)).isPresent() || getVisibilityFilter() != null || getStatusFilter() != null;
  }

  /** For the pager, which appends the page number. */
  public String pageHrefPrefix() {
    String query = queryString();
    return PATH + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
  }

  String queryString() {
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A parameter's value, stripped; null when missing or blank. */
  public String value(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public String getQ() {
    return values.get(Q);
  }

  public void setQ(String q) {
    values.put(Q, q);
  }

  public String getMine() {
    return values.get(MINE);
  }

  public void setMine(String mine) {
    values.put(MINE, mine);
  }

  public String getOrganisation() {
    return values.get(ORGANISATION);
  }

  public void setOrganisation(String organisation) {
    values.put(ORGANISATION, organisation);
  }

  public String getVisibility() {
    return values.get(VISIBILITY);
  }

  public void setVisibility(String visibility) {
    values.put(VISIBILITY, visibility);
  }

  public String getStatus() {
    return values.get(STATUS);
  }

  public void setStatus(String status) {
    values.put(STATUS, status);
  }

  public String getSort() {
    return values.get(SORT);
  }

  public void setSort(String sort) {
    values.put(SORT, sort);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
