package nl.plein.groups.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.plein.common.api.ConflictException;
import nl.plein.groups.api.GroupStatus;
import nl.plein.groups.api.GroupVisibility;
import org.junit.jupiter.api.Test;

class GroupTest {
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final Duration SIX_MONTHS = Duration.ofDays(180);
  private final UUID organisation = UUID.randomUUID();

  private Group group() {
    return new Group("Moestuin", null, GroupVisibility.OPEN, organisation, false, UUID.randomUUID(), START);
  }

  @Test
  void aGroupBecomesInactiveOnlyPastTheThresholdAndOnlyOnce() {
    Group g = group();
    assertFalse(g.becomesInactive(START.plus(Duration.ofDays(179)), SIX_MONTHS));
    g.recordActivity(START.plus(Duration.ofDays(100)));
    assertFalse(g.becomesInactive(START.plus(Duration.ofDays(200)), SIX_MONTHS), "activity moves the clock");
    Instant later = START.plus(Duration.ofDays(281));
    assertTrue(g.becomesInactive(later, SIX_MONTHS));
    g.markInactive(later);
    assertFalse(g.becomesInactive(later.plus(Duration.ofDays(1)), SIX_MONTHS), "already in the queue");
  }

  @Test
  void keepingNeedsTheQueueAndStartsTheClockAgain() {
    Group g = group();
    assertEquals("error.group.notInactive",
        assertThrows(ConflictException.class, () -> g.requestToKeep("nog nodig", START)).code());
    Instant queued = START.plus(Duration.ofDays(200));
    g.markInactive(queued);
    g.requestToKeep("We plannen een nieuw seizoen.", queued.plus(Duration.ofDays(1)));
    assertEquals("We plannen een nieuw seizoen.", g.getKeepReason());
    Instant kept = queued.plus(Duration.ofDays(3));
    g.keep(kept);
    assertEquals(kept, g.getLastActivityAt());
    assertEquals(null, g.getInactiveSince());
    assertEquals(null, g.getKeepReason());
    assertFalse(g.becomesInactive(kept.plus(Duration.ofDays(179)), SIX_MONTHS));
  }

  @Test
  void anArchivedGroupIsReadOnlyUntilRestored() {
    Group g = group();
    g.archive(START.plus(Duration.ofDays(1)));
    assertEquals(GroupStatus.ARCHIVED, g.getStatus());
    assertEquals("error.group.archived", assertThrows(ConflictException.class, g::checkActive).code());
    assertThrows(ConflictException.class, () -> g.archive(START.plus(Duration.ofDays(2))));
    g.restore(START.plus(Duration.ofDays(3)));
    assertEquals(GroupStatus.ACTIVE, g.getStatus());
    assertEquals(START.plus(Duration.ofDays(3)), g.getLastActivityAt());
    assertEquals("error.group.notArchived", assertThrows(ConflictException.class, () -> g.restore(START)).code());
  }

  @Test
  void namesAreUniquePerScopeButASecretGroupIsAScopeOfItsOwn() {
    Group open = group();
    Group shared = new Group("Moestuin", null, GroupVisibility.CLOSED, organisation, true, null, START);
    Group secret = new Group("Moestuin", null, GroupVisibility.SECRET, organisation, false, null, START);
    assertEquals(organisation.toString(), open.getScopeKey());
    assertEquals("shared", shared.getScopeKey());
    assertEquals(secret.getId().toString(), secret.getScopeKey());
    assertEquals("kunst cultuur", GroupNames.key("  Kunst- & Cultuur! "));
    assertEquals("ozlem s groep", GroupNames.key("Özlem's groep"));
  }
}
