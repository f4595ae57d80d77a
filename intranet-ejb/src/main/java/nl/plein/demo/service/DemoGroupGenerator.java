package nl.plein.demo.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.plein.groups.api.GroupVisibility;

/**
 * Benchmark groups at any scale, deterministic for a seed: realistic Dutch names (a subject and a
 * qualifier, unique), mostly open groups, a quarter closed, a tenth secret, a third shared; sizes
 * skewed as in a real installation (most groups small, a few large), and last one very large group.
 */
final class DemoGroupGenerator {
  /** One group: members are drawn by the loader from the people of its organisation, or everyone. */
  record GroupPlan(String name, String description, GroupVisibility visibility, boolean shared, int members,
      int daysSinceActivity) {}

  static final String HUGE_GROUP = "Personeelsvereniging (iedereen)";
  static final int HUGE_GROUP_MEMBERS = 15_000;

  private static final String[] SUBJECTS = {
      "Hardlopen", "Fotografie", "Moestuin", "Omgevingswet", "Duurzaamheid", "Koor", "Boekenclub", "Schaken",
      "Wielrennen", "Yoga", "Vrijwilligerswerk", "Mantelzorg", "Thuiswerken", "Digitale vaardigheden", "Lean",
      "Agile werken", "Privacy", "Informatiebeveiliging", "Datagedreven werken", "GIS", "Inkoop", "Subsidies",
      "Evenementen", "Verkiezingen", "Participatie", "Jeugdzorg", "Wmo", "Schuldhulp", "Wonen", "Verkeer", "Afval",
      "Groenbeheer", "Bomen", "Riolering", "Sport", "Cultuur", "Kaartjesmarkt", "Onboarding", "Trainees",
      "Young professionals", "Vrouwennetwerk", "Regenboognetwerk", "Taalmaatjes", "Fietsen", "Carpoolen",
      "Lunchwandelen", "Energietransitie", "Klimaatadaptatie", "Archief", "Burgerzaken", "Klantcontact", "Toegankelijkheid"};
  private static final String[] QUALIFIERS = {
      "Polderrand", "Dijkvliet", "Oosterweide", "Molenbroek", "werkgroep", "netwerk", "kennisgroep", "overleg",
      "platform", "vragen", "tips", "noord", "zuid", "oost", "west", "centrum", "buitendienst", "stadhuis",
      "2025", "2026", "team A", "team B", "projectgroep", "klankbordgroep", "community", "beginners", "gevorderden",
      "ervaringen", "kring", "gilde", "collectief", "atelier", "academie", "werkplaats", "denktank", "pool",
      "club", "groep", "forum", "lab"};

  private DemoGroupGenerator() {}

  static List<GroupPlan> generate(int count, long seed) {
    Random random = new Random(seed);
    List<GroupPlan> plans = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int attempt = 0;
    while (plans.size() < count - 1) {
      String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
      String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
      String name = attempt++ % 7 == 0 ? subject : subject + " " + qualifier;
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        name = subject + " " + qualifier + " " + (plans.size() + 1);
        names.add(name.toLowerCase(Locale.ROOT));
      }
      int kind = random.nextInt(20);
      GroupVisibility visibility = kind < 13 ? GroupVisibility.OPEN : kind < 18 ? GroupVisibility.CLOSED : GroupVisibility.SECRET;
      double size = random.nextDouble();
      int members = size < 0.6 ? 3 + random.nextInt(18) : size < 0.9 ? 20 + random.nextInt(80)
          : size < 0.99 ? 100 + random.nextInt(400) : 500 + random.nextInt(1500);
      plans.add(new GroupPlan(name, "Voor collega's die met " + subject.toLowerCase(Locale.ROOT) + " bezig zijn: "
              + qualifier + ". Vragen, tips en afspraken.",
          visibility, random.nextInt(3) == 0, members, random.nextInt(365)));
    }
    plans.add(new GroupPlan(HUGE_GROUP, "De personeelsvereniging van alle organisaties: uitjes, borrels en feesten.",
        GroupVisibility.OPEN, true, HUGE_GROUP_MEMBERS, 1));
    return plans;
  }
}
