package nl.plein.people.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.plein.people.domain.Person;
import org.hibernate.search.mapper.orm.Search;

/**
 * Reindexes given people, one batch per transaction: an update of their documents, which the index
 * applies when the batch commits. Only {@link SearchIndexMaintenance} calls it, from the background.
 */
@Stateless
@LocalBean
@PermitAll
public class PeopleReindexer {
  static final int BATCH = 200;

  @PersistenceContext EntityManager em;

  /** The ids of the people whose document shows this organisation, department or location. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> peopleWhere(String path, UUID id) {
    return em.createQuery("select p.id from Person p where p." + path + ".id = :id order by p.id", UUID.class)
        .setParameter("id", id)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void reindex(List<UUID> ids) {
    var plan = Search.session(em).indexingPlan();
    em.createQuery("select p from Person p where p.id in :ids", Person.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(plan::addOrUpdate);
  }
}
