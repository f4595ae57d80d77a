package nl.plein.groups.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.groups.api.GroupService;
import nl.plein.groups.api.GroupSummary;
import nl.plein.platform.web.Feedback;
import nl.plein.platform.web.PageNumbers;

/**
 * The "Groups" section of a profile ({@code /people/person.xhtml}): the groups the person is a
 * member of, as far as the caller may see them. A bean of its own, so that the people pages do not
 * depend on the groups feature.
 */
@Named
@RequestScoped
public class PersonGroupsBacking {
  static final PageRequest FIRST_PAGE = new PageRequest(1, PageNumbers.SIZE);

  @Inject GroupService groups;
  @Inject Feedback feedback;

  private final Map<UUID, Page<GroupSummary>> loaded = new HashMap<>();

  /** The first page of the person's groups; null when they cannot be listed. Asked once a request. */
  public Page<GroupSummary> of(UUID personId) {
    if (personId == null) {
      return null;
    }
    return loaded.computeIfAbsent(
        personId, id -> feedback.attemptAndGet(() -> groups.listGroupsOf(id, FIRST_PAGE)).orElse(null));
  }
}
