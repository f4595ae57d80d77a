package nl.plein.pages.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.plein.common.api.Audience;
import nl.plein.groups.api.GroupAudienceChanged;
import nl.plein.pages.domain.KnowledgePage;

/**
 * When a group's visibility or sharing changes, the readers of its knowledge pages change with it,
 * inside the same transaction: a group made secret takes its pages out of outsiders' space lists
 * and queues at once. The search index follows each changed page when the transaction commits.
 */
@ApplicationScoped
public class GroupPagesAudienceFollower {
  @PersistenceContext EntityManager em;

  void onChanged(@Observes GroupAudienceChanged change) {
    String audience = Audience.group(change.groupId(), change.visibility(), change.shared(), change.organisationId());
    em.createQuery("select p from KnowledgePage p where p.groupId = :g", KnowledgePage.class)
        .setParameter("g", change.groupId())
        .getResultStream()
        .forEach(p -> p.changeAudience(audience));
  }
}
