package nl.plein.groups.api;

import jakarta.ejb.Local;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/**
 * Inactivity and archiving. Past the threshold (default 6 months, {@code
 * PLEIN_GROUP_INACTIVITY_MONTHS}) a group enters the community manager's queue and its
 * administrators see a notice; they may ask to keep it, with a reason; the community manager
 * archives or keeps it. Archived groups are read-only and can be restored.
 */
@Local
public interface GroupStewardshipService {
  /** Puts groups past the threshold in the queue; returns how many entered it. Run daily. */
  int markInactiveGroups();

  Page<InactiveGroup> listInactiveGroups(PageRequest page);

  /**
   * Archived groups of the caller's organisations, most recently archived first, so that a
   * community manager can restore any of them (secret ones too, without their name).
   */
  Page<InactiveGroup> listArchivedGroups(PageRequest page);

  /** By one of the group's administrators. */
  void requestToKeep(UUID groupId, String reason);

  void keep(UUID groupId);

  void archive(UUID groupId);

  void restore(UUID groupId);

  int MAX_REASON = 500;
}
