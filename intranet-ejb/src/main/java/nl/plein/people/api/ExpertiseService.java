package nl.plein.people.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;

/** The "ask me about" tags people declare. */
@Local
public interface ExpertiseService {
  /** Existing tags starting with (or containing) what was typed, most used first. */
  List<String> suggestTags(String typed, int limit);

  Page<ExpertiseTagSummary> listTags(String query, PageRequest page);

  /** Moves everyone from {@code sourceId} to {@code targetId} and removes the source tag. */
  void mergeTags(UUID sourceId, UUID targetId);
}
