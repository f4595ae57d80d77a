package nl.plein.people.api;

import java.io.Serializable;
import java.util.List;

/**
 * A person's place: the manager line (the direct manager first, then theirs, up to the top),
 * peers (same manager) and direct reports.
 */
public record OrgChart(PersonRef person, List<PersonRef> managerLine, List<PersonRef> peers, List<PersonRef> reports)
    implements Serializable {

  public OrgChart {
    managerLine = List.copyOf(managerLine);
    peers = List.copyOf(peers);
    reports = List.copyOf(reports);
  }
}
