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
      String phone) {}

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
    for (int i = 0; i < peopleCount; i++) {
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
      String phone = String.format(Locale.ROOT, "06-%04d%04d", random.nextInt(10000), random.nextInt(10000));
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
              phone));
    }
    return new DemoData(organisations, people);
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
        .toLowerCase(Locale.ROOT);
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
