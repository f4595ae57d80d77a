package nl.plein.groups.web;

import java.io.Serializable;
import nl.plein.groups.api.GroupDetails;
import nl.plein.groups.api.GroupRequest;
import nl.plein.groups.api.GroupSummary;
import nl.plein.groups.api.GroupVisibility;

/**
 * What the group form holds while someone fills it in: texts as typed, the visibility as its
 * Dutch code ({@code open}, {@code besloten}, {@code geheim}). The property names are those of
 * {@link GroupRequest}, and so are the inputs' ids, so that a field error lands next to its input.
 */
public class GroupForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String description;
  private String visibility = GroupVisibility.OPEN.code();
  private boolean shared;

  static GroupForm of(GroupDetails details) {
    GroupSummary g = details.summary();
    GroupForm form = new GroupForm();
    form.name = g.name();
    form.description = g.description();
    form.visibility = g.visibility().code();
    form.shared = g.shared();
    return form;
  }

  /**
   * The request for the service. An unknown visibility code becomes null, which the service refuses
   * as a field error; the organisation is always the caller's own (or, on a change, the group's).
   */
  GroupRequest toRequest(int version) {
    GroupVisibility chosen = visibility == null ? null : GroupVisibility.fromCode(visibility).orElse(null);
    return new GroupRequest(name, description, chosen, null, shared, version);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }
}
