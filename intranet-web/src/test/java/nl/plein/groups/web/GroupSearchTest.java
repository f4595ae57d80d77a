package nl.plein.groups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.plein.groups.api.GroupQuery;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupVisibility;
import org.junit.jupiter.api.Test;

class GroupSearchTest {
  private static final String ORG = "8c3a4f5e-1d2b-4c6d-9e8f-0a1b2c3d4e5f";

  @Test
  void theAddressBecomesTheQuery() {
    GroupSearch search = new GroupSearch();
    search.setQ("  koor ");
    search.setMine("true");
    search.setOrganisation(ORG);
    search.setVisibility("besloten");
    search.setStatus("gearchiveerd");
    search.setSort("members");
    search.setPage("2");

    GroupQuery query = search.toQuery();

    assertEquals("koor", query.text());
    assertTrue(query.mine());
    assertEquals(UUID.fromString(ORG), query.organisationId());
    assertEquals(GroupVisibility.CLOSED, query.visibility());
    assertEquals(GroupStatus.ARCHIVED, query.status());
    assertEquals(GroupQuery.Sort.MEMBERS, query.sort());
    assertEquals(2, query.page().page());
    assertEquals(20, query.page().size());
    assertEquals("members", search.getSortCode());
    assertTrue(search.isFiltered());
  }

  @Test
  void byDefaultAllGroupsActiveAndArchivedByRelevance() {
    GroupQuery query = new GroupSearch().toQuery();
    assertNull(query.text());
    assertFalse(query.mine());
    assertNull(query.organisationId());
    assertNull(query.visibility());
    assertNull(query.status(), "no status filter: active and archived groups");
    assertEquals(GroupQuery.Sort.RELEVANCE, query.sort());
    assertEquals(1, query.page().page());
    assertEquals("relevance", new GroupSearch().getSortCode());
  }

  @Test
  void anythingUnknownIsNoFilter() {
    GroupSearch search = new GroupSearch();
    search.setMine("nee");
    search.setOrganisation("not-a-uuid");
    search.setVisibility("OPEN-ish");
    search.setStatus("alle");
    search.setSort("popularity");
    search.setPage("-3");

    GroupQuery query = search.toQuery();

    assertFalse(query.mine());
    assertNull(query.organisationId());
    assertNull(query.visibility());
    assertNull(query.status());
    assertEquals(GroupQuery.Sort.RELEVANCE, query.sort());
    assertEquals(1, query.page().page());
    assertFalse(search.isFiltered());
  }

  @Test
  void codesAreReadWhateverTheirCase() {
    GroupSearch search = new GroupSearch();
    search.setVisibility("Geheim");
    search.setStatus("ACTIEF");
    search.setSort("Activity");
    search.setMine("on");

    GroupQuery query = search.toQuery();

    assertEquals(GroupVisibility.SECRET, query.visibility());
    assertEquals(GroupStatus.ACTIVE, query.status());
    assertEquals(GroupQuery.Sort.ACTIVITY, query.sort());
    assertTrue(query.mine());
  }

  @Test
  void thePagerKeepsTheSearchAndFilters() {
    GroupSearch search = new GroupSearch();
    search.setQ("fiets & wandel");
    search.setMine("true");
    search.setStatus(" ");
    search.setPage("4");

    assertEquals("/groups/?q=fiets+%26+wandel&mine=true&page=", search.pageHrefPrefix());
    assertEquals("/groups/?page=", new GroupSearch().pageHrefPrefix());
  }
}
