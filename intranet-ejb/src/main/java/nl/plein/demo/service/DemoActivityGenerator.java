package nl.plein.demo.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Timeline activity at benchmark scale (posts, comments with replies, likes on both), deterministic
 * for a seed, with the skew of a real installation: a few people and groups write most of it (the
 * k-th most active of n writes about as much as (k/n)^-2/3 times the median), most posts get a
 * couple of reactions and a few get very many. Posts are spread over two years, more of them recent.
 *
 * <p>Who reacts may read the post: members for a group's post, colleagues of the author's
 * organisation for a post on an own timeline. Nobody likes their own post or comment.
 */
final class DemoActivityGenerator {
  /** A group posts can go to: its reader terms (see {@code Audience}) and its members. */
  record GroupSource(UUID id, UUID organisationId, String audience, List<UUID> members) {}

  record CommentPlan(UUID id, UUID parentId, UUID authorId, int text, Instant createdAt, List<UUID> likers) {}

  record PostPlan(UUID id, UUID authorId, UUID groupId, UUID organisationId, String audience, int text,
      Instant createdAt, List<UUID> likers, List<CommentPlan> comments) {
    /** The post, its comments and all likes. */
    int activities() {
      return 1 + likers.size() + comments.size() + comments.stream().mapToInt(c -> c.likers().size()).sum();
    }
  }

  /** Hashtags people use; each post text comes without or with one of them. */
  static final String[] HASHTAGS = {"wens", "omgevingswet", "buitendienst", "bomen", "duurzaam", "privacy", "wmo",
      "verkiezingen", "thuiswerken", "fietsen", "klantcontact", "onboarding", "afval", "sport", "archief", "inkoop"};

  static final String[] POST_TEXTS = {
      "Vanmorgen de eerste **lindes** aan de Dijkweg gesnoeid. Mooi werk van het hele team!",
      "Wie heeft er ervaring met het nieuwe zaaksysteem? Ik loop vast bij het koppelen van documenten.",
      "Morgen is de kantine dicht vanwege onderhoud. Neem zelf een lunch mee of ga naar de Brink.",
      "Net terug van de training *klantgericht schrijven*. Drie tips:\n\n- korte zinnen\n- u-vorm\n- eerst het antwoord",
      "De nieuwe versie van de APV staat online. Let op de regels voor terrassen.",
      "Iemand een oplader voor een laptop van het nieuwe type laten liggen in zaal 2.14?",
      "Onze afdeling zoekt een collega die mee wil denken over de inrichting van de nieuwe werkplekken.",
      "Vandaag vijftig nieuwe bomen geplant in de wijk Oosterweide, samen met bewoners en de basisschool.",
      "Reminder: de enquête over thuiswerken sluit vrijdag. Tot nu toe 312 reacties, dank jullie wel!",
      "Vraag aan de kenners: hoe lang bewaren we aanvragen voor een parkeervergunning?",
      "De lunchwandeling van vandaag gaat door, ook als het regent. Verzamelen om 12.15 uur bij de hoofdingang.",
      "Trots op het team burgerzaken: de wachttijd aan de balie is gehalveerd sinds de nieuwe afsprakenplanner.",
      "Wie wil er meedoen met de fietsuitdaging in mei? Aanmelden kan bij mij.",
      "Handige link voor iedereen die met de Omgevingswet werkt: https://iplo.nl",
      "Het nieuwe beleidsplan Wmo ligt ter inzage. Reacties graag voor het einde van de maand.",
      "Welkom aan onze nieuwe collega's van de buitendienst! Zeg gerust gedag als je ze ziet.",
      "Storing in het telefoonnummer van het klantcontactcentrum is verholpen. Excuses voor het ongemak.",
      "Wie heeft er een goed sjabloon voor een besluit op bezwaar? Graag delen in deze groep.",
      "Foto's van de open dag staan in de gedeelde map. Wat een opkomst!",
      "De proef met afvalscheiding op het stadskantoor loopt goed: 40% minder restafval.",
      "Let op: phishingmails in omloop die lijken te komen van de servicedesk. Klik niet op links.",
      "Collega's van archief: de nieuwe selectielijst is vastgesteld. Wat betekent dat voor ons?",
      "Ons projectteam zoekt iemand met verstand van GIS voor een klus van twee weken.",
      "Vrijdag borrel op het dakterras ter ere van het afscheid van Henk. Iedereen is welkom!",
      "Het verkiezingsteam zoekt nog stembureauleden voor maart. Je krijgt er een vrije dag voor terug.",
      "Tip: in het nieuwe intranet kun je collega's vinden op expertise. Probeer maar eens 'subsidies'.",
      "Inkoop heeft een nieuwe raamovereenkomst voor kantoorartikelen. Bestellen gaat voortaan via het portaal.",
      "Mooie ochtend met de trainees bij de rioolwerkzaamheden. Veel geleerd over wat onder de grond gebeurt.",
      "Kunnen we de teamoverleggen niet vaker buiten houden? Het weer is ernaar.",
      "Vanaf maandag werken we met een nieuwe planning voor de groenploegen. Zie het rooster in de bijlage."};

  static final String[] COMMENT_TEXTS = {
      "Goed bezig!", "Dank voor het delen.", "Ik doe mee.", "Heb je hier een link naar?", "Mooi resultaat!",
      "Daar weet ik meer van, ik stuur je een bericht.", "Eens, dit moeten we vaker doen.",
      "Goede vraag, ik ben benieuwd naar de antwoorden.", "Staat dit ook op de website?", "Top, bedankt!",
      "Kun je dit ook in het teamoverleg brengen?", "Wij hebben hetzelfde probleem.", "Ik kom graag kijken.",
      "Is er ook een vervolg gepland?", "Dat scheelt een hoop werk.", "Wat een mooie foto's.",
      "Ik stuur het door naar mijn team.", "Is dit ook voor de andere organisaties?", "Gefeliciteerd!",
      "Kijk ook eens in de kennisbank, daar staat een stappenplan."};

  private static final Duration SPAN = Duration.ofDays(730);

  private final Random random;
  private final Instant now;
  private final List<UUID> everyone;
  private final Map<UUID, UUID> organisationOf;
  private final Map<UUID, List<UUID>> peopleByOrganisation;
  private final List<GroupSource> groups;
  private final Map<UUID, String> ownAudience;

  /**
   * @param everyone the active people; their order decides who is most active, so pass it shuffled
   *     or sorted by something unrelated to activity
   * @param groups the groups; their order decides which are busiest
   * @param ownAudience the reader terms of a post on an own timeline, by organisation
   */
  DemoActivityGenerator(long seed, Instant now, List<UUID> everyone, Map<UUID, UUID> organisationOf,
      Map<UUID, List<UUID>> peopleByOrganisation, List<GroupSource> groups, Map<UUID, String> ownAudience) {
    this.random = new Random(seed);
    this.now = now.truncatedTo(ChronoUnit.MILLIS);
    this.everyone = List.copyOf(everyone);
    this.organisationOf = organisationOf;
    this.peopleByOrganisation = peopleByOrganisation;
    this.groups = groups.stream().filter(g -> g.members().size() >= 2).toList();
    this.ownAudience = ownAudience;
  }

  static int textCount() {
    return POST_TEXTS.length * (HASHTAGS.length + 1);
  }

  /** The Markdown source of post text {@code i}: a sentence, without or with a hashtag. */
  static String postText(int i) {
    int tag = i % (HASHTAGS.length + 1);
    String sentence = POST_TEXTS[i / (HASHTAGS.length + 1)];
    return tag == 0 ? sentence : sentence + " #" + HASHTAGS[tag - 1];
  }

  static String commentText(int i) {
    return COMMENT_TEXTS[i];
  }

  /** The next post with its reactions: 60% in a group, the rest on the author's own timeline. */
  PostPlan next() {
    boolean inGroup = !groups.isEmpty() && random.nextInt(10) < 6;
    UUID author;
    UUID groupId = null;
    UUID organisation;
    String audience;
    List<UUID> readers;
    if (inGroup) {
      GroupSource group = groups.get(skewed(groups.size()));
      author = group.members().get(skewed(group.members().size()));
      groupId = group.id();
      organisation = organisationOf.get(author);
      audience = group.audience();
      readers = group.members();
    } else {
      author = everyone.get(skewed(everyone.size()));
      organisation = organisationOf.get(author);
      audience = ownAudience.get(organisation);
      readers = peopleByOrganisation.get(organisation);
    }
    // Two years back, more of it recent; milliseconds as the timeline keeps them.
    long ageMillis = (long) (SPAN.toMillis() * Math.pow(random.nextDouble(), 1.6));
    Instant created = now.minusMillis(ageMillis);
    boolean popular = random.nextInt(50) == 0;
    int likes = (int) (exponential(3.5) * (popular ? 8 : 1));
    int comments = (int) (exponential(2.5) * (popular ? 4 : 1));
    List<UUID> likers = distinct(readers, likes, author);
    List<CommentPlan> thread = new ArrayList<>();
    for (int i = 0; i < comments; i++) {
      UUID commenter = readers.get(random.nextInt(readers.size()));
      // A fifth are replies to an earlier comment (one level: to a comment that is no reply itself).
      UUID parent = null;
      Instant after = created;
      if (!thread.isEmpty() && random.nextInt(5) == 0) {
        CommentPlan answered = thread.get(random.nextInt(thread.size()));
        parent = answered.parentId() == null ? answered.id() : answered.parentId();
        after = answered.createdAt(); // a reply comes after what it answers
      }
      Instant at = later(after, Duration.ofHours(6));
      thread.add(new CommentPlan(uuid(), parent, commenter, random.nextInt(COMMENT_TEXTS.length), at,
          distinct(readers, (int) exponential(0.7), commenter)));
    }
    return new PostPlan(uuid(), author, groupId, organisation, audience, random.nextInt(textCount()), created,
        likers, thread);
  }

  /** Index {@code 0..n-1}, low indexes far more often: the density falls as index^(-2/3). */
  private int skewed(int n) {
    return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 3)));
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  /** Up to {@code wanted} different people from {@code pool}, never {@code except}. */
  private List<UUID> distinct(List<UUID> pool, int wanted, UUID except) {
    int size = Math.min(wanted, pool.size() - 1);
    Set<UUID> chosen = new LinkedHashSet<>();
    for (int attempts = 0; chosen.size() < size && attempts < size * 20; attempts++) {
      UUID candidate = pool.get(random.nextInt(pool.size()));
      if (!candidate.equals(except)) {
        chosen.add(candidate);
      }
    }
    return List.copyOf(chosen);
  }

  /** A moment after {@code from}, typically within {@code typical}, never in the future. */
  private Instant later(Instant from, Duration typical) {
    Instant at = from.plusMillis(1 + (long) exponential(typical.toMillis()));
    return at.isAfter(now) ? now : at;
  }

  private UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
