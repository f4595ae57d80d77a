package nl.plein.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.LocationSummary;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonSummary;
import org.junit.jupiter.api.Test;

class ProfileChoicesTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OWN_DEPARTMENT = UUID.randomUUID();
  private static final UUID OWN_LOCATION = UUID.randomUUID();
  private static final UUID ME = UUID.randomUUID();
  private static final PersonRef MANAGER = new PersonRef(UUID.randomUUID(), "Bea van Heerden", "BH", null, false, 0);

  @Test
  void activeChoicesAndTheCurrentOnesEvenWhenInactive() {
    var active = department(UUID.randomUUID(), "Burgerzaken", true);
    var inactive = department(UUID.randomUUID(), "Opgeheven", false);
    var own = department(OWN_DEPARTMENT, "Dienstverlening", false);
    var details = new OrganisationDetails(ORG, "Gemeente", null, true, 0, List.of(own, active, inactive),
        List.of(location(OWN_LOCATION, "Stadskantoor", true), location(UUID.randomUUID(), "Oud", false)));

    ProfileChoices choices = ProfileChoices.of(profile(), details, List.of(summary(ME), summary(UUID.randomUUID())));

    assertEquals(List.of(own, active), choices.departments());
    assertEquals(List.of("Stadskantoor"), choices.locations().stream().map(LocationSummary::name).toList());
    assertEquals(2, choices.managers().size(), "the current manager, and the colleagues but not oneself");
    assertEquals(MANAGER, choices.managers().get(0));
  }

  @Test
  void withoutTheOrganisationTheCurrentValuesStayChoosable() {
    ProfileChoices choices = ProfileChoices.of(profile(), null, List.of());
    assertEquals(List.of(OWN_DEPARTMENT), choices.departments().stream().map(DepartmentSummary::id).toList());
    assertEquals(List.of(OWN_LOCATION), choices.locations().stream().map(LocationSummary::id).toList());
    assertEquals(List.of(MANAGER), choices.managers());
  }

  private static DepartmentSummary department(UUID id, String name, boolean active) {
    return new DepartmentSummary(id, ORG, null, name, active, 0, 0);
  }

  private static LocationSummary location(UUID id, String name, boolean active) {
    return new LocationSummary(id, ORG, name, null, null, null, active, 0);
  }

  private static PersonSummary summary(UUID id) {
    return new PersonSummary(id, "Iemand", "IE", null, ORG, "Gemeente", OWN_DEPARTMENT, "Dienstverlening",
        null, null, null, List.of(), false, 0);
  }

  private static PersonProfile profile() {
    return new PersonProfile(
        ME, "Mila", "de", "Wit", "Mila de Wit", "MW", null, ORG, "Gemeente", OWN_DEPARTMENT, "Dienstverlening",
        OWN_LOCATION, "Stadskantoor", MANAGER, null, null, null, null, List.of(), null, null, null, null,
        false, 0, null, null, null, true, true, false, 1);
  }
}
