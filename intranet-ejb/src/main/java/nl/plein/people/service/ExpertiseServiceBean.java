package nl.plein.people.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.Page;
import nl.plein.common.api.PageRequest;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;
import nl.plein.people.api.ExpertiseService;
import nl.plein.people.api.ExpertiseTagSummary;
import nl.plein.people.domain.ExpertiseTag;
import nl.plein.people.domain.Person;
import nl.plein.people.domain.TagNames;

@Stateless
public class ExpertiseServiceBean implements ExpertiseService {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public List<String> suggestTags(String typed, int limit) {
    String text = Validator.clean(typed);
    if (text == null || text.length() > TagNames.MAX_LENGTH) {
      return List.of();
    }
    String key = TagNames.key(text).replace("%", "").replace("_", "");
    return em.createQuery(
            "select t.name from ExpertiseTag t left join Person p on t member of p.expertise"
                + " where t.key like :contains group by t.id, t.name, t.key"
                + " order by case when t.key like :starts then 0 else 1 end, count(p) desc, t.name",
            String.class)
        .setParameter("contains", "%" + key + "%")
        .setParameter("starts", key + "%")
        .setMaxResults(Math.max(1, Math.min(limit, 20)))
        .getResultList();
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public Page<ExpertiseTagSummary> listTags(String query, PageRequest page) {
    String text = Validator.clean(query);
    String pattern = text == null ? "%" : "%" + TagNames.key(text) + "%";
    long total = em.createQuery("select count(t) from ExpertiseTag t where t.key like :q", Long.class)
        .setParameter("q", pattern).getSingleResult();
    List<ExpertiseTagSummary> items = em.createQuery(
            "select new nl.plein.people.api.ExpertiseTagSummary(t.id, t.name, count(p))"
                + " from ExpertiseTag t left join Person p on t member of p.expertise"
                + " where t.key like :q group by t.id, t.name order by lower(t.name)",
            ExpertiseTagSummary.class)
        .setParameter("q", pattern)
        .setFirstResult(page.offset()).setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @RolesAllowed(Roles.FUNCTIONAL_ADMIN)
  public void mergeTags(UUID sourceId, UUID targetId) {
    if (!user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)) {
      throw AccessDeniedException.generic(); // tags are shared by all organisations
    }
    if (sourceId == null || targetId == null || sourceId.equals(targetId)) {
      throw ValidationException.of("targetId", "error.tag.mergeSame");
    }
    ExpertiseTag source = em.find(ExpertiseTag.class, sourceId);
    ExpertiseTag target = em.find(ExpertiseTag.class, targetId);
    if (source == null || target == null) {
      throw new NotFoundException("error.tag.notFound");
    }
    // Through the entities, so that the search index follows each person's new tags.
    for (Person p : em.createQuery("select p from Person p join p.expertise t where t = :s", Person.class)
        .setParameter("s", source).getResultList()) {
      p.getExpertise().remove(source);
      p.getExpertise().add(target);
    }
    em.remove(source);
  }

}
