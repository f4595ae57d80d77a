package nl.plein.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts through the API: Mila ("medewerker", personal read+write token) posts, finds her post by id,
 * by hashtag and on her own timeline, comments and likes; the installation-wide demo token reads
 * but cannot write; bad input is a problem+json 400, and a secret group Mila is not in does not
 * exist for her.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineApiIT {
  private static final String MILA = "plein-demo-medewerker-token";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return PleinDeployment.ear();
  }

  @Test
  void aPostIsPublishedFoundCommentedAndLiked() {
    String tag = "api" + UUID.randomUUID().toString().substring(0, 8);
    String text = "**vet** nieuws over #" + tag;
    HttpResponse<String> published = post("/api/v1/berichten", Json.createObjectBuilder().add("tekst", text).build(), MILA);
    assertEquals(201, published.statusCode(), published.body());
    String location = published.headers().firstValue("Location").orElseThrow();
    assertTrue(URI.create(location).getPath().startsWith("/api/v1/berichten/"), location);
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertEquals(id, UUID.fromString(id).toString(), "the id is a UUID");

    JsonObject post = Http.json(ok(get("/api/v1/berichten/" + id, MILA)));
    assertEquals(id, post.getString("id"));
    assertTrue(post.getString("html").contains("<strong>vet</strong>"), post.getString("html"));
    assertEquals(text, post.getString("tekst"), "the author gets the text as written");
    assertEquals("Mila de Wit", post.getJsonObject("auteur").getString("naam"));
    assertFalse(post.containsKey("groep"), "on her own timeline: " + post);
    assertFalse(post.containsKey("bewerkt"), post.toString());
    assertEquals(0, post.getInt("aantalWaarderingen"));
    assertEquals(0, post.getInt("aantalReacties"));
    assertFalse(post.getBoolean("doorMijGewaardeerd"));

    JsonObject byTag = Http.json(ok(get("/api/v1/berichten?hashtag=" + tag, MILA)));
    assertEquals(List.of(id), ids(byTag));
    assertFalse(byTag.containsKey("volgende"), "one page only: " + byTag);
    assertTrue(ids(Http.json(ok(get("/api/v1/berichten?hashtag=%23" + tag, MILA)))).contains(id), "with the #");
    assertTrue(ids(Http.json(ok(get("/api/v1/berichten/tijdlijn", MILA)))).contains(id), "on her own timeline");

    // A comment, and a reply to it.
    HttpResponse<String> commented = post("/api/v1/berichten/" + id + "/reacties",
        Json.createObjectBuilder().add("tekst", "Goed om te weten.").build(), MILA);
    assertEquals(201, commented.statusCode(), commented.body());
    String commentLocation = commented.headers().firstValue("Location").orElseThrow();
    assertTrue(URI.create(commentLocation).getPath().startsWith("/api/v1/berichten/" + id + "/reacties/"),
        commentLocation);
    String commentId = commentLocation.substring(commentLocation.lastIndexOf('/') + 1);
    JsonObject comments = Http.json(ok(get("/api/v1/berichten/" + id + "/reacties", MILA)));
    assertEquals(1, comments.getJsonArray("reacties").size(), comments.toString());
    assertEquals(1, comments.getJsonObject("paginering").getInt("totaal"));
    JsonObject comment = comments.getJsonArray("reacties").getJsonObject(0);
    assertEquals(commentId, comment.getString("id"));
    assertFalse(comment.containsKey("reactieOp"), comment.toString());
    assertEquals("Mila de Wit", comment.getJsonObject("auteur").getString("naam"));

    HttpResponse<String> replied = post("/api/v1/berichten/" + id + "/reacties",
        Json.createObjectBuilder().add("tekst", "En nog iets.").add("reactieOp", commentId).build(), MILA);
    assertEquals(201, replied.statusCode(), replied.body());
    comments = Http.json(ok(get("/api/v1/berichten/" + id + "/reacties", MILA)));
    assertEquals(2, comments.getJsonObject("paginering").getInt("totaal"));
    assertEquals(commentId, comments.getJsonArray("reacties").getJsonObject(1).getString("reactieOp"));
    assertEquals(2, Http.json(get("/api/v1/berichten/" + id, MILA)).getInt("aantalReacties"));

    // Likes: once, not twice, and taken back.
    String likes = "/api/v1/berichten/" + id + "/waarderingen";
    assertEquals(204, send(request(likes, MILA).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    post = Http.json(get("/api/v1/berichten/" + id, MILA));
    assertEquals(1, post.getInt("aantalWaarderingen"));
    assertTrue(post.getBoolean("doorMijGewaardeerd"));
    HttpResponse<String> twice = send(request(likes, MILA).POST(HttpRequest.BodyPublishers.noBody()));
    ApiIT.assertProblem(twice, 409);
    assertEquals("error.post.alreadyLiked", Http.json(twice).getString("code"));
    assertEquals(204, send(request(likes, MILA).DELETE()).statusCode());
    post = Http.json(get("/api/v1/berichten/" + id, MILA));
    assertEquals(0, post.getInt("aantalWaarderingen"));
    assertFalse(post.getBoolean("doorMijGewaardeerd"));

    // Another reader sees the post, but not its source text.
    JsonObject forDemo = Http.json(ok(get("/api/v1/berichten/" + id, Http.DEMO_TOKEN)));
    assertFalse(forDemo.containsKey("tekst"), forDemo.toString());
  }

  /**
   * A post with a photo and two documents as a multipart form, as a partner system sends it: the
   * photo comes back as JPEG, the documents byte for byte as downloads; who liked it is listed.
   */
  @Test
  void photosAndDocumentsGoInAsAFormAndComeOutAsLinks() {
    byte[] pdf = TestFiles.pdf("Notulen van het overleg");
    byte[] docx = TestFiles.docx("Agenda");
    TestFiles.Multipart form = new TestFiles.Multipart()
        .json("bericht", Json.createObjectBuilder().add("tekst", "Notulen en een foto van het overleg").build().toString())
        .part("foto", "overleg.png", "image/png", TestFiles.png(800, 600))
        .part("bijlage", "Notulen 12 november.pdf", "application/pdf", pdf)
        .part("bijlage", "agenda.docx", "application/octet-stream", docx);
    HttpResponse<String> created = multipart(form, MILA);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);

    JsonObject post = Http.json(ok(get("/api/v1/berichten/" + id, Http.DEMO_TOKEN)));
    assertEquals(1, post.getJsonArray("fotos").size());
    List<JsonObject> documents = post.getJsonArray("bijlagen").getValuesAs(JsonObject.class);
    assertEquals(List.of("Notulen 12 november.pdf", "agenda.docx"), documents.stream().map(d -> d.getString("naam")).toList());
    assertEquals(List.of("PDF", "Word"), documents.stream().map(d -> d.getString("soort")).toList());
    assertEquals(pdf.length, documents.get(0).getJsonNumber("grootte").intValue());

    String photoHref = post.getJsonArray("fotos").getJsonObject(0).getString("href");
    HttpResponse<byte[]> photo = Http.sendForBytes(Http.api(photoHref + "?formaat=klein"));
    assertEquals(200, photo.statusCode());
    assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(photo.body().length > 100 && (photo.body()[0] & 0xff) == 0xff, "a JPEG");
    ApiIT.assertProblem(get(photoHref + "?formaat=reuze", Http.DEMO_TOKEN), 400);
    ApiIT.assertProblem(get("/api/v1/berichten/" + id + "/fotos/" + UUID.randomUUID(), Http.DEMO_TOKEN), 404);
    // A photo or document only exists under its own post.
    HttpResponse<String> other = post("/api/v1/berichten", Json.createObjectBuilder().add("tekst", "Iets anders").build(), MILA);
    String otherId = other.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
    String photoId = photoHref.substring(photoHref.lastIndexOf('/') + 1);
    ApiIT.assertProblem(get("/api/v1/berichten/" + otherId + "/fotos/" + photoId, Http.DEMO_TOKEN), 404);
    ApiIT.assertProblem(get("/api/v1/berichten/" + otherId + "/bijlagen/" + documents.get(0).getString("id"),
        Http.DEMO_TOKEN), 404);

    HttpResponse<byte[]> download = Http.sendForBytes(Http.api(documents.get(0).getString("href")));
    assertEquals(200, download.statusCode());
    assertTrue(java.util.Arrays.equals(pdf, download.body()), "the document as uploaded");
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
        .startsWith("attachment; filename=\"Notulen 12 november.pdf\""));
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());

    // Likes: who liked it, most recently first.
    assertEquals(204, send(request("/api/v1/berichten/" + id + "/waarderingen", MILA)
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    JsonObject likes = Http.json(ok(get("/api/v1/berichten/" + id + "/waarderingen", Http.DEMO_TOKEN)));
    assertEquals("Mila de Wit", likes.getJsonArray("waarderingen").getJsonObject(0).getJsonObject("persoon").getString("naam"));
    assertEquals(1, likes.getJsonObject("paginering").getInt("totaal"));
    JsonObject liked = Http.json(ok(get("/api/v1/berichten/" + id, Http.DEMO_TOKEN)));
    assertEquals("Mila de Wit", liked.getJsonArray("laatstGewaardeerdDoor").getJsonObject(0).getString("naam"));
  }

  /** What a partner may not upload is refused with the file's name, and nothing is posted. */
  @Test
  void unsafeOrUnknownUploadsAreRefusedAndNothingIsPosted() {
    String text = "Met een verdachte bijlage " + UUID.randomUUID();
    byte[] program = "MZ\u0090\u0000 dit is een programma".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    HttpResponse<String> exe = multipart(new TestFiles.Multipart()
        .json("bericht", Json.createObjectBuilder().add("tekst", text).build().toString())
        .part("bijlage", "factuur.pdf", "application/pdf", program), MILA);
    ApiIT.assertProblem(exe, 400);
    assertEquals(List.of("attachments"), invalidParams(exe));
    assertTrue(exe.body().contains("factuur.pdf"), exe.body());

    // A Word document renamed to .pdf is refused too: the name must fit the content.
    HttpResponse<String> renamed = multipart(new TestFiles.Multipart()
        .json("bericht", Json.createObjectBuilder().add("tekst", text).build().toString())
        .part("bijlage", "notulen.pdf", "application/pdf", TestFiles.docx("x")), MILA);
    ApiIT.assertProblem(renamed, 400);

    TestFiles.Multipart five = new TestFiles.Multipart()
        .json("bericht", Json.createObjectBuilder().add("tekst", text).build().toString());
    for (int i = 0; i < 5; i++) {
      five.part("bijlage", "deel" + i + ".pdf", "application/pdf", TestFiles.pdf("Deel " + i));
    }
    HttpResponse<String> tooMany = multipart(five, MILA);
    ApiIT.assertProblem(tooMany, 400);
    assertEquals(List.of("attachments"), invalidParams(tooMany));

    HttpResponse<String> noPost = multipart(new TestFiles.Multipart()
        .part("bijlage", "notulen.pdf", "application/pdf", TestFiles.pdf("x")), MILA);
    ApiIT.assertProblem(noPost, 400);
    assertEquals(List.of("bericht"), invalidParams(noPost));

    HttpResponse<String> badJson = multipart(new TestFiles.Multipart().json("bericht", "{tekst:"), MILA);
    ApiIT.assertProblem(badJson, 400);
    assertEquals(List.of("bericht"), invalidParams(badJson), "one error: unreadable, not also missing");
    ApiIT.assertProblem(multipart(new TestFiles.Multipart().json("bericht", "null"), MILA), 400);

    HttpResponse<String> fakePhoto = multipart(new TestFiles.Multipart()
        .json("bericht", Json.createObjectBuilder().add("tekst", text).build().toString())
        .part("foto", "foto.jpg", "image/jpeg", TestFiles.pdf("geen foto")), MILA);
    ApiIT.assertProblem(fakePhoto, 400);
    assertEquals(List.of("photos"), invalidParams(fakePhoto));

    String tag = text.substring(text.lastIndexOf(' ') + 1);
    assertFalse(get("/api/v1/berichten/tijdlijn", MILA).body().contains(tag), "nothing was posted");
  }

  @Test
  void theReadOnlyDemoTokenCannotWriteOrHaveATimeline() {
    JsonObject body = Json.createObjectBuilder().add("tekst", "Mag dit?").build();
    ApiIT.assertProblem(post("/api/v1/berichten", body, Http.DEMO_TOKEN), 403);
    ApiIT.assertProblem(get("/api/v1/berichten/tijdlijn", Http.DEMO_TOKEN), 403);
  }

  @Test
  void badInputIsRefused() {
    HttpResponse<String> empty = post("/api/v1/berichten", Json.createObjectBuilder().add("tekst", "   ").build(), MILA);
    ApiIT.assertProblem(empty, 400);
    assertEquals(List.of("text"), invalidParams(empty));

    HttpResponse<String> noSource = get("/api/v1/berichten", MILA);
    ApiIT.assertProblem(noSource, 400);
    assertEquals(List.of("groep", "auteur", "hashtag"), invalidParams(noSource));
    HttpResponse<String> twoSources = get("/api/v1/berichten?auteur=" + UUID.randomUUID() + "&hashtag=x", MILA);
    ApiIT.assertProblem(twoSources, 400);
    assertEquals(List.of("auteur", "hashtag"), invalidParams(twoSources));
    HttpResponse<String> badGroup = get("/api/v1/berichten?groep=geen-id", MILA);
    ApiIT.assertProblem(badGroup, 400);
    assertEquals(List.of("groep"), invalidParams(badGroup));

    ApiIT.assertProblem(get("/api/v1/berichten?voor=rubbish&hashtag=x", MILA), 400);
    ApiIT.assertProblem(get("/api/v1/berichten/" + UUID.randomUUID(), MILA), 404);
    ApiIT.assertProblem(get("/api/v1/berichten/" + UUID.randomUUID() + "/reacties", MILA), 404);
    ApiIT.assertProblem(get("/api/v1/berichten/niet-een-id", MILA), 400);
    ApiIT.assertProblem(send(request("/api/v1/berichten", MILA).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Hallo"))), 415);
  }

  @Test
  void aSecretGroupMilaIsNotInDoesNotExistForHer() {
    String secret = GroupsApiIT.groupId("Reorganisatie ICT");
    JsonObject body = Json.createObjectBuilder().add("tekst", "Wat gaat er gebeuren?").add("groep", secret).build();
    ApiIT.assertProblem(post("/api/v1/berichten", body, MILA), 404);
    ApiIT.assertProblem(get("/api/v1/berichten?groep=" + secret, MILA), 404);
  }

  /**
   * No N+1: a timeline page of 20 posts takes as many SQL statements as a page of 2 (counted by
   * the server with PLEIN_DIAGNOSTICS, see SqlCountFilter). The posts differ in group and text,
   * and have likes and comments, so every part of a post's view is exercised.
   */
  @Test
  void aTimelinePageTakesTheSameStatementsWhateverItsLength() {
    String tag = "telling" + java.util.UUID.randomUUID().toString().substring(0, 6);
    String group = GroupsApiIT.groupId("Vraag het intranet"); // Mila administers it
    publishAndLike("Eerste #" + tag, null);
    publishAndLike("Tweede #" + tag + " in de groep", group);
    String path = "/api/v1/berichten?hashtag=" + tag;
    statements(path); // caches warm
    int two = statements(path);
    assertEquals(2, ids(Http.json(get(path, MILA))).size());
    for (int i = 3; i <= 21; i++) {
      publishAndLike("Bericht " + i + " met **opmaak** #" + tag, i % 2 == 0 ? group : null);
    }
    statements(path);
    int twenty = statements(path);
    assertEquals(20, ids(Http.json(get(path, MILA))).size());
    assertTrue(two > 0, "the server counts statements");
    assertEquals(two, twenty, "statements for 2 posts and for 20");

    String own = "/api/v1/berichten/tijdlijn";
    statements(own);
    int ownPage = statements(own);
    assertTrue(ownPage <= twenty + 6, "the own timeline adds a few fixed look-ups, not one per post: " + ownPage);
  }

  private void publishAndLike(String text, String group) {
    var body = Json.createObjectBuilder().add("tekst", text);
    if (group != null) {
      body.add("groep", group);
    }
    HttpResponse<String> created = post("/api/v1/berichten", body.build(), MILA);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertEquals(204, send(request("/api/v1/berichten/" + id + "/waarderingen", MILA)
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
  }

  private static int statements(String path) {
    HttpResponse<String> r = ok(get(path, MILA));
    return Integer.parseInt(r.headers().firstValue("X-Plein-SQL-Statements").orElseThrow(
        () -> new AssertionError("no X-Plein-SQL-Statements: is PLEIN_DIAGNOSTICS on?")));
  }

  private static List<String> ids(JsonObject list) {
    return list.getJsonArray("berichten").getValuesAs(JsonObject.class).stream().map(b -> b.getString("id")).toList();
  }

  private static List<String> invalidParams(HttpResponse<String> problem) {
    return Http.json(problem).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("name")).toList();
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }

  private static HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(Http.uri(path)).header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> get(String path, String token) {
    return send(Http.get(path).header("Authorization", "Bearer " + token));
  }

  private static HttpResponse<String> post(String path, JsonObject json, String token) {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
  }

  private static HttpResponse<String> multipart(TestFiles.Multipart form, String token) {
    return send(request("/api/v1/berichten", token).header("Content-Type", form.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return Http.send(request);
  }
}
