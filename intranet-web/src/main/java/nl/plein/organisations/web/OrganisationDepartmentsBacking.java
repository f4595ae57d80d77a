package nl.plein.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.plein.organisations.api.DepartmentRequest;
import nl.plein.organisations.api.DepartmentSummary;
import nl.plein.organisations.api.OrganisationService;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.Ids;

/**
 * The departments on {@code /admin/organisation.xhtml}: the tree, a form for a new department, and
 * the forms for the department chosen with {@code ?department=...} (rename, move, (de)activate).
 */
@Named
@ViewScoped
public class OrganisationDepartmentsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationBacking organisation;
  @Inject OrganisationService organisations;
  @Inject Feedback feedback;

  private String selectedId;
  private String newName;
  private String newParentId;
  private String name;
  private String parentId;

  /** View action after the organisation is loaded: fills the forms of the chosen department. */
  public void prepare() {
    DepartmentSummary selected = getSelected();
    if (selected != null) {
      name = selected.name();
      parentId = Ids.text(selected.parentId());
    }
  }

  public String add() {
    var request = new DepartmentRequest(newName, Ids.orNull(newParentId));
    UUID organisationId = organisation.getDetails().id();
    return feedback
        .attemptAndGet(() -> organisations.addDepartment(organisationId, request))
        .map(
            id -> {
              selectedId = id.toString();
              return feedback.reload("departments.added", newName);
            })
        .orElse(null);
  }

  public String rename() {
    UUID id = getSelected().id();
    return feedback.attempt(() -> organisations.renameDepartment(id, name))
        ? feedback.reload("departments.renamed")
        : null;
  }

  public String move() {
    UUID id = getSelected().id();
    UUID parent = Ids.orNull(parentId);
    return feedback.attempt(() -> organisations.moveDepartment(id, parent))
        ? feedback.reload("departments.moved")
        : null;
  }

  public String deactivate() {
    UUID id = getSelected().id();
    return feedback.attempt(() -> organisations.deactivateDepartment(id))
        ? feedback.reload("departments.deactivated")
        : null;
  }

  public String activate() {
    UUID id = getSelected().id();
    return feedback.attempt(() -> organisations.activateDepartment(id))
        ? feedback.reload("departments.activated")
        : null;
  }

  public List<DepartmentSummary> getDepartments() {
    var details = organisation.getDetails();
    return details == null ? List.of() : details.departments();
  }

  /** The department chosen for editing, or null. */
  public DepartmentSummary getSelected() {
    return Ids.parse(selectedId)
        .flatMap(id -> getDepartments().stream().filter(d -> d.id().equals(id)).findFirst())
        .orElse(null);
  }

  public List<DepartmentSummary> getPossibleParents() {
    DepartmentSummary selected = getSelected();
    return selected == null ? List.of() : DepartmentTree.possibleParents(getDepartments(), selected.id());
  }

  public String label(DepartmentSummary d) {
    return DepartmentTree.label(d);
  }

  public String parentName(DepartmentSummary d) {
    return DepartmentTree.nameOf(getDepartments(), d.parentId());
  }

  public String getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(String selectedId) {
    this.selectedId = selectedId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewParentId() {
    return newParentId;
  }

  public void setNewParentId(String newParentId) {
    this.newParentId = newParentId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String parentId) {
    this.parentId = parentId;
  }
}
