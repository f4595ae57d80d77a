package nl.plein.pages.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.Audience;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupAudience;
import nl.plein.groups.api.GroupReaderScope;
import nl.plein.groups.api.GroupService;
import nl.plein.organisations.api.OrganisationVisibility;
import nl.plein.pages.domain.KnowledgePage;

/**
 * Who reads, writes and manages which knowledge page.
 *
 * <ul>
 *   <li>Read: a group's pages as the group's conversation (open groups for all who see them, closed
 *       and secret groups for members only); a department's pages for all who may see its organisation.
 *       A page the caller may not read is "not found": a secret group's pages do not exist for outsiders.
 *   <li>Write (a wiki, everyone contributes): a group's members while the group is active; for a
 *       department's page the people of that department, its owner, and the organisation's content editors.
 *   <li>Manage (owner, review date, unpublish, move): the owner, the group's administrators or the
 *       organisation's content editors, and its community managers.
 * </ul>
 */
@RequestScoped
public class PageAccessPolicy {
  @Inject CurrentUser user;
  @Inject OrganisationVisibility organisations;
  @EJB GroupService groups;
  @EJB nl.plein.people.api.PersonService people;

  private final Map<UUID, Optional<GroupAudience>> audiences = new HashMap<>();
  private GroupReaderScope scope;
  private Optional<UUID> ownDepartment;

  public UUID requirePerson() {
    return user.personId().orElseThrow(() -> new AccessDeniedException("error.knowledge.noProfile"));
  }

  public Optional<UUID> callerPersonId() {
    return user.personId();
  }

  /** The group as the caller sees it, or empty when the caller may not see it. Once per group and request. */
  public Optional<GroupAudience> group(UUID groupId) {
    return audiences.computeIfAbsent(groupId, g -> {
      try {
        return Optional.of(groups.getAudience(g));
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    });
  }

  public GroupReaderScope scope() {
    if (scope == null) {
      scope = groups.getReaderScope();
    }
    return scope;
  }

  /** The caller's reader terms, matched against each page's audience in the index. */
  public Set<String> readerTerms() {
    return Audience.readerTerms(organisations.visibleOrganisations(), Optional.ofNullable(scope().organisationId()),
        scope().allOpenGroups(), scope().memberOf());
  }

  public boolean mayRead(KnowledgePage page) {
    if (page.getGroupId() != null) {
      return group(page.getGroupId()).map(GroupAudience::mayRead).orElse(false);
    }
    return organisations.maySee(page.getOrganisationId());
  }

  /** The page if the caller may read it (published or not). */
  public KnowledgePage checkRead(KnowledgePage page) {
    if (page == null || !mayRead(page)) {
      throw new NotFoundException("error.knowledge.notFound");
    }
    return page;
  }

  public boolean mayEdit(KnowledgePage page) {
    if (user.personId().isEmpty() || !page.isPublished()) {
      return false;
    }
    if (page.getGroupId() != null) {
      return group(page.getGroupId()).map(g -> g.member() && g.active()).orElse(false);
    }
    return isOwner(page) || mayWriteInDepartment(page.getDepartmentId(), page.getOrganisationId());
  }

  public void checkEdit(KnowledgePage page) {
    if (page.getGroupId() != null && group(page.getGroupId()).map(g -> !g.active()).orElse(false)) {
      throw new nl.plein.common.api.ConflictException("error.group.archived");
    }
    if (!page.isPublished()) {
      throw new nl.plein.common.api.ConflictException("error.knowledge.unpublished");
    }
    if (!mayEdit(page)) {
      throw new AccessDeniedException("error.knowledge.mayNotEdit");
    }
  }

  public boolean mayWriteInDepartment(UUID departmentId, UUID organisationId) {
    if (user.personId().isEmpty()) {
      return false;
    }
    return user.hasRoleFor(Role.CONTENT_EDITOR, organisationId)
        || ownDepartment().map(departmentId::equals).orElse(false);
  }

  public boolean mayManage(KnowledgePage page) {
    if (user.personId().isEmpty()) {
      return false;
    }
    if (isOwner(page) || user.hasRoleFor(Role.COMMUNITY_MANAGER, page.getOrganisationId())) {
      return true;
    }
    if (page.getGroupId() != null) {
      return group(page.getGroupId()).map(GroupAudience::admin).orElse(false);
    }
    return user.hasRoleFor(Role.CONTENT_EDITOR, page.getOrganisationId());
  }

  public void checkManage(KnowledgePage page) {
    if (!mayManage(page)) {
      throw new AccessDeniedException("error.knowledge.mayNotManage");
    }
  }

  /** Whether the person is a member of the group (a group's page is owned by a member). */
  public boolean groupsMembers(UUID groupId, UUID personId) {
    return groups.findMembers(groupId, java.util.List.of(personId)).contains(personId);
  }

  public boolean isOwner(KnowledgePage page) {
    return user.personId().map(page.getOwnerId()::equals).orElse(false);
  }

  /** The organisations whose stale pages the caller looks after (empty: none; null: all). */
  public Set<UUID> communityOrganisations() {
    if (user.hasInstallationRole(Role.COMMUNITY_MANAGER)) {
      return null;
    }
    return user.organisationsWithRole(Role.COMMUNITY_MANAGER);
  }

  private Optional<UUID> ownDepartment() {
    if (ownDepartment == null) {
      ownDepartment = user.personId().map(p -> people.getOwnProfile().departmentId());
    }
    return ownDepartment;
  }
}
