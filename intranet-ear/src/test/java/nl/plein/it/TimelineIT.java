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
 * Posts and timelines through the pages: writing with formatting, mentions and hashtags; who reads
 * what (a secret group's post is not found by outsiders, not even through its hashtag; a closed
 * group's conversation is for members); likes, comments and replies; bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aPostWithFormattingMentionAndHashtagReachesTheTimelines() {
    String tag = "wens" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    Page home = publish(mila, "/", "**Let op**: een #" + tag + " van @Arjen de Bruin voor het intranet.");
    assertTrue(home.contains("Uw bericht is geplaatst."), home.html());
    String post = home.around("article", tag);
    assertTrue(post.contains("<strong>Let op</strong>"), post);
    assertTrue(post.contains("class=\"plein-mention\""), post);
    assertTrue(post.contains(">&#64;Arjen de Bruin</a>"), post);
    assertTrue(post.contains("/timeline/hashtag?tag&#61;" + tag), post);

    // Arjen does not follow Mila; he finds the post on her profile and through the hashtag, follows
    // the hashtag, and then it is on his own timeline.
    FacesClient arjen = FacesClient.as("ambassadeur");
    assertFalse(arjen.get("/").contains(tag), "not (yet) on his timeline");
    Page hashtag = arjen.get("/timeline/hashtag?tag=" + tag);
    assertTrue(hashtag.contains("Let op"), hashtag.html());
    Page followed = arjen.submit(hashtag, "follow", Map.of(), "follow:followButton");
    assertTrue(followed.contains("U volgt #" + tag + " nu."), followed.html());
    assertTrue(arjen.get("/").contains(tag), "on his timeline through the hashtag");

    // Likes and comments on the post's own page.
    String id = postId(home, tag);
    Page single = arjen.get("/timeline/post?id=" + id);
    assertEquals(200, single.status());
    Page liked = arjen.submit(single, "postActions", Map.of(), "postActions:like");
    assertTrue(liked.contains("Niet meer leuk (1)"), liked.html());
    assertTrue(liked.contains("U vindt dit leuk."), liked.html());
    assertTrue(mila.get("/timeline/post?id=" + id).contains("Arjen de Bruin vindt dit leuk."), "who liked, by name");
    Page likers = mila.get("/timeline/likes?post=" + id);
    assertEquals(200, likers.status());
    assertTrue(likers.around("ul", "Arjen de Bruin").contains("/people/person?id="), likers.html());
    assertEquals(404, mila.get("/timeline/likes?post=" + UUID.randomUUID()).status());
    assertEquals(404, mila.get("/timeline/likes?post=geen-id").status());
    Page commented = arjen.submit(liked, "commentForm", Map.of("commentForm:comment", "Goed idee, @Mila de Wit!"),
        "commentForm:commentButton");
    assertTrue(commented.contains("Uw reactie is geplaatst."), commented.html());
    assertTrue(commented.contains("1 reactie"), commented.html());
    String replyButton = commented.buttonInRow("Goed idee", ":replyButton");
    Page replied = mila.submit(mila.get("/timeline/post?id=" + id), "thread",
        Map.of(replyButton.replace("replyButton", "replyText"), "Dank je!"), replyButton);
    assertTrue(replied.contains("Uw antwoord is geplaatst."), replied.html());
    assertTrue(replied.contains("plein-comment--reply"), "shown as a reply");
    assertTrue(replied.contains("2 reacties"), replied.html());

    // And everyone concerned hears of it in the notification centre.
    Page milas = mila.get("/notifications/");
    assertTrue(milas.contains("Arjen de Bruin vindt uw bericht „Let op: een #" + tag), milas.html());
    assertTrue(milas.contains("Arjen de Bruin heeft gereageerd op uw bericht „Let op"), milas.html());
    assertTrue(milas.contains("Arjen de Bruin heeft u vermeld bij het bericht „Let op"), "mentioned in the comment");
    Page arjens = arjen.get("/notifications/");
    assertTrue(arjens.contains("Mila de Wit heeft u vermeld bij het bericht „Let op"), arjens.html());
    assertTrue(arjens.contains("Mila de Wit heeft geantwoord op uw reactie bij „Let op"), arjens.html());
    assertFalse(milas.contains("Mila de Wit heeft geantwoord"), "nobody hears of what they did themselves");
  }

  @Test
  void aSecretGroupsPostIsNotFoundByOutsidersNotEvenThroughItsHashtag() {
    String tag = "reorg" + UUID.randomUUID().toString().substring(0, 6);
    String secret = GroupsApiIT.groupId("Reorganisatie ICT");
    FacesClient bea = FacesClient.as("beheer"); // a member of the secret group
    Page group = publish(bea, "/groups/group?id=" + secret, "Het concept voor #" + tag + " is klaar.");
    assertTrue(group.contains("Uw bericht is geplaatst."), group.html());
    String id = postId(group, tag);
    assertTrue(bea.get("/").contains(tag), "on a member's own timeline");

    FacesClient mila = FacesClient.as("medewerker");
    assertFalse(mila.get("/timeline/hashtag?tag=" + tag).contains("concept"), "not through the hashtag");
    assertEquals(404, mila.get("/timeline/post?id=" + id).status(), "not found, not forbidden");
    assertFalse(mila.get("/people/person?id=" + FacesClient.personId("Bea van Heerden")).contains(tag), "not on her profile");
    FacesClient carmen = FacesClient.as("community");
    assertFalse(carmen.get("/timeline/hashtag?tag=" + tag).contains("concept"), "nor for a community manager");
  }

  @Test
  void aClosedGroupsConversationIsForItsMembers() {
    String closed = GroupsApiIT.groupId("Ondernemingsraad");
    FacesClient mila = FacesClient.as("medewerker");
    Page page = mila.get("/groups/group?id=" + closed);
    assertEquals(200, page.status());
    assertTrue(page.contains("De berichten van deze groep zijn alleen voor leden."), page.html());
    assertFalse(page.contains("composer:publish"), "no form to post");
  }

  @Test
  void badInputGetsAClearMessageAndLosesNothing() {
    FacesClient mila = FacesClient.as("medewerker");
    Page empty = publish(mila, "/", "   ");
    assertTrue(empty.contains("aria-invalid=\"true\""), "the field is marked");
    Page unknown = publish(mila, "/", "Vraag het @Pietje Puk even");
    assertTrue(unknown.contains("Er is geen collega die u kunt vermelden met de naam die begint met &#39;Pietje&#39;")
        || unknown.contains("Er is geen collega die u kunt vermelden met de naam die begint met 'Pietje'"), unknown.html());
    assertTrue(unknown.contains("Vraag het @Pietje Puk even"), "the text is still there: " + unknown.html());
    Page tooLong = publish(mila, "/", "x".repeat(5001));
    assertTrue(tooLong.contains("Gebruik hoogstens 5.000 tekens."), tooLong.html());

    String marker = "xss" + UUID.randomUUID().toString().substring(0, 6);
    Page script = publish(mila, "/", marker + " <script>alert(1)</script> <img src=x onerror=alert(1)>");
    String post = script.around("article", marker);
    assertFalse(post.contains("<script>") || post.contains("<img src=x"), post);
    assertTrue(post.contains("&lt;script&gt;"), "shown as text: " + post);
    assertEquals(404, mila.get("/timeline/post?id=" + UUID.randomUUID()).status());
    assertEquals(404, mila.get("/timeline/post?id=nonsense").status());
  }

  @Test
  void aGroupAdministratorPinsAPostAndAnEditorsMustReadPostIsAcknowledged() {
    String marker = "vast" + UUID.randomUUID().toString().substring(0, 6);
    String group = GroupsApiIT.groupId("Vraag het intranet"); // Mila administers it, Arjen is a member
    FacesClient mila = FacesClient.as("medewerker");
    Page posted = publish(mila, "/groups/group?id=" + group, "Lees eerst de spelregels " + marker);
    assertTrue(posted.contains(marker), posted.html());
    Page pinned = mila.submit(posted, "posts", Map.of(), posted.buttonInRow(marker, ":pin"));
    assertTrue(pinned.contains("Het bericht staat nu vast"), pinned.html());
    assertTrue(pinned.around("li", marker).contains("plein-post--pinned"), "shown above the group's posts");
    FacesClient arjen = FacesClient.as("ambassadeur");
    Page asMember = arjen.get("/groups/group?id=" + group);
    assertTrue(asMember.contains("Vastgezet in deze groep"), asMember.html());
    assertFalse(asMember.contains(":pin\""), "members do not pin");

    // Only content editors write must-read posts (the service refuses others too).
    assertFalse(mila.get("/").contains("composer:mustRead"), "not offered to an employee");

    FacesClient ricardo = FacesClient.as("redacteur");
    Page home = ricardo.get("/");
    assertTrue(home.contains("composer:mustRead"), "editors may choose it");
    Page must = ricardo.submit(home, "composer",
        Map.of("composer:text", "Nieuwe werkplekregeling " + marker, "composer:mustRead", "true"), "composer:publish");
    String id = postId(must, "Nieuwe werkplekregeling");
    Page before = ricardo.get("/timeline/post?id=" + id);
    assertTrue(before.contains("Verplicht te lezen"), before.html());
    Matcher count = Pattern.compile("(\\d+) van de (\\d+) hebben bevestigd").matcher(before.html());
    assertTrue(count.find(), before.html());
    assertEquals("0", count.group(1));

    Page milas = mila.get("/timeline/post?id=" + id);
    Page acknowledged = mila.submit(milas, "postActions", Map.of(), "postActions:acknowledge");
    assertTrue(acknowledged.contains("U hebt bevestigd dat u het bericht gelezen hebt."), acknowledged.html());
    assertFalse(acknowledged.contains("postActions:acknowledge"), "once is enough");
    Page after = ricardo.get("/timeline/post?id=" + id);
    assertTrue(after.contains("1 van de " + count.group(2) + " hebben bevestigd"), after.html());
  }

  @Test
  void whenAGroupBecomesSecretItsPostsLeaveOutsidersTimelines() {
    String tag = "verborgen" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    Page created = mila.submit(mila.get("/groups/new"), "group",
        Map.of("group:name", "Werkgroep " + tag, "group:visibility", "open"), "group:create");
    assertEquals(200, created.status(), created.html());
    String group = created.uri().getQuery().replace("id=", "");
    publish(mila, "/groups/group?id=" + group, "Het plan voor #" + tag + " is rond.");
    FacesClient arjen = FacesClient.as("ambassadeur");
    assertTrue(arjen.get("/timeline/hashtag?tag=" + tag).contains("Het plan voor"), "an open group's post");

    Page edit = mila.get("/groups/edit?id=" + group);
    Page saved = mila.submit(edit, "group", Map.of("group:visibility", "geheim"), "group:save");
    assertEquals(200, saved.status(), saved.html());
    assertFalse(arjen.get("/timeline/hashtag?tag=" + tag).contains("Het plan voor"), "gone once the group is secret");
    assertTrue(mila.get("/timeline/hashtag?tag=" + tag).contains("Het plan voor"), "members still read it");
  }

  private static Page publish(FacesClient client, String path, String text) {
    return client.submit(client.get(path), "composer", Map.of("composer:text", text), "composer:publish");
  }

  /**
   * A document goes with a post (a program called .exe is refused, the text stays), downloads for
   * readers, and comes back with its post when the community manager restores what the author
   * deleted by mistake.
   */
  @Test
  void aPostWithADocumentIsDeletedByItsAuthorAndRestoredByTheCommunityManager() {
    String marker = "rooster" + UUID.randomUUID().toString().substring(0, 6);
    FacesClient mila = FacesClient.as("medewerker");
    byte[] program = "MZ\u0090\u0000 programma".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Page refused = mila.submit(mila.get("/"), "composer", Map.of("composer:text", "Het rooster " + marker),
        Map.of("composer:attachments", java.util.List.of(new FacesClient.Upload("rooster.exe", "application/octet-stream", program))),
        "composer:publish");
    assertTrue(refused.contains("Het bestand rooster.exe kan niet worden bijgevoegd"), refused.html());
    assertTrue(refused.contains("Het rooster " + marker), "the text stays");
    assertFalse(mila.get("/").contains(marker), "nothing was posted");

    byte[] pdf = TestFiles.pdf("Rooster week 48");
    Page published = mila.submit(mila.get("/"), "composer", Map.of("composer:text", "Het rooster " + marker),
        Map.of("composer:attachments", java.util.List.of(new FacesClient.Upload("Rooster week 48.pdf", "application/pdf", pdf))),
        "composer:publish");
    assertTrue(published.contains("Uw bericht is geplaatst."), published.html());
    String article = published.around("article", marker);
    assertTrue(article.contains("Rooster week 48.pdf") && article.contains("(PDF, " + pdf.length + " B)"), article);
    Matcher href = Pattern.compile("/timeline/attachment/([0-9a-f-]{36})").matcher(article);
    assertTrue(href.find(), article);
    String download = "/timeline/attachment/" + href.group(1);
    FacesClient arjen = FacesClient.as("ambassadeur");
    Page file = arjen.get(download);
    assertEquals(200, file.status());
    assertTrue(file.html().startsWith("%PDF-1.4"), "the document as uploaded");
    assertEquals(404, arjen.get("/timeline/attachment/" + UUID.randomUUID()).status());

    String id = postId(published, marker);
    Page deleted = mila.submit(mila.get("/timeline/post?id=" + id), "postActions", Map.of(), "postActions:delete");
    assertTrue(deleted.contains("Het bericht is verwijderd."), deleted.html());
    assertEquals(404, arjen.get("/timeline/post?id=" + id).status());
    assertEquals(404, arjen.get(download).status(), "its documents go with it");

    FacesClient carmen = FacesClient.as("community");
    Page queue = carmen.get("/community/reports");
    String row = queue.around("li", marker);
    assertTrue(row.contains("de schrijver"), row);
    Page restored = carmen.submit(queue, "deleted", Map.of(), queue.buttonInRow(marker, ":restorePostButton"));
    assertTrue(restored.contains("Het is teruggezet."), restored.html());
    assertFalse(carmen.get("/community/reports").contains(marker), "no longer in the list");
    assertEquals(200, arjen.get("/timeline/post?id=" + id).status());
    assertEquals(200, arjen.get(download).status());
  }

  private static String postId(Page page, String text) {
    Matcher m = Pattern.compile("id=\"post-([0-9a-f-]{36})\"").matcher(page.around("article", text));
    assertTrue(m.find());
    return m.group(1);
  }
}
