package nl.plein.news.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.news.api.NewsKind;
import nl.plein.news.domain.NewsItem;
import nl.plein.news.domain.NewsTargets;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.people.api.PersonService;

/**
 * Who reads, writes and counts which news item or blog.
 *
 * <ul>
 *   <li>Read: the people it targets (the installation, their organisation, their department or one
 *       above it), from its publication time on; an organisation's API token reads what reaches its
 *       people, the installation's token everything published. Anything else does not exist for the caller.
 *   <li>Write: news by content editors, blogs by bloggers and content editors, for the organisations
 *       they hold the role for (the installation only with the role for the whole installation).
 *   <li>Edit, delete and see the figures: its writer, and the content editors of its organisation.
 * </ul>
 */
@RequestScoped
public class NewsAccessPolicy {
  @Inject CurrentUser user;
  @EJB PersonService people;
  @EJB OrganisationService organisations;

  private Optional<Set<String>> readerTerms;

  public UUID requirePerson() {
    return user.personId().orElseThrow(() -> new AccessDeniedException("error.news.noProfile"));
  }

  public Optional<UUID> personId() {
    return user.personId();
  }

  /** The caller's organisation (a person's own, or an organisation's token's). */
  public Optional<UUID> readerOrganisation() {
    return user.organisationId();
  }

  /** The roles that write this kind. */
  static List<Role> writerRoles(NewsKind kind) {
    return kind == NewsKind.NEWS ? List.of(Role.CONTENT_EDITOR) : List.of(Role.BLOGGER, Role.CONTENT_EDITOR);
  }

  public boolean mayWrite(NewsKind kind) {
    return user.personId().isPresent() && writerRoles(kind).stream().anyMatch(user::hasRole);
  }

  /** May target the whole installation (and every organisation). */
  public boolean mayWriteForInstallation(NewsKind kind) {
    return mayWrite(kind) && writerRoles(kind).stream().anyMatch(user::hasInstallationRole);
  }

  public boolean mayWriteFor(NewsKind kind, UUID organisationId) {
    return mayWrite(kind) && writerRoles(kind).stream().anyMatch(r -> user.hasRoleFor(r, organisationId));
  }

  public boolean mayEdit(NewsItem item) {
    return user.personId().isPresent() && !item.isDeleted()
        && (user.personId().get().equals(item.getAuthorId())
            || user.hasRoleFor(Role.CONTENT_EDITOR, item.getOrganisationId()));
  }

  public NewsItem checkEdit(NewsItem item) {
    if (!mayEdit(item)) {
      throw new AccessDeniedException("error.news.mayNotEdit");
    }
    return item;
  }

  /**
   * The caller's terms, matched against the items' targets in the index; empty for the
   * installation's own API token, which reads everything published.
   */
  public Optional<Set<String>> readerTerms() {
    if (readerTerms == null) {
      if (user.personId().isPresent()) {
        UUID department = people.getOwnProfile().departmentId();
        readerTerms = Optional.of(NewsTargets.readerTerms(user.organisationId().orElse(null),
            department == null ? List.of() : organisations.departmentPath(department)));
      } else {
        readerTerms = user.organisationId().map(NewsTargets::organisationTerms);
      }
    }
    return readerTerms;
  }

  public boolean mayRead(NewsItem item, Instant now) {
    if (item.isDeleted()) {
      return false;
    }
    if (mayEdit(item)) {
      return true;
    }
    if (!item.isPublishedAt(now)) {
      return false;
    }
    return readerTerms().map(terms -> item.getTargetTerms().stream().anyMatch(terms::contains)).orElse(true);
  }

  public NewsItem checkRead(NewsItem item, Instant now) {
    if (item == null || !mayRead(item, now)) {
      throw new NotFoundException("error.news.notFound");
    }
    return item;
  }
}
