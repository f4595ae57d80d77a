package nl.plein.people.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/** Profiles: viewing, editing, photos, following and the org chart. */
@Local
public interface PersonService {
  PersonProfile getProfile(UUID personId);

  /** The caller's own profile; not found when the account has no profile. */
  PersonProfile getOwnProfile();

  PersonProfile updateProfile(UUID personId, UpdateProfileRequest request);

  void uploadPhoto(UUID personId, byte[] content);

  void removePhoto(UUID personId);

  Optional<Photo> findPhoto(UUID personId, PhotoSize size);

  void follow(UUID personId);

  void unfollow(UUID personId);

  Page<PersonRef> listFollowing(PageRequest page);

  OrgChart getOrgChart(UUID personId);

  /**
   * The people among {@code personIds} whom the caller may see, by id: one query for a list that
   * names many people (notifications, timelines). Others are simply absent.
   */
  java.util.Map<UUID, PersonRef> findRefs(java.util.Collection<UUID> personIds);

  /** The visible, active people with one of these given names (lower case): whom "@Mila ..." may mean. */
  List<PersonRef> findByGivenNames(java.util.Collection<String> givenNames);

  /** How many active people an organisation has (the audience of a must-read post). */
  long countPeopleOf(UUID organisationId);

  /** Whom the caller follows (ids only, for assembling their timeline). */
  java.util.Set<UUID> findFollowedIds();

  Page<PersonSummary> listDepartmentPeople(UUID departmentId, PageRequest page);
}
