package nl.plein.timeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.plein.groups.api.GroupAudienceChanged;
import nl.plein.common.api.Audience;
import nl.plein.timeline.domain.Post;

/**
 * When a group's visibility or sharing changes, its posts' readers change with it, inside the same
 * transaction: a group made secret does not leave its old posts readable in timelines for a moment.
 * The search index follows each changed post when the transaction commits.
 */
@ApplicationScoped
public class GroupAudienceFollower {
  @PersistenceContext EntityManager em;

  void onChanged(@Observes GroupAudienceChanged change) {
    String audience = Audience.group(change.groupId(), change.visibility(), change.shared(), change.organisationId());
    em.createQuery("select p from Post p where p.groupId = :g", Post.class)
        .setParameter("g", change.groupId())
        .getResultStream()
        .forEach(p -> p.changeAudience(audience));
  }
}
