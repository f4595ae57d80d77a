package nl.plein.groups.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;

/**
 * Groups: the directory, a group's page, creating and changing a group, and the duplicate warning.
 * A group the caller may not see does not exist for them: every method answers "not found".
 */
@Local
public interface GroupService {
  Page<GroupSummary> search(GroupQuery query);

  GroupDetails getGroup(UUID groupId);

  /** Existing groups that look like the one being created, best first (at most 5). */
  List<SimilarGroup> findSimilar(String name, String description);

  /** Creates the group with the caller as its administrator and first member. */
  UUID create(GroupRequest request);

  /** The same, with an image (JPEG, PNG or WebP; null for none), in one transaction. */
  UUID create(GroupRequest request, byte[] image);

  void update(UUID groupId, GroupRequest request);

  void changeImage(UUID groupId, byte[] content);

  Optional<Photo> findImage(UUID groupId, PhotoSize size);

  /** The groups another person is a member of, as far as the caller may see them. */
  Page<GroupSummary> listGroupsOf(UUID personId, nl.plein.common.api.PageRequest page);

  /**
   * The names of the groups among {@code groupIds} that the caller may see, by id (one query for a
   * list that names many groups). A secret group the caller is not in is simply absent.
   */
  java.util.Map<UUID, String> findVisibleNames(java.util.Collection<UUID> groupIds);

  /** For content in a group: who reads it, and what the caller may do. Not found when hidden. */
  GroupAudience getAudience(UUID groupId);

  GroupReaderScope getReaderScope();

  /** Those among {@code personIds} who are members of the group (one query). */
  java.util.Set<UUID> findMembers(UUID groupId, java.util.Collection<UUID> personIds);

  /** Something happened in the group (a post, a comment): it is active, and leaves the inactivity queue. */
  void recordActivity(UUID groupId);

  int MAX_SIMILAR = 5;
}
