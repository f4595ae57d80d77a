package nl.plein.people.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.organisations.api.OrganisationVisibility;
import nl.plein.people.api.Visibility;
import nl.plein.people.domain.Person;

/**
 * Who may see and edit which profile, and which personal fields. People in organisations the
 * caller may not see do not exist for the caller (404, never 403: that would confirm them).
 */
@RequestScoped
public class PeopleAccessPolicy {
  @Inject CurrentUser user;
  @EJB OrganisationVisibility organisations;

  private Optional<Set<UUID>> visible;

  public Optional<Set<UUID>> visibleOrganisations() {
    if (visible == null) {
      visible = organisations.visibleOrganisations();
    }
    return visible;
  }

  public Person checkSee(Person person) {
    if (person == null
        || !person.isActive()
        || !visibleOrganisations().map(s -> s.contains(person.getOrganisation().getId())).orElse(true)) {
      throw new NotFoundException("error.person.notFound");
    }
    return person;
  }

  public boolean isOwn(Person person) {
    return user.personId().map(person.getId()::equals).orElse(false);
  }

  public boolean mayEdit(Person person) {
    return isOwn(person) || user.hasRoleFor(Role.FUNCTIONAL_ADMIN, person.getOrganisation().getId());
  }

  public void checkEdit(Person person) {
    if (!mayEdit(person)) {
      throw new AccessDeniedException("error.person.editForbidden");
    }
  }

  /** Whether the caller may see a personal field with this visibility on this profile. */
  public boolean maySeeField(Visibility visibility, Person person) {
    if (mayEdit(person)) {
      return true;
    }
    return switch (visibility) {
      case COLLEAGUES -> true;
      case ORGANISATION -> user.organisationId().map(person.getOrganisation().getId()::equals).orElse(false);
      case NOBODY -> false;
    };
  }

  public Optional<UUID> callerOrganisation() {
    return user.organisationId();
  }

  public Optional<UUID> callerPersonId() {
    return user.personId();
  }
}
