package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The group pages: who may open which page (a secret group is "not found" to outsiders, a closed
 * group's members only for members, administration only for administrators), the rules for names
 * and the last administrator, and the community manager's inactivity queue with archiving.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsPagesIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  /**
   * The authorization matrix over the group pages: for each demo group (visibility x scope) and each
   * caller (membership, group role, organisation, installation role), the status of the group's
   * page, its members, its join requests and its edit page.
   */
  @Test
  void everyGroupPageAnswersEveryCallerAsTheMatrixSays() {
    int[] full = {200, 200, 200, 200};
    int[] open = {200, 200, 403, 403};
    int[] named = {200, 403, 403, 403};
    int[] hidden = {404, 404, 404, 404};
    // callers: Mila (Werkorganisatie, employee), Ricardo (Dijkvliet), Bea (installation administrator),
    // Arjen (Werkorganisatie, ambassador)
    List<String> callers = List.of("medewerker", "redacteur", "beheer", "ambassadeur");
    Map<String, int[][]> matrix = new java.util.LinkedHashMap<>();
    matrix.put("Vraag het intranet", new int[][] {full, open, open, open});            // open, shared; Mila administers
    matrix.put("Personeelsvereniging Polderrand", new int[][] {open, hidden, open, open}); // open, Werkorganisatie only
    matrix.put("Ondernemingsraad", new int[][] {named, hidden, named, named});           // closed, Werkorganisatie only
    matrix.put("Reorganisatie ICT", new int[][] {hidden, hidden, open, hidden});         // secret; Bea is a member
    matrix.put("Lunchwandelen", new int[][] {named, hidden, hidden, hidden});            // secret, shared; Mila invited
    matrix.put("Moestuin Molenbroek", new int[][] {hidden, hidden, open, hidden});       // open, Molenbroek only
    String[] pages = {"group", "members", "requests", "edit"};
    List<String> wrong = new java.util.ArrayList<>();
    for (int c = 0; c < callers.size(); c++) {
      FacesClient client = login(callers.get(c));
      for (Map.Entry<String, int[][]> row : matrix.entrySet()) {
        String id = GroupsApiIT.groupId(row.getKey());
        for (int p = 0; p < pages.length; p++) {
          int status = client.get("/groups/" + pages[p] + "?id=" + id).status();
          if (status != row.getValue()[c][p]) {
            wrong.add(row.getKey() + " " + pages[p] + " for " + callers.get(c) + ": " + status + " instead of "
                + row.getValue()[c][p]);
          }
        }
      }
      assertEquals(callers.get(c).equals("community") ? 200 : 403, client.get("/community/groups").status());
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyGroupPageChecksWhoIsAsking() {
    String secret = GroupsApiIT.groupId("Reorganisatie ICT");
    String closed = GroupsApiIT.groupId("Ondernemingsraad");
    String own = GroupsApiIT.groupId("Vraag het intranet");
    FacesClient mila = login("medewerker");
    for (String page : new String[] {"group", "members", "requests", "edit"}) {
      assertEquals(404, mila.get("/groups/" + page + "?id=" + secret).status(), page + " of a secret group");
      assertEquals(404, mila.get("/groups/" + page + "?id=not-an-id").status(), page + " with a malformed id");
    }
    Page secretPage = mila.get("/groups/group?id=" + secret);
    assertFalse(secretPage.contains("Reorganisatie"), "not even the name");
    assertEquals(200, mila.get("/groups/group?id=" + closed).status());
    assertEquals(403, mila.get("/groups/members?id=" + closed).status(), "members of a closed group: members only");
    assertEquals(403, mila.get("/groups/requests?id=" + closed).status(), "requests: administrators only");
    assertEquals(403, mila.get("/groups/edit?id=" + closed).status(), "editing: administrators only");
    assertEquals(200, mila.get("/groups/requests?id=" + own).status(), "Mila administers this one");
    assertEquals(200, mila.get("/groups/edit?id=" + own).status());
    assertEquals(403, mila.get("/community/groups").status(), "the queue is the community manager's");

    FacesClient bea = login("beheer");
    Page member = bea.get("/groups/members?id=" + secret);
    assertEquals(200, member.status(), "Bea is a member of the secret group");
    assertTrue(member.contains("Kees van der Meer"));
    Page profile = mila.get("/people/person?id=" + personId(bea, "Bea van Heerden"));
    assertFalse(profile.contains("Reorganisatie ICT"), "a member's profile does not show her secret group");
  }

  @Test
  void aNameThatExistsIsRefusedWithTheExistingGroupAndTheLastAdministratorStays() {
    FacesClient mila = login("medewerker");
    Page form = mila.get("/groups/new");
    Page taken = mila.submit(form, "group",
        Map.of("group:name", "vraag HET intranet!", "group:visibility", "open", "group:shared", "on"), "group:create");
    assertTrue(taken.contains("Er is al een groep met de naam Vraag het intranet."), taken.html());
    Page empty = mila.submit(mila.get("/groups/new"), "group", Map.of("group:name", " ", "group:visibility", "open"),
        "group:create");
    assertTrue(empty.contains("aria-invalid=\"true\""), "the field is marked");
    Page tooLong = mila.submit(mila.get("/groups/new"), "group",
        Map.of("group:name", "x".repeat(81), "group:visibility", "open"), "group:create");
    assertTrue(tooLong.contains("Gebruik hoogstens 80 tekens."), tooLong.html());

    // A secret group's name is free for others: refusing it would tell that the secret group exists.
    String secretName = "Overleg " + java.util.UUID.randomUUID().toString().substring(0, 8);
    Page secret = mila.submit(mila.get("/groups/new"), "group", Map.of("group:name", secretName,
        "group:visibility", "geheim"), "group:create");
    assertTrue(secret.uri().toString().contains("/groups/group"), secret.html());
    FacesClient bea = login("beheer");
    Page same = bea.submit(bea.get("/groups/new"), "group", Map.of("group:name", secretName,
        "group:visibility", "open"), "group:create");
    assertTrue(same.uri().toString().contains("/groups/group"), "created: " + same.html());
    Page again = mila.submit(mila.get("/groups/new"), "group", Map.of("group:name", secretName,
        "group:visibility", "open"), "group:create");
    assertTrue(again.contains("Er is al een groep met de naam " + secretName + "."), "Bea's open group does clash");

    String own = GroupsApiIT.groupId("Vraag het intranet");
    Page leave = mila.submit(mila.get("/groups/group?id=" + own), "leave", Map.of(), "leave:leaveButton");
    assertTrue(leave.contains("U bent de enige beheerder."), leave.html());
    Page members = mila.get("/groups/members?id=" + own);
    Page table = membersTable(members);
    Page demote = mila.submit(members, "members", Map.of(), table.buttonInRow("Mila de Wit", ":makeMember"));
    assertTrue(demote.contains("Een groep houdt altijd een beheerder."), demote.html());
  }

  @Test
  void theCommunityManagerArchivesAnInactiveGroupAndRestoresIt() {
    FacesClient carmen = login("community");
    Page queue = carmen.get("/community/groups");
    assertEquals(200, queue.status());
    assertTrue(queue.contains("Werkgroep website 2019"), queue.html());
    assertTrue(queue.contains("archief van de besluiten"), "the administrator's reason to keep it");
    Page archived = carmen.submit(queue, "inactiveGroups", Map.of(),
        queue.buttonInRow("Werkgroep website 2019", ":archiveButton"));
    assertEquals(200, archived.status());
    String after = carmen.get("/community/groups").html();
    int archivedList = after.indexOf("archived-list");
    assertTrue(archivedList > 0 && after.indexOf("Werkgroep website 2019", archivedList) > 0, "listed as archived");
    assertFalse(after.substring(0, archivedList).contains("Werkgroep website 2019"), "out of the queue");

    String id = GroupsApiIT.groupId("Werkgroep website 2019");
    FacesClient mila = login("medewerker");
    Page group = mila.get("/groups/group?id=" + id);
    assertTrue(group.contains("gearchiveerd"), "marked as archived");
    assertFalse(group.contains("leave:leaveButton"), "read-only: members cannot leave or change it");
    assertTrue(mila.get("/groups/?q=website&status=gearchiveerd").contains("Werkgroep website 2019"), "still findable");

    Page queueAgain = carmen.get("/community/groups");
    assertTrue(queueAgain.contains("Kerstborrel 2025"), "archived groups are listed for restoring");
    Page restored = carmen.submit(queueAgain, "archivedGroups", Map.of(),
        queueAgain.buttonInRow("Werkgroep website 2019", ":restoreButton"));
    assertEquals(200, restored.status());
    assertTrue(restored.contains("Werkgroep website 2019 is weer actief."), restored.html());
    assertTrue(mila.get("/groups/group?id=" + id).contains("leave:leaveButton"), "active again");
  }

  @Test
  void whenTheOnlyAdministratorLeavesTheLongestStandingMemberTakesOver() {
    // "Vraag het intranet": Mila is its only administrator; Arjen and Carmen are members with an account.
    String group = GroupsApiIT.groupId("Vraag het intranet");
    assertEquals(List.of("Mila de Wit"), admins(group));
    FacesClient bea = login("beheer");
    String account = AdministrationIT.accountLink(bea, "medewerker");
    bea.submit(bea.get(account), "accountStatus", Map.of(), "accountStatus:disable");
    String successor;
    try {
      List<String> admins = admins(group);
      assertEquals(2, admins.size(), admins.toString());
      successor = admins.stream().filter(a -> !a.equals("Mila de Wit")).findFirst().orElseThrow();
      assertTrue(List.of("Arjen de Bruin", "Carmen Mulders").contains(successor), successor);
    } finally {
      bea.submit(bea.get(account), "accountStatus", Map.of(), "accountStatus:enable");
    }
    // Back as it was: Mila hands the role back.
    FacesClient mila = login("medewerker");
    Page members = mila.get("/groups/members?id=" + group);
    Page table = membersTable(members);
    mila.submit(members, "members", Map.of(), table.buttonInRow(successor, ":makeMember"));
    assertEquals(List.of("Mila de Wit"), admins(group));

    // Handing over: Mila gives the administration to Arjen, and he gives it back.
    transfer(mila, group, "Arjen de Bruin");
    assertEquals(List.of("Arjen de Bruin"), admins(group));
    transfer(login("ambassadeur"), group, "Mila de Wit");
    assertEquals(List.of("Mila de Wit"), admins(group));
  }

  private static void transfer(FacesClient admin, String group, String to) {
    Page members = admin.get("/groups/members?id=" + group);
    Page table = membersTable(members);
    Page done = admin.submit(members, "members", Map.of(), table.buttonInRow(to, ":transfer"));
    assertTrue(done.contains(to + " beheert de groep nu"), done.html());
  }

  /** The member table only: the page's header also shows the logged-in person's name. */
  private static Page membersTable(Page members) {
    return new Page(members.uri(), members.status(), members.html().substring(members.html().indexOf("members-table")));
  }

  private static List<String> admins(String groupId) {
    return Http.json(Http.send(Http.api("/api/v1/groepen/" + groupId))).getJsonArray("beheerders")
        .getValuesAs(jakarta.json.JsonObject.class).stream().map(a -> a.getString("naam")).toList();
  }

  private static FacesClient login(String username) {
    FacesClient client = new FacesClient();
    client.login(username, "plein");
    return client;
  }

  private static String personId(FacesClient client, String name) {
    return Http.json(Http.send(Http.api("/api/v1/personen?q=" + name.replace(" ", "+")))).getJsonArray("personen")
        .getValuesAs(jakarta.json.JsonObject.class).stream().filter(p -> p.getString("naam").equals(name))
        .findFirst().orElseThrow().getString("id");
  }
}
