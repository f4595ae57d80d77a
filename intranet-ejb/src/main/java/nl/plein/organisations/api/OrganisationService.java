package nl.plein.organisations.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/** Organisations, their department trees and locations. */
@Local
public interface OrganisationService {
  /** Organisations the caller may see, by name. */
  Page<OrganisationSummary> listOrganisations(PageRequest page, boolean includeInactive);

  /** Organisations the caller may manage (for administrator pages and pickers). */
  List<OrganisationSummary> listManageableOrganisations();

  OrganisationDetails getOrganisation(UUID id);

  UUID createOrganisation(OrganisationRequest request);

  void renameOrganisation(UUID id, OrganisationRequest request);

  void deactivateOrganisation(UUID id);

  void activateOrganisation(UUID id);

  /**
   * The departments among {@code departmentIds} whose organisation the caller may see, by id (one
   * query; depth 0, as they are not shown as a tree). For features that name departments.
   */
  java.util.Map<UUID, DepartmentSummary> findDepartments(java.util.Collection<UUID> departmentIds);

  /** The department and the departments above it, nearest first (for audiences that reach subdepartments). */
  List<UUID> departmentPath(UUID departmentId);

  UUID addDepartment(UUID organisationId, DepartmentRequest request);

  void renameDepartment(UUID departmentId, String name);

  /** Moves a department under another of the same organisation, or to the top with null. */
  void moveDepartment(UUID departmentId, UUID newParentId);

  void deactivateDepartment(UUID departmentId);

  void activateDepartment(UUID departmentId);

  UUID addLocation(UUID organisationId, LocationRequest request);

  void changeLocation(UUID locationId, LocationRequest request);

  void deactivateLocation(UUID locationId);

  void activateLocation(UUID locationId);
}
