package nl.plein.news.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * How an item is read: reads (every opening), unique readers, and unique readers per organisation
 * (most first). Counts only, never who: no individual tracking is shown.
 */
public record NewsStats(UUID id, String title, long reads, long readers, List<OrganisationReaders> perOrganisation)
    implements Serializable {
  public record OrganisationReaders(UUID organisationId, String name, long readers) implements Serializable {}

  public NewsStats {
    perOrganisation = List.copyOf(perOrganisation);
  }
}
