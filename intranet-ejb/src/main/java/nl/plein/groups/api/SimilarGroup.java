package nl.plein.groups.api;

import java.io.Serializable;

/** An existing group the duplicate warning shows, and why: a similar name or description. */
public record SimilarGroup(GroupSummary group, Reason reason) implements Serializable {
  public enum Reason {
    NAME,
    DESCRIPTION
  }
}
