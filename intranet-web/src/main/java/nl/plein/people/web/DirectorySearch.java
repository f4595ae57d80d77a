package nl.plein.people.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.common.api.PageRequest;
import nl.plein.people.api.DirectoryQuery;
import nl.plein.platform.web.Ids;
import nl.plein.platform.web.PageNumbers;

/**
 * The directory search as it stands in the address ({@code /people/?q=...&organisation=...}), so
 * that every search, filter and page is a plain link: it works without JavaScript and can be
 * bookmarked. Builds the service query and the links that add or remove one filter.
 */
public class DirectorySearch implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/people/";
  static final String Q = "q";
  static final String ORGANISATION = "organisation";
  static final String DEPARTMENT = "department";
  static final String LOCATION = "location";
  static final String EXPERTISE = "expertise";
  static final String SORT = "sort";
  /** The only sort that is not the default (relevance). */
  static final String SORT_NAME = "name";

  private final Map<String, String> values = new LinkedHashMap<>();
  private String page;

  public DirectorySearch() {
    for (String name : new String[] {Q, ORGANISATION, DEPARTMENT, LOCATION, EXPERTISE, SORT}) {
      values.put(name, null);
    }
  }

  private DirectorySearch(Map<String, String> values) {
    this.values.putAll(values);
  }

  public DirectoryQuery toQuery() {
    return new DirectoryQuery(
        value(Q),
        Ids.orNull(value(ORGANISATION)),
        Ids.orNull(value(DEPARTMENT)),
        Ids.orNull(value(LOCATION)),
        value(EXPERTISE),
        SORT_NAME.equals(value(SORT)) ? DirectoryQuery.Sort.NAME : DirectoryQuery.Sort.RELEVANCE,
        new PageRequest(PageNumbers.parse(page), PageNumbers.SIZE));
  }

  /** The address with {@code name} set to {@code value} (or left out when null), on page 1. */
  public String href(String name, String value) {
    DirectorySearch changed = new DirectorySearch(values);
    changed.values.put(name, value);
    String query = changed.queryString();
    return query.isEmpty() ? PATH : PATH + "?" + query;
  }

  /** For the pager, which appends the page number. */
  public String pageHrefPrefix() {
    String query = queryString();
    return PATH + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
  }

  /** Whether any filter (not the text) narrows the list. */
  public boolean isFiltered() {
    return value(ORGANISATION) != null
        || value(DEPARTMENT) != null
        || value(LOCATION) != null
        || value(EXPERTISE) != null;
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

  private void set(String name, String value) {
    values.put(name, value);
  }

  public String getQ() {
    return values.get(Q);
  }

  public void setQ(String q) {
    set(Q, q);
  }

  public String getOrganisation() {
    return values.get(ORGANISATION);
  }

  public void setOrganisation(String organisation) {
    set(ORGANISATION, organisation);
  }

  public String getDepartment() {
    return values.get(DEPARTMENT);
  }

  public void setDepartment(String department) {
    set(DEPARTMENT, department);
  }

  public String getLocation() {
    return values.get(LOCATION);
  }

  public void setLocation(String location) {
    set(LOCATION, location);
  }

  public String getExpertise() {
    return values.get(EXPERTISE);
  }

  public void setExpertise(String expertise) {
    set(EXPERTISE, expertise);
  }

  public String getSort() {
    return values.get(SORT);
  }

  public void setSort(String sort) {
    set(SORT, sort);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
