package nl.plein.groups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupRequest;
import nl.plein.groups.api.GroupRole;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;
import org.junit.jupiter.api.Test;

class GroupFormTest {
  @Test
  void aNewGroupIsOpenAndNotShared() {
    GroupRequest request = new GroupForm().toRequest(0);
    assertEquals(GroupVisibility.OPEN, request.visibility());
    assertFalse(request.shared());
    assertNull(request.organisationId(), "always the caller's own organisation");
  }

  @Test
  void anEditStartsFromTheGroupAndCarriesItsVersion() {
    GroupSummary summary = new GroupSummary(UUID.randomUUID(), "Koor", "Wij zingen.", GroupVisibility.SECRET,
        UUID.randomUUID(), "Gemeente Utrecht", true, GroupStatus.ACTIVE, 3, Instant.now(), false, 7, GroupRole.ADMIN);
    GroupDetails details = new GroupDetails(summary, Instant.now(), List.of(), true, false, null, false, false, true,
        true, false, null, null, 7, null);

    GroupForm form = GroupForm.of(details);
    assertEquals("geheim", form.getVisibility());
    form.setName("Het koor");

    GroupRequest request = form.toRequest(details.version());
    assertEquals("Het koor", request.name());
    assertEquals("Wij zingen.", request.description());
    assertEquals(GroupVisibility.SECRET, request.visibility());
    assertTrue(request.shared());
    assertEquals(7, request.version());
  }

  @Test
  void anUnknownVisibilityIsLeftForTheServiceToRefuse() {
    GroupForm form = new GroupForm();
    form.setVisibility("openbaar");
    assertNull(form.toRequest(0).visibility());
    form.setVisibility(null);
    assertNull(form.toRequest(0).visibility());
  }
}
