package nl.plein.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.plein.people.api.DirectoryQuery;
import org.junit.jupiter.api.Test;

class DirectorySearchTest {
  private static final String ORG = "8c3a4f5e-1d2b-4c6d-9e8f-0a1b2c3d4e5f";

  @Test
  void theAddressBecomesTheQuery() {
    DirectorySearch search = new DirectorySearch();
    search.setQ("  de Wit ");
    search.setOrganisation(ORG);
    search.setDepartment("not-a-uuid");
    search.setSort("name");
    search.setPage("3");

    DirectoryQuery query = search.toQuery();

    assertEquals("de Wit", query.text());
    assertEquals(UUID.fromString(ORG), query.organisationId());
    assertNull(query.departmentId(), "a malformed id is no filter");
    assertEquals(DirectoryQuery.Sort.NAME, query.sort());
    assertEquals(3, query.page().page());
    assertEquals(20, query.page().size());
  }

  @Test
  void withoutSortOrTextTheQueryIsRelevanceOnPageOne() {
    DirectoryQuery query = new DirectorySearch().toQuery();
    assertNull(query.text());
    assertEquals(DirectoryQuery.Sort.RELEVANCE, query.sort());
    assertEquals(1, query.page().page());
  }

  @Test
  void aFilterLinkKeepsTheOthersAndStartsAtPageOne() {
    DirectorySearch search = new DirectorySearch();
    search.setQ("paspoort & rijbewijs");
    search.setLocation("loc");
    search.setPage("4");

    assertEquals(
        "/people/?q=paspoort+%26+rijbewijs&organisation=" + ORG + "&location=loc",
        search.href(DirectorySearch.ORGANISATION, ORG));
    assertEquals("/people/?q=paspoort+%26+rijbewijs", search.href(DirectorySearch.LOCATION, null));
    assertEquals("/people/?q=paspoort+%26+rijbewijs&location=loc&page=", search.pageHrefPrefix());
  }

  @Test
  void withNothingChosenTheLinksAreBare() {
    DirectorySearch search = new DirectorySearch();
    search.setQ(" ");
    assertEquals("/people/", search.href(DirectorySearch.EXPERTISE, null));
    assertEquals("/people/?page=", search.pageHrefPrefix());
    assertFalse(search.isFiltered());
    search.setExpertise("burgerzaken");
    assertTrue(search.isFiltered());
  }
}
