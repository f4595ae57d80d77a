package nl.plein.groups.api;

import java.util.Set;
import java.util.UUID;

/**
 * Which groups' conversations the caller may read, for features that show group content (the
 * timeline, search): the groups they are a member of, their organisation's open groups (or all open
 * groups for installation-wide roles) and the shared open groups.
 *
 * @param adminOf the groups among them that the caller administers
 * @param organisationId the caller's organisation, or null
 */
public record GroupReaderScope(Set<UUID> memberOf, Set<UUID> adminOf, UUID organisationId, boolean allOpenGroups) {
  public GroupReaderScope {
    memberOf = Set.copyOf(memberOf);
    adminOf = Set.copyOf(adminOf);
  }
}
