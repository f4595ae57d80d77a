package nl.plein.demo.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Knowledge pages at benchmark scale, deterministic for a seed: spread over departments and open
 * groups with a skew (a few spaces hold many pages), up to three levels deep, each with a history of
 * revisions (most pages a few, some dozens), written by people of the space, and about one page in
 * eight past its review date. Revision texts are built on demand ({@link #revisions}) so that 50,000
 * pages never sit in memory at once.
 */
final class DemoPageGenerator {
  /** Where generated pages go: a department ({@code group} false) or an open group, with its readers and writers. */
  record SpaceSource(UUID id, boolean group, UUID organisationId, String audience, List<UUID> writers) {}

  record PagePlan(UUID id, int space, UUID parentId, int depth, String title, long textSeed, int revisions,
      UUID ownerId, LocalDate reviewDate, Instant createdAt) {}

  /** One revision: its title, Markdown, author, time and note. */
  record RevisionPlan(int number, String source, UUID authorId, Instant savedAt, String note) {}

  static final String[] SUBJECTS = {"Parkeervergunning", "Paspoort", "Rijbewijs", "Verhuizing", "Omgevingsvergunning",
      "Wmo-voorziening", "Bijzondere bijstand", "Afvalinzameling", "Bomenkap", "Evenementenvergunning", "Huwelijk",
      "Uittreksel BRP", "WOZ-beschikking", "Hondenbelasting", "Terrasvergunning", "Kapvergunning", "Leerlingenvervoer",
      "Schuldhulpverlening", "Inburgering", "Subsidieaanvraag", "Declaraties", "Thuiswerken", "Verlof", "Inkoop",
      "Archivering", "Informatiebeveiliging", "Privacyverzoek", "Klachtenregeling", "Bezwaarschrift", "Zaaksysteem",
      "Telefonie", "Werkplekken", "Vergaderzalen", "Reiskosten", "Opleidingsbudget", "Functioneringsgesprek",
      "Strooiroute", "Speeltuinkeuring", "Groenonderhoud", "Riolering"};
  static final String[] ASPECTS = {"aanvragen", "werkinstructie", "veelgestelde vragen", "kosten en tarieven",
      "termijnen", "formulieren", "contactpersonen", "spoedprocedure", "controle aan de balie", "uitzonderingen",
      "beleid", "checklist", "wet- en regelgeving", "tips voor de telefoon", "voorbeelden"};
  static final String[] SENTENCES = {
      "De inwoner meldt zich aan de balie met een geldig identiteitsbewijs.",
      "Controleer altijd of de gegevens in de BRP kloppen voordat je de aanvraag afrondt.",
      "Bij twijfel overleg je met de coördinator van het team.",
      "De aanvraag wordt binnen acht weken afgehandeld; verlengen kan één keer met zes weken.",
      "Leg het besluit vast in het zaaksysteem en koppel de documenten aan de zaak.",
      "De kosten staan in de legesverordening van dit jaar.",
      "Is de aanvraag onvolledig, geef de inwoner dan twee weken om aan te vullen.",
      "Spoed kan alleen met een toelichting van de aanvrager.",
      "Een medewerker van de buitendienst beoordeelt de situatie ter plaatse.",
      "Stuur bij een afwijzing altijd de bezwaarclausule mee.",
      "Vraag naar de voorkeur voor contact: telefoon, e-mail of de post.",
      "De gegevens worden bewaard volgens de selectielijst voor gemeenten.",
      "Voor ondernemers geldt een aparte procedure via het ondernemersloket.",
      "Gebruik de standaardbrief uit de sjablonenbibliotheek.",
      "Na de Omgevingswet loopt de aanvraag via het Omgevingsloket.",
      "Het team Wmo maakt binnen vijf werkdagen een afspraak voor een keukentafelgesprek.",
      "Meld een datalek direct bij de privacyfunctionaris.",
      "Werk de pagina bij als de werkwijze verandert, niet alleen als het jaar om is."};
  static final String[] NOTES = {"Tarieven bijgewerkt", "Nieuwe werkwijze", "Tikfouten hersteld", "Contactpersoon gewijzigd",
      "Stap toegevoegd", "Na overleg met het team", null, null, null};

  /** Pages that hold a very long history (the benchmark opens one) and two long revisions (it compares them). */
  static final int LONG_HISTORY = 200;
  static final int LONG_TEXT_PARAGRAPHS = 160;

  private final Random random;
  private final List<SpaceSource> spaces;
  private final Instant now;
  private final LocalDate today;
  /** Per space: the pages made so far at depths 0 and 1 (parents of later pages). */
  private final List<List<PagePlan>> parents = new ArrayList<>();
  private final double[] cumulative;

  DemoPageGenerator(long seed, List<SpaceSource> spaces, Instant now, LocalDate today) {
    this.random = new Random(seed);
    this.spaces = List.copyOf(spaces);
    this.now = now.truncatedTo(ChronoUnit.MILLIS);
    this.today = today;
    cumulative = new double[spaces.size()];
    double sum = 0;
    for (int i = 0; i < spaces.size(); i++) {
      sum += Math.pow(i + 1, -0.8); // Zipf-like: the first spaces hold the most pages
      cumulative[i] = sum;
    }
    for (int i = 0; i < spaces.size(); i++) {
      cumulative[i] /= sum;
      parents.add(new ArrayList<>());
    }
  }

  PagePlan next(int index) {
    int space = pickSpace();
    List<PagePlan> candidates = parents.get(space);
    PagePlan parent = candidates.isEmpty() || random.nextDouble() < 0.35
        ? null : candidates.get(random.nextInt(candidates.size()));
    int depth = parent == null ? 0 : parent.depth() + 1;
    String title = SUBJECTS[random.nextInt(SUBJECTS.length)] + ": " + ASPECTS[random.nextInt(ASPECTS.length)]
        + " (" + (index + 1) + ")";
    // Most pages have a few revisions, some many: 1 + an exponential tail, at most 40.
    int revisions = 1 + Math.min(39, (int) (-Math.log(1 - random.nextDouble()) * 2.2));
    List<UUID> writers = spaces.get(space).writers();
    UUID owner = writers.get(random.nextInt(writers.size()));
    LocalDate review = random.nextInt(8) == 0
        ? today.minusDays(1 + random.nextInt(300)) : today.plusDays(1 + random.nextInt(365));
    Instant created = now.minus(Duration.ofDays(30 + random.nextInt(1000))).minusSeconds(random.nextInt(86_400));
    PagePlan plan = new PagePlan(UUID.randomUUID(), space, parent == null ? null : parent.id(), depth, title,
        random.nextLong(), revisions, owner, review, created);
    if (depth < 2) {
      candidates.add(plan);
    }
    return plan;
  }

  private int pickSpace() {
    double u = random.nextDouble();
    int i = java.util.Arrays.binarySearch(cumulative, u);
    return Math.min(spaces.size() - 1, i >= 0 ? i : -i - 1);
  }

  /**
   * The page's revisions, oldest first: a text of a few paragraphs that each revision changes a
   * little (a sentence added or replaced), by a writer of its space, spread between its creation and now.
   */
  List<RevisionPlan> revisions(PagePlan page) {
    return revisions(page, spaces.get(page.space()).writers(), 3 + (int) Math.floorMod(page.textSeed(), 4L));
  }

  static List<RevisionPlan> revisions(PagePlan page, List<UUID> writers, int paragraphs) {
    Random r = new Random(page.textSeed());
    List<List<String>> text = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      List<String> paragraph = new ArrayList<>();
      for (int s = 0; s < 2 + r.nextInt(3); s++) {
        paragraph.add(SENTENCES[r.nextInt(SENTENCES.length)]);
      }
      text.add(paragraph);
    }
    List<RevisionPlan> out = new ArrayList<>(page.revisions());
    Instant nowish = page.createdAt().plus(Duration.ofDays(25));
    long span = Math.max(1, Duration.between(page.createdAt(), nowish).getSeconds());
    for (int n = 1; n <= page.revisions(); n++) {
      if (n > 1) {
        List<String> paragraph = text.get(r.nextInt(text.size()));
        String sentence = SENTENCES[r.nextInt(SENTENCES.length)] + " (" + n + ")";
        if (r.nextBoolean() || paragraph.isEmpty()) {
          paragraph.add(sentence);
        } else {
          paragraph.set(r.nextInt(paragraph.size()), sentence);
        }
      }
      Instant at = page.createdAt().plusSeconds(span * (n - 1) / page.revisions());
      out.add(new RevisionPlan(n, markdown(text), writers.get(r.nextInt(writers.size())), at,
          n == 1 ? null : NOTES[r.nextInt(NOTES.length)]));
    }
    return out;
  }

  private static String markdown(List<List<String>> text) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < text.size(); p++) {
      if (p % 3 == 0) {
        b.append("## Stap ").append(p / 3 + 1).append("\n\n");
      }
      b.append(String.join(" ", text.get(p))).append("\n\n");
    }
    return b.toString().strip();
  }
}
