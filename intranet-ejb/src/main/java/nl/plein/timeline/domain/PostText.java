package nl.plein.timeline.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.common.api.ValidationException;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The text of a post or comment: what people type, with a little formatting, and the safe HTML
 * made from it.
 *
 * <p>The source is a small part of Markdown, which works the same from a phone's keyboard, the
 * toolbar and the API: {@code **bold**}, {@code *italic*}, lists ({@code - } or {@code 1. }), links
 * ({@code [text](https://...)} or a bare address), line breaks. HTML typed in is shown as text, not
 * obeyed; headings, images, quotes and code blocks stay plain text. {@code @Name} mentions a
 * colleague and {@code #word} is a hashtag; both become links.
 *
 * <p>Safety does not rest on the Markdown renderer alone: its output passes the OWASP HTML
 * sanitizer with an allow-list (paragraphs, line breaks, bold, italic, lists, code, and links to
 * http, https, mailto or this site), so whatever the renderer might let through is removed.
 */
public final class PostText {
  public static final int MAX_LENGTH = 5000;
  public static final int MAX_TAG_LENGTH = 50;
  /** Words a mentioned name may have: "Jan-Willem van den Berg" has four. */
  static final int MAX_NAME_WORDS = 5;

  /** A colleague a mention may mean. */
  public record Person(UUID id, String displayName) {}

  /** The HTML to show, and what the text refers to. */
  public record Rendered(String html, Set<String> hashtags, Set<UUID> mentioned) {}

  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_#&/])#(\\p{L}[\\p{L}\\p{M}\\p{N}_]*)");
  private static final Pattern MENTION = Pattern.compile(
      "(?<![\\p{L}\\p{N}_@.])@(\\p{L}[\\p{L}\\p{M}'’-]*(?:[ \\t]+[\\p{L}\\p{M}'’-]+){0," + (MAX_NAME_WORDS - 1) + "})");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private static final Parser PARSER = Parser.builder()
      .enabledBlockTypes(Set.of(ListBlock.class))
      .extensions(List.of(AutolinkExtension.create()))
      .build();

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .softbreak("<br />\n")
      .nodeRendererFactory(context -> new ImageAsText(context.getWriter()))
      .attributeProviderFactory(context -> (node, tagName, attributes) -> {
        if (node instanceof Link link && link.getDestination().startsWith("/people/person?")) {
          attributes.put("class", "plein-mention");
        } else if (node instanceof Link link && link.getDestination().startsWith("/timeline/hashtag?")) {
          attributes.put("class", "plein-hashtag");
        }
      })
      .build();

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "a", "code")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .allowAttributes("class").matching(Pattern.compile("plein-(hashtag|mention)")).onElements("a")
      .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
      .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
      .toFactory();

  private PostText() {}

  /** Trims the text and checks its length; a blank text is refused. */
  public static String clean(String field, String source) {
    return clean(field, source, MAX_LENGTH);
  }

  /** As {@link #clean(String, String)}, with another maximum (comments are shorter). */
  public static String clean(String field, String source, int max) {
    String text = source == null ? "" : source.strip().replace("\r\n", "\n");
    if (text.isEmpty()) {
      throw ValidationException.of(field, "error.field.required");
    }
    if (text.length() > max) {
      throw ValidationException.of(field, "error.field.tooLong", max);
    }
    return text;
  }

  /**
   * The lower-case first words after each {@code @}: the service looks up the people with these
   * given names, and passes the ones the writer may see to {@link #render}.
   */
  public static Set<String> mentionedGivenNames(String source) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(source == null ? "" : source);
    while (m.find()) {
      names.add(key(SPACES.split(m.group(1))[0]));
    }
    return names;
  }

  /**
   * Renders the source.
   *
   * @param people the colleagues a mention may mean, by lower-case display name ({@link #key});
   *     more than one under a name is ambiguous
   * @throws ValidationException on the field {@code field} for a mention of nobody known, or of a
   *     name shared by more than one colleague
   */
  public static Rendered render(String field, String source, Map<String, List<Person>> people) {
    Node document = PARSER.parse(source);
    Set<String> hashtags = new LinkedHashSet<>();
    Set<UUID> mentioned = new LinkedHashSet<>();
    List<Text> texts = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        texts.add(text);
      }

      @Override
      public void visit(Link link) {
        // The text of a link stays as it is: no tags or mentions inside another link.
      }

      @Override
      public void visit(Code code) {}
    });
    for (Text text : texts) {
      linkify(field, text, people, hashtags, mentioned);
    }
    String html = POLICY.sanitize(RENDERER.render(document));
    return new Rendered(html, hashtags, mentioned);
  }

  /**
   * The opening of a rendered text as plain text, at most {@code max} characters (cut at a word,
   * with an ellipsis): for notifications.
   */
  public static String snippet(String html, int max) {
    String flat = nl.plein.common.api.HtmlText.plain(html);
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  /** A hashtag as stored and followed: lower case, as typed otherwise ("#Wmo" and "#wmo" are one). */
  public static String tagKey(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }

  /** A name as compared: folded as expertise tags are (case, accents, the dotless ı, spaces). */
  public static String key(String name) {
    return nl.plein.people.domain.TagNames.key(name.replace('’', '\''));
  }

  private static void linkify(String field, Text text, Map<String, List<Person>> people, Set<String> hashtags,
      Set<UUID> mentioned) {
    String literal = text.getLiteral();
    List<Node> parts = new ArrayList<>();
    int done = 0;
    int at = 0;
    while (at < literal.length()) {
      Matcher tag = HASHTAG.matcher(literal).region(at, literal.length());
      Matcher mention = MENTION.matcher(literal).region(at, literal.length());
      tag.useTransparentBounds(true);
      mention.useTransparentBounds(true);
      boolean hasTag = tag.find();
      boolean hasMention = mention.find();
      if (!hasTag && !hasMention) {
        break;
      }
      if (hasTag && (!hasMention || tag.start() < mention.start())) {
        String name = tag.group(1);
        if (name.length() > MAX_TAG_LENGTH) {
          throw ValidationException.of(field, "error.post.tagTooLong", MAX_TAG_LENGTH);
        }
        parts.add(new Text(literal.substring(done, tag.start())));
        parts.add(link("/timeline/hashtag?tag=" + tagKey(name), "#" + name));
        hashtags.add(tagKey(name));
        done = tag.end();
        at = done;
      } else {
        String[] words = SPACES.split(mention.group(1));
        Person person = null;
        int used = 0;
        for (int n = words.length; n >= 1 && person == null; n--) {
          List<Person> named = people.getOrDefault(key(String.join(" ", List.of(words).subList(0, n))), List.of());
          if (named.size() > 1) {
            throw ValidationException.of(field, "error.post.ambiguousMention", String.join(" ", List.of(words).subList(0, n)));
          }
          if (named.size() == 1) {
            person = named.get(0);
            used = n;
          }
        }
        if (person == null) {
          throw ValidationException.of(field, "error.post.unknownMention", words[0]);
        }
        // The end of the name in the text: the first `used` words and the spaces between them.
        int end = mention.start(1);
        for (int w = 0; w < used; w++) {
          end = literal.indexOf(words[w], end) + words[w].length();
        }
        parts.add(new Text(literal.substring(done, mention.start())));
        parts.add(link("/people/person?id=" + person.id(), "@" + person.displayName()));
        mentioned.add(person.id());
        done = end;
        at = done;
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    parts.add(new Text(literal.substring(done)));
    for (Node part : parts) {
      if (!(part instanceof Text t) || !t.getLiteral().isEmpty()) {
        text.insertBefore(part);
      }
    }
    text.unlink();
  }

  private static Link link(String destination, String label) {
    Link link = new Link(destination, null);
    link.appendChild(new Text(label));
    return link;
  }

  /** An image in the text ({@code ![alt](url)}) is shown as its alternative text, never loaded. */
  private static final class ImageAsText implements NodeRenderer {
    private final HtmlWriter html;

    ImageAsText(HtmlWriter html) {
      this.html = html;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      StringBuilder alt = new StringBuilder();
      node.accept(new AbstractVisitor() {
        @Override
        public void visit(Text text) {
          alt.append(text.getLiteral());
        }
      });
      html.text(alt.toString());
    }
  }
}
