package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.it.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre, fed by the groups feature: an inactive group's administrator is told,
 * requests to join are grouped for the administrators and their outcome reaches the requester,
 * invitations arrive; nobody opens another person's notification, and a secret group the reader
 * left is no longer named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {
  private static final Pattern UNREAD = Pattern.compile("id=\"notifications-badge\">(\\d+)<");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void theAdministratorOfAGroupPastTheThresholdIsToldAndCanAskToKeepIt() {
    // "Fotowedstrijd 2024" was last active 250 days ago; the inactivity check at start queued it.
    FacesClient arjen = FacesClient.as("ambassadeur");
    Page list = arjen.get("/notifications/");
    assertEquals(200, list.status());
    String text = "Fotowedstrijd 2024 is al lang niet actief";
    assertTrue(list.contains(text), list.html());
    Page group = arjen.get("/notifications/open?id=" + notificationId(list, text));
    assertTrue(group.uri().toString().contains("/groups/group"), group.uri().toString());
    assertTrue(group.contains("keep:keepButton"), "the form to ask to keep the group");
    assertFalse(arjen.get("/notifications/").around("li", text).contains("plein-notification--unread"), "read now");

    FacesClient mila = FacesClient.as("medewerker");
    assertFalse(mila.get("/notifications/").contains(text), "members are not asked, administrators are");
  }

  @Test
  void requestsToJoinAreGroupedForTheAdministratorAndTheOutcomeReachesTheRequester() {
    FacesClient arjen = FacesClient.as("ambassadeur");
    String name = "Meldingen " + UUID.randomUUID().toString().substring(0, 8);
    Page created = arjen.submit(arjen.get("/groups/new"), "group",
        Map.of("group:name", name, "group:visibility", "besloten", "group:shared", "on"), "group:create");
    assertEquals(200, created.status(), created.html());
    String groupPath = created.uri().getPath() + "?" + created.uri().getQuery();
    assertTrue(groupPath.contains("/groups/group"), created.html());
    int before = unread(arjen.get("/notifications/"));

    FacesClient mila = FacesClient.as("medewerker");
    mila.submit(mila.get(groupPath), "request", Map.of("request:message", "Graag!"), "request:requestButton");
    Page one = arjen.get("/notifications/");
    assertEquals(before + 1, unread(one));
    assertTrue(one.contains("Mila de Wit wil lid worden van " + name), one.html());

    FacesClient ricardo = FacesClient.as("redacteur");
    ricardo.submit(ricardo.get(groupPath), "request", Map.of(), "request:requestButton");
    Page two = arjen.get("/notifications/");
    assertEquals(before + 1, unread(two), "one notification for both requests");
    assertTrue(two.contains("Ricardo Dekkers en 1 ander willen lid worden van " + name), two.html());

    Page requests = arjen.get("/notifications/open?id="
        + notificationId(two, "Ricardo Dekkers en 1 ander willen lid worden van " + name));
    assertTrue(requests.uri().toString().contains("/groups/requests"), requests.uri().toString());
    assertEquals(before, unread(requests), "opening it marked it read");
    Page approved = arjen.submit(requests, "requests", Map.of(), requests.buttonInRow("Mila de Wit", ":approveButton"));
    arjen.submit(approved, "requests", Map.of(), approved.buttonInRow("Ricardo Dekkers", ":rejectButton"));

    Page milas = mila.get("/notifications/");
    assertTrue(milas.contains("Arjen de Bruin heeft uw verzoek om lid te worden van " + name + " goedgekeurd."),
        milas.html());
    Page ricardos = ricardo.get("/notifications/");
    assertTrue(ricardos.contains("Arjen de Bruin heeft uw verzoek om lid te worden van " + name + " afgewezen."),
        ricardos.html());
    assertFalse(ricardos.contains("wil lid worden"), "nobody else's notifications");

    // Another person's notification does not exist for Ricardo; nor does a malformed id.
    String milasId = notificationId(milas, "goedgekeurd");
    assertEquals(404, ricardo.get("/notifications/open?id=" + milasId).status());
    assertEquals(404, ricardo.get("/notifications/open?id=nonsense").status());

    assertTrue(unread(ricardos) > 0);
    Page allRead = ricardo.submit(ricardos, "notifications", Map.of(), "notifications:markAllRead");
    assertTrue(allRead.contains("als gelezen gemarkeerd"), allRead.html());
    assertFalse(allRead.contains("notifications-badge"), "no unread count left");
    assertTrue(allRead.contains("Geen ongelezen meldingen."), allRead.html());
  }

  @Test
  void anInvitationArrivesAndASecretGroupTheReaderLeftIsNoLongerNamed() {
    FacesClient arjen = FacesClient.as("ambassadeur");
    String name = "Geheim overleg " + UUID.randomUUID().toString().substring(0, 8);
    Page created = arjen.submit(arjen.get("/groups/new"), "group",
        Map.of("group:name", name, "group:visibility", "geheim"), "group:create");
    assertEquals(200, created.status(), created.html());
    String id = created.uri().getQuery().replace("id=", "");
    Page members = arjen.get("/groups/members?id=" + id);
    Page found = arjen.submit(members, "invite", Map.of("invite:name", "Mila"), "invite:searchButton");
    arjen.submit(found, "invite", Map.of(), found.buttonInRow("Mila de Wit", ":inviteButton"));

    FacesClient mila = FacesClient.as("medewerker");
    String text = "Arjen de Bruin nodigt u uit om lid te worden van " + name + ".";
    Page list = mila.get("/notifications/");
    assertTrue(list.contains(text), list.html());
    Page group = mila.get("/notifications/open?id=" + notificationId(list, text));
    assertTrue(group.contains("invitation:declineButton"), group.html());
    mila.submit(group, "invitation", Map.of(), "invitation:declineButton");

    Page after = mila.get("/notifications/");
    assertFalse(after.contains(name), "the secret group is no longer named");
    assertTrue(after.contains("Arjen de Bruin nodigt u uit om lid te worden van een groep."), after.html());
  }

  private static int unread(Page page) {
    Matcher m = UNREAD.matcher(page.html());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String notificationId(Page list, String text) {
    Matcher m = Pattern.compile("/notifications/open\\?id=([0-9a-f-]{36})").matcher(list.around("li", text));
    assertTrue(m.find(), text);
    return m.group(1);
  }
}
