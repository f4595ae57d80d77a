package nl.plein.demo.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic demo and benchmark data shaped like a shared service organisation: the work
 * organisation and the three municipalities it serves, each with a department tree and locations,
 * and people with plausible Dutch names and functions. The same seed gives the same data at any
 * scale (the demo uses about 60 people; benchmarks use tens of thousands).
 */
public final class DemoDataGenerator {

  /** A department and its sub-departments, with the functions people there have. */
  public record DepartmentPlan(String name, List<String> functions, List<DepartmentPlan> children) {
    static DepartmentPlan of(String name, List<String> functions, DepartmentPlan... children) {
      return new DepartmentPlan(name, functions, List.of(children));
    }
  }

  public record LocationPlan(String name, String street, String postalCode, String city) {}

  public record OrganisationPlan(
      String name, String shortName, String domain, List<DepartmentPlan> departments, List<LocationPlan> locations) {}

  /** A person; {@code departmentPath} names the department from the top, e.g. "Ruimte/Groen". */
  public record PersonPlan(
      int organisation,
      String departmentPath,
      int location,
      String givenName,
      String surnamePrefix,
      String surname,
      String functionTitle,
      String email,
      String phone,
      String mobilePhone,
      List<String> expertise,
      List<java.time.DayOfWeek> workingDays,
      String languages,
      String bio) {}

  /**
   * Fixed people at the start of every data set, so that demos and search tests can name them:
   * prefixes, accents, hyphens and unusual spellings a directory must cope with.
   */
  static final List<PersonPlan> ANCHORS = List.of(
      anchor(0, "Dienstverlening/Burgerzaken", "Jan", "de", "Vries", "Medewerker burgerzaken", "06-12345678",
          List.of("Paspoorten", "Rijbewijzen", "BRP")),
      anchor(1, "Beleid/Duurzaamheid", "Fatima", null, "El Amrani", "Beleidsadviseur klimaat", "06 2345 6789",
          List.of("Energietransitie", "Warmtenetten", "Subsidies")),
      anchor(0, "Bedrijfsvoering/ICT", "Kees", "van der", "Meer", "Informatieadviseur", "+31 6 34567890",
          List.of("Informatiebeveiliging", "Privacy (AVG)", "TOPdesk")),
      anchor(2, "Bestuur en organisatie/Communicatie", "Anouk", null, "Bakker", "Communicatieadviseur", "0612 456 789",
          List.of("Crisiscommunicatie", "Social media", "Toegankelijkheid")),
      anchor(0, "Sociaal domein/Wmo", "Özlem", null, "Yılmaz", "Wmo-consulent", "06-56789012",
          List.of("Wmo", "Mantelzorg", "Huishoudelijke hulp")),
      anchor(0, "Ruimte/Openbare ruimte/Groen", "Pieter-Jan", null, "Smit", "Boomverzorger", "06-67890123",
          List.of("Bomen", "Boomveiligheid", "Snoeien")),
      anchor(3, "Griffie", "Ingrid", "op den", "Kamp", "Griffier", "06-78901234",
          List.of("Gemeenteraad", "Raadsvoorstellen", "Moties")),
      anchor(0, "Ruimte/Vergunningen", "Mohamed", null, "Bouzid", "Jurist omgevingsrecht", "06-89012345",
          List.of("Omgevingswet", "Bezwaar en beroep", "Evenementenvergunningen")));

  private static PersonPlan anchor(int org, String department, String given, String prefix, String surname,
      String function, String mobile, List<String> expertise) {
    String domain = organisations().get(org).domain();
    return new PersonPlan(org, department, 0, given, prefix, surname, function,
        emailLocalPart(given, prefix, surname) + "@" + domain, "14 0180", mobile, expertise,
        List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY),
        "Nederlands, Engels", "Vraag me gerust iets over " + expertise.get(0).toLowerCase(Locale.ROOT) + ".");
  }

  /** Subjects people in a department know about, by the last part of its path. */
  private static final Map<String, List<String>> TOPICS = Map.ofEntries(
      Map.entry("ICT", List.of("Informatiebeveiliging", "Office 365", "Netwerken", "TOPdesk", "Zaakgericht werken")),
      Map.entry("HRM", List.of("Verzuim", "Werving en selectie", "Cao gemeenten", "Opleidingen")),
      Map.entry("Financiën", List.of("Begroting", "Jaarrekening", "Subsidies", "Inkoop")),
      Map.entry("Klantcontactcentrum", List.of("Klantcontact", "Telefonie", "Afvalinzameling", "Meldingen openbare ruimte")),
      Map.entry("Burgerzaken", List.of("Paspoorten", "Rijbewijzen", "BRP", "Verkiezingen", "Huwelijken")),
      Map.entry("Groen", List.of("Bomen", "Maaibeheer", "Biodiversiteit", "Snoeien")),
      Map.entry("Wegen", List.of("Wegbeheer", "Verkeersveiligheid", "Gladheidbestrijding")),
      Map.entry("Vergunningen", List.of("Omgevingswet", "Evenementenvergunningen", "Handhaving")),
      Map.entry("Wmo", List.of("Wmo", "Mantelzorg", "Hulpmiddelen")),
      Map.entry("Jeugd", List.of("Jeugdzorg", "Passend onderwijs", "Veilig thuis")),
      Map.entry("Communicatie", List.of("Crisiscommunicatie", "Social media", "Webredactie", "Toegankelijkheid")),
      Map.entry("Duurzaamheid", List.of("Energietransitie", "Zonnepanelen", "Klimaatadaptatie")),
      Map.entry("Economie en wonen", List.of("Woningbouw", "Ondernemers", "Huisvesting statushouders")),
      Map.entry("Griffie", List.of("Gemeenteraad", "Moties", "Raadsvoorstellen")),
      Map.entry("Bestuursondersteuning", List.of("Bestuursadvisering", "Agenda college")));
  private static final List<String> GENERAL_TOPICS =
      List.of("Projectmanagement", "Excel", "Lean", "Schrijven", "Presenteren", "Verandermanagement");

  public record DemoData(List<OrganisationPlan> organisations, List<PersonPlan> people) {}

  private static final String[] GIVEN_NAMES = {
    "Jan", "Anouk", "Pieter", "Fatima", "Mohamed", "Sanne", "Kees", "Lotte", "Daan", "Eva",
    "Thijs", "Noor", "Bram", "Femke", "Hans", "Ingrid", "Ruben", "Yasmina", "Gert", "Marloes",
    "Willem", "Annemiek", "Sem", "Esra", "Joost", "Hanneke", "Luuk", "Iris", "Dirk", "Mirjam",
    "Koen", "Saskia", "Tim", "Roos", "Ahmet", "Petra", "Bas", "Wendy", "Niels", "Karin"
  };
  private static final String[][] SURNAMES = {
    {"de", "Vries"}, {null, "Jansen"}, {"van", "Dijk"}, {null, "Bakker"}, {null, "Visser"},
    {null, "Smit"}, {"de", "Boer"}, {null, "Mulder"}, {"de", "Groot"}, {null, "Bos"},
    {"van den", "Berg"}, {null, "Vos"}, {null, "Peters"}, {null, "Hendriks"}, {"van", "Leeuwen"},
    {null, "Dekker"}, {null, "Brouwer"}, {"de", "Wit"}, {null, "Dijkstra"}, {null, "Smits"},
    {"de", "Graaf"}, {"van der", "Meer"}, {"van der", "Linden"}, {null, "Kok"}, {null, "Jacobs"},
    {"de", "Haan"}, {null, "Vermeulen"}, {"van den", "Heuvel"}, {"van der", "Veen"}, {"van den", "Broek"},
    {null, "El Amrani"}, {null, "Yilmaz"}, {null, "Postma"}, {"ter", "Horst"}, {null, "Kuipers"},
    {null, "Verbeek"}, {null, "Schouten"}, {"van", "Beek"}, {null, "Hoekstra"}, {"op den", "Kamp"}
  };

  private DemoDataGenerator() {}

  public static DemoData generate(int peopleCount, long seed) {
    List<OrganisationPlan> organisations = organisations();
    Random random = new Random(seed);
    List<PersonPlan> people = new ArrayList<>(peopleCount);
    Map<String, Integer> emailCounts = new LinkedHashMap<>();
    List<List<String[]>> slots = new ArrayList<>();
    for (OrganisationPlan o : organisations) {
      List<String[]> s = new ArrayList<>();
      for (DepartmentPlan d : o.departments()) {
        collectSlots("", d, s);
      }
      slots.add(s);
    }
    for (PersonPlan anchor : ANCHORS.subList(0, Math.min(ANCHORS.size(), peopleCount))) {
      people.add(anchor);
      emailCounts.merge(anchor.email(), 1, Integer::sum);
    }
    for (int i = people.size(); i < peopleCount; i++) {
      // The work organisation employs most staff, as in a real shared service organisation.
      int org = i % 5 < 2 ? 0 : (i % 5) - 1;
      OrganisationPlan plan = organisations.get(org);
      List<String[]> orgSlots = slots.get(org);
      String[] slot = orgSlots.get(random.nextInt(orgSlots.size()));
      String given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
      String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
      String local = emailLocalPart(given, surname[0], surname[1]);
      int n = emailCounts.merge(local + "@" + plan.domain(), 1, Integer::sum);
      String email = (n == 1 ? local : local + n) + "@" + plan.domain();
      String mobile = String.format(Locale.ROOT, "06-%04d%04d", random.nextInt(10000), random.nextInt(10000));
      // Profiles are complete to different degrees, as in a real installation.
      int richness = random.nextInt(4);
      List<String> topics = new ArrayList<>();
      if (richness > 0) {
        List<String> pool = new ArrayList<>(TOPICS.getOrDefault(lastPart(slot[0]), GENERAL_TOPICS));
        java.util.Collections.shuffle(pool, random);
        topics.addAll(pool.subList(0, Math.min(pool.size(), richness + 1)));
        if (random.nextInt(3) == 0) {
          topics.add(GENERAL_TOPICS.get(random.nextInt(GENERAL_TOPICS.size())));
        }
      }
      people.add(
          new PersonPlan(
              org,
              slot[0],
              random.nextInt(plan.locations().size()),
              given,
              surname[0],
              surname[1],
              slot[1],
              email,
              String.format(Locale.ROOT, "14 0%03d", random.nextInt(1000)),
              richness >= 2 ? mobile : null,
              List.copyOf(new java.util.LinkedHashSet<>(topics)),
              richness >= 2 ? List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY) : List.of(),
              richness == 3 ? "Nederlands" : null,
              richness == 3 ? "Werkzaam als " + slot[1].toLowerCase(Locale.ROOT) + "." : null));
    }
    return new DemoData(organisations, people);
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static void collectSlots(String prefix, DepartmentPlan d, List<String[]> out) {
    String path = prefix.isEmpty() ? d.name() : prefix + "/" + d.name();
    for (String f : d.functions()) {
      out.add(new String[] {path, f});
    }
    for (DepartmentPlan c : d.children()) {
      collectSlots(path, c, out);
    }
  }

  static String emailLocalPart(String given, String prefix, String surname) {
    String full = given + "." + (prefix == null ? "" : prefix.replace(" ", "")) + surname.replace(" ", "");
    return Normalizer.normalize(full, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('ı', 'i')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z.]", "");
  }

  static List<OrganisationPlan> organisations() {
    List<OrganisationPlan> list = new ArrayList<>();
    list.add(
        new OrganisationPlan(
            "Werkorganisatie Polderrand",
            "WPR",
            "polderrand.example",
            List.of(
                DepartmentPlan.of(
                    "Bedrijfsvoering",
                    List.of("Manager bedrijfsvoering"),
                    DepartmentPlan.of("ICT", List.of("Functioneel beheerder", "Informatieadviseur", "Servicedeskmedewerker")),
                    DepartmentPlan.of("HRM", List.of("HR-adviseur", "Salarisadministrateur")),
                    DepartmentPlan.of("Financiën", List.of("Controller", "Financieel adviseur"))),
                DepartmentPlan.of(
                    "Dienstverlening",
                    List.of("Teamleider dienstverlening"),
                    DepartmentPlan.of("Klantcontactcentrum", List.of("Klantcontactmedewerker", "Klantcontactmedewerker")),
                    DepartmentPlan.of("Burgerzaken", List.of("Medewerker burgerzaken", "Ambtenaar burgerlijke stand"))),
                DepartmentPlan.of(
                    "Ruimte",
                    List.of("Manager ruimte"),
                    DepartmentPlan.of(
                        "Openbare ruimte",
                        List.of("Toezichthouder openbare ruimte"),
                        DepartmentPlan.of("Groen", List.of("Hovenier", "Boomverzorger", "Voorman groen")),
                        DepartmentPlan.of("Wegen", List.of("Wegbeheerder", "Medewerker wegen"))),
                    DepartmentPlan.of("Vergunningen", List.of("Vergunningverlener", "Jurist omgevingsrecht"))),
                DepartmentPlan.of(
                    "Sociaal domein",
                    List.of("Manager sociaal domein"),
                    DepartmentPlan.of("Wmo", List.of("Wmo-consulent")),
                    DepartmentPlan.of("Jeugd", List.of("Jeugdconsulent")))),
            List.of(
                new LocationPlan("Stadskantoor Polderrand", "Stationsplein 4", "3311 AB", "Dijkvliet"),
                new LocationPlan("Gemeentewerf Oost", "Werfweg 12", "3312 KL", "Oosterweide"))));
    for (String[] m :
        new String[][] {
          {"Gemeente Dijkvliet", "Dijkvliet", "dijkvliet.example", "Raadhuisplein 1", "3311 AA"},
          {"Gemeente Oosterweide", "Oosterweide", "oosterweide.example", "Marktstraat 10", "3312 BC"},
          {"Gemeente Molenbroek", "Molenbroek", "molenbroek.example", "Molenweg 2", "3313 CD"}
        }) {
      list.add(
          new OrganisationPlan(
              m[0],
              m[1],
              m[2],
              List.of(
                  DepartmentPlan.of(
                      "Bestuur en organisatie",
                      List.of("Gemeentesecretaris"),
                      DepartmentPlan.of("Bestuursondersteuning", List.of("Bestuursadviseur", "Managementassistent")),
                      DepartmentPlan.of("Communicatie", List.of("Communicatieadviseur", "Webredacteur"))),
                  DepartmentPlan.of("Griffie", List.of("Griffier", "Raadsadviseur")),
                  DepartmentPlan.of(
                      "Beleid",
                      List.of("Beleidsadviseur"),
                      DepartmentPlan.of("Economie en wonen", List.of("Beleidsadviseur wonen")),
                      DepartmentPlan.of("Duurzaamheid", List.of("Energiecoach", "Beleidsadviseur klimaat")))),
              List.of(
                  new LocationPlan("Gemeentehuis " + m[1], m[3], m[4], m[1]),
                  new LocationPlan("Servicepunt " + m[1], "Dorpsstraat 7", m[4], m[1]))));
    }
    return List.copyOf(list);
  }
}
