package nl.plein.people.api;

import jakarta.ejb.Local;
import java.util.List;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/** Finding colleagues: the directory (smoelenboek) and the expert finder. */
@Local
public interface DirectoryService {
  DirectoryResult search(DirectoryQuery query);

  /** "Who knows about X": people ranked by declared expertise, with what matched. */
  Page<ExpertHit> findExperts(String topic, PageRequest page);

  /**
   * People whose name starts as typed ("mila de w"), for suggestions while typing a mention; at
   * most {@code limit}, with the caller's rights.
   */
  List<PersonSummary> suggestPeople(String typed, int limit);
}
