package nl.plein.organisations.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;
import nl.plein.organisations.api.DepartmentRequest;
import nl.plein.organisations.api.LocationRequest;
import nl.plein.organisations.api.OrganisationDetails;
import nl.plein.organisations.api.OrganisationNamesChanged;
import nl.plein.organisations.api.OrganisationRequest;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.organisations.api.OrganisationSummary;
import nl.plein.organisations.domain.Department;
import nl.plein.organisations.domain.Location;
import nl.plein.organisations.domain.Organisation;

@Stateless
public class OrganisationServiceBean implements OrganisationService {
  @Inject Event<OrganisationNamesChanged> namesChanged;
  @PersistenceContext EntityManager em;
  @Inject OrganisationAccessPolicy policy;

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Page<OrganisationSummary> listOrganisations(PageRequest page, boolean includeInactive) {
    Optional<Set<UUID>> only = policy.visibleOnly();
    if (only.isPresent() && only.get().isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where =
        " where (:all = true or o.active = true) and (:limited = false or o.id in :only)";
    // A placeholder id keeps "in :only" valid SQL when the caller is not limited.
    Set<UUID> ids = only.orElse(Set.of(new UUID(0, 0)));
    long total =
        em.createQuery("select count(o) from Organisation o" + where, Long.class)
            .setParameter("all", includeInactive)
            .setParameter("limited", only.isPresent())
            .setParameter("only", ids)
            .getSingleResult();
    List<OrganisationSummary> items =
        em.createQuery("select o from Organisation o" + where + " order by o.nameKey", Organisation.class)
            .setParameter("all", includeInactive)
            .setParameter("limited", only.isPresent())
            .setParameter("only", ids)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(OrganisationMapper::toSummary)
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public List<OrganisationSummary> listManageableOrganisations() {
    return em.createQuery("select o from Organisation o order by o.nameKey", Organisation.class)
        .getResultStream()
        .filter(o -> policy.mayManage(o.getId()))
        .map(OrganisationMapper::toSummary)
        .toList();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public OrganisationDetails getOrganisation(UUID id) {
    Organisation organisation = visibleOrganisation(id);
    List<Department> departments =
        em.createQuery(
                "select d from Department d where d.organisation = :o order by d.name", Department.class)
            .setParameter("o", organisation)
            .getResultList();
    List<Location> locations =
        em.createQuery(
                "select l from Location l where l.organisation = :o order by l.name", Location.class)
            .setParameter("o", organisation)
            .getResultList();
    return OrganisationMapper.toDetails(organisation, departments, locations);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public java.util.Map<UUID, nl.plein.organisations.api.DepartmentSummary> findDepartments(
      java.util.Collection<UUID> departmentIds) {
    if (departmentIds.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<UUID, nl.plein.organisations.api.DepartmentSummary> found = new java.util.LinkedHashMap<>();
    for (Department d : em.createQuery("select d from Department d join fetch d.organisation where d.id in :ids",
        Department.class).setParameter("ids", java.util.Set.copyOf(departmentIds)).getResultList()) {
      if (policy.maySee(d.getOrganisation().getId())) {
        found.put(d.getId(), new nl.plein.organisations.api.DepartmentSummary(d.getId(), d.getOrganisation().getId(),
            null, d.getName(), d.isActive(), 0, 0));
      }
    }
    return found;
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public List<UUID> departmentPath(UUID departmentId) {
    List<UUID> path = new java.util.ArrayList<>();
    Department d = departmentId == null ? null : em.find(Department.class, departmentId);
    for (; d != null && path.size() < 50; d = d.getParent()) {
      path.add(d.getId());
    }
    return path;
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public UUID createOrganisation(OrganisationRequest request) {
    policy.checkManageInstallation();
    String name = Validator.clean(request.name());
    String shortName = Validator.clean(request.shortName());
    validateOrganisation(name, shortName, null);
    Organisation organisation = new Organisation(name, shortName);
    em.persist(organisation);
    return organisation.getId();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void renameOrganisation(UUID id, OrganisationRequest request) {
    Organisation organisation = managedOrganisation(id);
    String name = Validator.clean(request.name());
    String shortName = Validator.clean(request.shortName());
    validateOrganisation(name, shortName, id);
    checkVersion(request.version(), organisation.getVersion());
    boolean renamed = !name.equals(organisation.getName());
    organisation.rename(name, shortName);
    if (renamed) {
      namesChanged.fire(new OrganisationNamesChanged(OrganisationNamesChanged.Kind.ORGANISATION, id));
    }
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void deactivateOrganisation(UUID id) {
    policy.checkManageInstallation();
    managedOrganisation(id).deactivate();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void activateOrganisation(UUID id) {
    policy.checkManageInstallation();
    managedOrganisation(id).activate();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public UUID addDepartment(UUID organisationId, DepartmentRequest request) {
    Organisation organisation = managedOrganisation(organisationId);
    String name = Validator.clean(request.name());
    new Validator().required("name", name).maxLength("name", name, 120).throwIfInvalid();
    Department parent = null;
    if (request.parentId() != null) {
      parent = department(request.parentId());
      if (!parent.getOrganisation().getId().equals(organisationId)) {
        throw ValidationException.of("parentId", "error.department.otherOrganisation");
      }
    }
    Department department = new Department(organisation, parent, name);
    em.persist(department);
    return department.getId();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void renameDepartment(UUID departmentId, String name) {
    Department department = managedDepartment(departmentId);
    String clean = Validator.clean(name);
    new Validator().required("name", clean).maxLength("name", clean, 120).throwIfInvalid();
    if (!clean.equals(department.getName())) {
      department.rename(clean);
      namesChanged.fire(new OrganisationNamesChanged(OrganisationNamesChanged.Kind.DEPARTMENT, departmentId));
    }
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void moveDepartment(UUID departmentId, UUID newParentId) {
    Department department = managedDepartment(departmentId);
    Department parent = null;
    if (newParentId != null) {
      parent = department(newParentId);
      if (!parent.getOrganisation().getId().equals(department.getOrganisation().getId())) {
        throw ValidationException.of("parentId", "error.department.otherOrganisation");
      }
      if (department.isAncestorOrSelf(parent)) {
        throw ValidationException.of("parentId", "error.department.cycle");
      }
    }
    department.moveTo(parent);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void deactivateDepartment(UUID departmentId) {
    managedDepartment(departmentId).deactivate();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void activateDepartment(UUID departmentId) {
    managedDepartment(departmentId).activate();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public UUID addLocation(UUID organisationId, LocationRequest request) {
    Organisation organisation = managedOrganisation(organisationId);
    LocationRequest clean = validateLocation(request);
    Location location =
        new Location(organisation, clean.name(), clean.street(), clean.postalCode(), clean.city());
    em.persist(location);
    return location.getId();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void changeLocation(UUID locationId, LocationRequest request) {
    Location location = managedLocation(locationId);
    LocationRequest clean = validateLocation(request);
    boolean renamed = !clean.name().equals(location.getName());
    location.change(clean.name(), clean.street(), clean.postalCode(), clean.city());
    if (renamed) {
      namesChanged.fire(new OrganisationNamesChanged(OrganisationNamesChanged.Kind.LOCATION, locationId));
    }
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void deactivateLocation(UUID locationId) {
    managedLocation(locationId).deactivate();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void activateLocation(UUID locationId) {
    managedLocation(locationId).activate();
  }

  private void validateOrganisation(String name, String shortName, UUID self) {
    Validator v =
        new Validator()
            .required("name", name)
            .maxLength("name", name, 120)
            .maxLength("shortName", shortName, 20);
    if (!v.hasError("name")) {
      boolean taken =
          em.createQuery("select o.id from Organisation o where o.nameKey = :k", UUID.class)
              .setParameter("k", Organisation.nameKey(name))
              .getResultStream()
              .anyMatch(id -> !Objects.equals(id, self));
      v.check(!taken, "name", "error.organisation.nameTaken");
    }
    v.throwIfInvalid();
  }

  private static LocationRequest validateLocation(LocationRequest r) {
    LocationRequest clean =
        new LocationRequest(
            Validator.clean(r.name()),
            Validator.clean(r.street()),
            Validator.clean(r.postalCode()),
            Validator.clean(r.city()));
    new Validator()
        .required("name", clean.name())
        .maxLength("name", clean.name(), 120)
        .maxLength("street", clean.street(), 120)
        .check(
            clean.postalCode() == null || PostalCode.isValid(clean.postalCode()),
            "postalCode",
            "error.location.postalCode")
        .maxLength("city", clean.city(), 80)
        .throwIfInvalid();
    return new LocationRequest(
        clean.name(),
        clean.street(),
        clean.postalCode() == null ? null : PostalCode.format(clean.postalCode()),
        clean.city());
  }

  private static void checkVersion(Integer expected, int actual) {
    if (expected != null && expected != actual) {
      throw new ConflictException("error.staleEdit");
    }
  }

  private Organisation visibleOrganisation(UUID id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null || !policy.maySee(id)) {
      throw new NotFoundException("error.organisation.notFound");
    }
    return organisation;
  }

  private Organisation managedOrganisation(UUID id) {
    Organisation organisation = visibleOrganisation(id);
    policy.checkManage(id);
    return organisation;
  }

  private Department department(UUID id) {
    Department department = id == null ? null : em.find(Department.class, id);
    if (department == null || !policy.maySee(department.getOrganisation().getId())) {
      throw new NotFoundException("error.department.notFound");
    }
    return department;
  }

  private Department managedDepartment(UUID id) {
    Department department = department(id);
    policy.checkManage(department.getOrganisation().getId());
    return department;
  }

  private Location managedLocation(UUID id) {
    Location location = em.find(Location.class, id);
    if (location == null || !policy.maySee(location.getOrganisation().getId())) {
      throw new NotFoundException("error.location.notFound");
    }
    policy.checkManage(location.getOrganisation().getId());
    return location;
  }
}
