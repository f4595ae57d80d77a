package nl.plein.timeline.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupReaderScope;
import nl.plein.groups.api.GroupService;
import nl.plein.organisations.api.OrganisationVisibility;
import nl.plein.common.api.Audience;
import nl.plein.timeline.domain.Post;

/**
 * Who reads and changes which post. A post the caller may not read is "not found", never
 * "forbidden": a secret group's posts do not exist for outsiders.
 */
@RequestScoped
public class PostAccessPolicy {
  @Inject CurrentUser user;
  @Inject OrganisationVisibility organisations;
  @EJB GroupService groups;

  private GroupReaderScope scope;
  private final java.util.Map<UUID, Boolean> readableGroups = new java.util.HashMap<>();

  public UUID requirePerson() {
    return user.personId().orElseThrow(() -> new AccessDeniedException("error.post.noProfile"));
  }

  public GroupReaderScope scope() {
    if (scope == null) {
      scope = groups.getReaderScope();
    }
    return scope;
  }

  /** The caller's reader terms, matched against each post's audience in the index. */
  public Set<String> readerTerms() {
    return Audience.readerTerms(organisations.visibleOrganisations(), java.util.Optional.ofNullable(scope().organisationId()),
        scope().allOpenGroups(), scope().memberOf());
  }

  /** The post if the caller may read it (a deleted one only for who may restore it: nobody yet). */
  public Post checkRead(Post post) {
    if (post == null || post.isDeleted() || !mayRead(post)) {
      throw new NotFoundException("error.post.notFound");
    }
    return post;
  }

  boolean mayRead(Post post) {
    if (post.getGroupId() == null) {
      return organisations.maySee(post.getOrganisationId());
    }
    if (scope().memberOf().contains(post.getGroupId())) {
      return true;
    }
    // Once per group and request: a list of posts (notifications, photos) asks about each post.
    return readableGroups.computeIfAbsent(post.getGroupId(), g -> {
      try {
        return groups.getAudience(g).mayRead();
      } catch (NotFoundException e) {
        return false;
      }
    });
  }

  public java.util.Optional<UUID> callerPersonId() {
    return user.personId();
  }

  public boolean isCaller(UUID personId) {
    return user.personId().map(personId::equals).orElse(false);
  }

  public boolean mayEdit(Post post) {
    return user.personId().map(post.getAuthorId()::equals).orElse(false);
  }

  /** The author, an administrator of the post's group, or a community manager of its organisation. */
  public boolean mayDelete(Post post) {
    return mayEdit(post)
        || (post.getGroupId() != null && scope().adminOf().contains(post.getGroupId()))
        || user.hasRoleFor(Role.COMMUNITY_MANAGER, post.getOrganisationId());
  }
}
