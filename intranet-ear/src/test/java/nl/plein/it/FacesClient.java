package nl.plein.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the pages without a browser: follows redirects, keeps the session cookie and
 * posts Faces forms with their hidden fields (view state). For fast HTTP-level tests of the web
 * module's rules; the browser tests cover what needs a real browser.
 */
public final class FacesClient {
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  /** A field value that makes the field absent, as an unticked checkbox is. */
  public static final String UNCHECKED = "\u0000unchecked";

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          // Followed here, as a browser does: the JDK's own redirects keep the POST's Content-Type on
          // the GET that follows, and a multipart type without a body makes the server fail.
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A page as received: its address, status and HTML. */
  public record Page(URI uri, int status, String html) {
    public boolean contains(String text) {
      return html.contains(text);
    }

    /** The innermost element of this kind (article, li) around the first occurrence of the text. */
    public String around(String element, String text) {
      int at = html.indexOf(text);
      if (at < 0) {
        throw new AssertionError(text + " not on " + uri + ":\n" + html);
      }
      return html.substring(html.lastIndexOf("<" + element, at), html.indexOf("</" + element + ">", at));
    }

    /**
     * The name of the button whose id ends in {@code idSuffix} in the table row (list item, article)
     * showing {@code rowText}.
     */
    public String buttonInRow(String rowText, String idSuffix) {
      int row = html.indexOf(rowText);
      // The innermost of a table row, a list item and an article around the text.
      String element = "tr";
      int start = -1;
      for (String candidate : new String[] {"tr", "li", "article"}) {
        int at = row < 0 ? -1 : html.lastIndexOf("<" + candidate, row);
        if (at > start) {
          start = at;
          element = candidate;
        }
      }
      int end = row < 0 ? -1 : html.indexOf("</" + element + ">", row);
      if (row < 0 || end < 0) {
        throw new AssertionError("no row showing " + rowText);
      }
      Matcher m = Pattern.compile("name=\"([^\"]*" + Pattern.quote(idSuffix) + ")\"").matcher(html.substring(row, end));
      if (row < 0 || !m.find()) {
        throw new AssertionError("no " + idSuffix + " in the row of " + rowText);
      }
      return m.group(1);
    }

    /** The value of the option with this label in the select with this name. */
    public String option(String selectName, String label) {
      int start = html.indexOf("name=\"" + selectName + "\"");
      if (start < 0) {
        throw new AssertionError("no select " + selectName + " on " + uri);
      }
      int end = html.indexOf("</select>", start);
      Matcher m =
          Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>").matcher(html.substring(start, end));
      while (m.find()) {
        String text = m.group(2).replace("&nbsp;", "").replace("&#160;", "").replace("\u00a0", "").strip();
        if (unescape(text).equals(label)) {
          return m.group(1);
        }
      }
      throw new AssertionError("no option " + label + " in " + selectName);
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(Http.uri(path)).GET());
  }

  /** A client logged in as a demo account (password "plein"). */
  public static FacesClient as(String username) {
    FacesClient client = new FacesClient();
    client.login(username, "plein");
    return client;
  }

  /** The id of the person with this exact name, found through the API with the demo token. */
  public static String personId(String name) {
    return Http.json(Http.send(Http.api("/api/v1/personen?q=" + name.replace(" ", "+")))).getJsonArray("personen")
        .getValuesAs(jakarta.json.JsonObject.class).stream().filter(p -> p.getString("naam").equals(name))
        .findFirst().orElseThrow().getString("id");
  }

  public Page login(String username, String password) {
    Page login = get("/login");
    return submit(login, "login", Map.of("login:username", username, "login:password", password), "login:submit");
  }

  /** A file chosen in a form's file field. */
  public record Upload(String fileName, String contentType, byte[] content) {}

  /** Submits the form with this id, with its hidden fields plus the given fields and button. */
  public Page submit(Page page, String formId, Map<String, String> fields, String button) {
    return submit(page, formId, fields, Map.of(), button);
  }

  /** As {@link #submit(Page, String, Map, String)}, with files chosen in file fields (by field name). */
  public Page submit(Page page, String formId, Map<String, String> fields, Map<String, List<Upload>> files,
      String button) {
    String form = form(page, formId);
    Map<String, String> data = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        data.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
      }
    }
    data.putAll(currentValues(form));
    data.putAll(fields);
    data.values().removeIf(UNCHECKED::equals);
    data.put(button, "x");
    Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form);
    if (!action.find()) {
      throw new AssertionError("form " + formId + " has no action");
    }
    java.net.URI target = page.uri().resolve(unescape(action.group(1)));
    if (form.substring(0, form.indexOf('>')).contains("multipart/form-data")) {
      // As a browser sends a form with a file field: multipart, with an empty file part when no file is chosen.
      TestFiles.Multipart multipart = new TestFiles.Multipart();
      data.forEach((k, v) -> multipart.part(k, null, null, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Matcher file = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(form);
      while (file.find()) {
        Matcher name = NAME.matcher(file.group());
        if (name.find()) {
          List<Upload> chosen = files.getOrDefault(name.group(1), List.of());
          if (chosen.isEmpty()) {
            multipart.part(name.group(1), "", "application/octet-stream", new byte[0]);
          }
          chosen.forEach(u -> multipart.part(name.group(1), u.fileName(), u.contentType(), u.content()));
        }
      }
      return send(HttpRequest.newBuilder(target)
          .header("Content-Type", multipart.contentType())
          .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.bytes())));
    }
    String body =
        data.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** What a browser would send for the form's visible fields as they are now. */
  private static Map<String, String> currentValues(String form) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE).matcher(form);
    while (input.find()) {
      String tag = input.group();
      Matcher name = NAME.matcher(tag);
      Matcher type = Pattern.compile("type=\"([^\"]*)\"").matcher(tag);
      String kind = type.find() ? type.group(1) : "text";
      if (!name.find() || List.of("hidden", "submit", "file", "password", "button").contains(kind)) {
        continue;
      }
      if (kind.equals("checkbox") || kind.equals("radio")) {
        if (tag.contains("checked")) {
          Matcher value = VALUE.matcher(tag);
          values.put(name.group(1), value.find() ? unescape(value.group(1)) : "on");
        }
        continue;
      }
      Matcher value = VALUE.matcher(tag);
      values.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
    }
    Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]*)\"[^>]*>([^<]*)</textarea>").matcher(form);
    while (area.find()) {
      values.put(area.group(1), unescape(area.group(2)).replaceFirst("^\n", ""));
    }
    Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
    while (select.find()) {
      Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
      if (selected.find()) {
        values.put(select.group(1), unescape(selected.group(1)));
      }
    }
    return values;
  }

  private static String form(Page page, String formId) {
    int start = page.html().indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ":\n" + page.html());
    }
    return page.html().substring(start, page.html().indexOf("</form>", start));
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          client.send(
              request.header("Accept-Language", "nl").timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
        URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
        r = client.send(HttpRequest.newBuilder(next).GET().header("Accept-Language", "nl")
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      }
      return new Page(r.uri(), r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
  }
}
