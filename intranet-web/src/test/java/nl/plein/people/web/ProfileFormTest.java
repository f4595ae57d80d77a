package nl.plein.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.plein.people.api.PersonProfile;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.UpdateProfileRequest;
import nl.plein.people.api.Visibility;
import org.junit.jupiter.api.Test;

class ProfileFormTest {
  private static final UUID ID = UUID.randomUUID();
  private static final UUID DEPARTMENT = UUID.randomUUID();
  private static final UUID MANAGER = UUID.randomUUID();

  @Test
  void tagsAreOneCommaSeparatedText() {
    assertEquals(List.of("Burgerzaken", "paspoorten"), ProfileForm.tags(" Burgerzaken, paspoorten,, burgerzaken ,"));
    assertEquals(List.of(), ProfileForm.tags(null));
    assertEquals(List.of(), ProfileForm.tags(" , "));
  }

  @Test
  void unknownDaysAndVisibilitiesAreIgnored() {
    assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ProfileForm.days(List.of("FRIDAY", "MONDAY", "FUNDAY")));
    assertEquals(Set.of(), ProfileForm.days(null));
    assertEquals(Visibility.NOBODY, ProfileForm.visibility("NOBODY"));
    assertNull(ProfileForm.visibility("EVERYONE"));
    assertNull(ProfileForm.visibility(null));
  }

  @Test
  void aProfileRoundTripsToTheSameRequest() {
    ProfileForm form = ProfileForm.of(profile());

    assertEquals("Burgerzaken, Paspoorten", form.getExpertise());
    assertEquals(List.of("MONDAY", "WEDNESDAY"), form.getWorkingDays());
    UpdateProfileRequest request = form.toRequest(7);

    assertEquals("Mila", request.givenName());
    assertEquals("de", request.surnamePrefix());
    assertEquals(DEPARTMENT, request.departmentId());
    assertNull(request.locationId());
    assertEquals(MANAGER, request.managerId());
    assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), request.workingDays());
    assertEquals(List.of("Burgerzaken", "Paspoorten"), request.expertise());
    assertEquals(Visibility.ORGANISATION, request.mobileVisibility());
    assertEquals(Visibility.COLLEAGUES, request.workingDaysVisibility());
    assertNull(request.interestsVisibility());
    assertEquals(7, request.version());
  }

  @Test
  void aChangedSelectReachesTheRequestAsAnId() {
    ProfileForm form = ProfileForm.of(profile());
    form.setDepartmentId("");
    form.setManagerId(null);
    form.setWorkingDays(null);
    UpdateProfileRequest request = form.toRequest(1);
    assertNull(request.departmentId());
    assertNull(request.managerId());
    assertEquals(Set.of(), request.workingDays());
  }

  private static PersonProfile profile() {
    return new PersonProfile(
        ID, "Mila", "de", "Wit", "Mila de Wit", "MW", "Medewerker burgerzaken",
        UUID.randomUUID(), "Gemeente Molenbroek", DEPARTMENT, "Burgerzaken", null, null,
        new PersonRef(MANAGER, "Bea van Heerden", "BH", null, false, 0),
        "14 0180", "06 12345678", "mila@example.nl", Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY),
        List.of("Burgerzaken", "Paspoorten"), null, null, "Nederlands", "Hallo",
        false, 0, Visibility.ORGANISATION, Visibility.COLLEAGUES, null, true, true, false, 3);
  }
}
