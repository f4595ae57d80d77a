package nl.plein.news.api;

import java.io.Serializable;

/** A choice of audience in the editor: the installation, an organisation, or a department (indented by depth). */
public record TargetOption(NewsTarget target, String label, int depth) implements Serializable {
  public String code() {
    return target.code();
  }
}
