package nl.plein.platform.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.domain.Account;
import nl.plein.accounts.domain.LocalCredential;
import nl.plein.accounts.service.PasswordHasher;
import nl.plein.organisations.api.Theme;
import nl.plein.organisations.domain.Installation;

/** Start-up steps that must exist exactly once, each in its own transaction. */
@Stateless
@LocalBean
@PermitAll
public class InstallationSetup {
  private static final Logger LOG = Logger.getLogger(InstallationSetup.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  public void ensureInstallation() {
    if (em.find(Installation.class, Installation.ID) == null) {
      em.persist(new Installation("Plein", Theme.PLEIN.code()));
    }
  }

  /**
   * Creates the first functional administrator when no administrator exists yet, so that a
   * production installation without demo data can be set up. Does nothing afterwards.
   */
  public void ensureInitialAdministrator(String username, String password) {
    long admins =
        em.createQuery(
                "select count(r) from Account a join a.roles r"
                    + " where a.enabled = true and r.role = :role and r.organisationId is null",
                Long.class)
            .setParameter("role", Role.FUNCTIONAL_ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    if (password.length() < PasswordHasher.MIN_LENGTH) {
      LOG.warning("PLEIN_INITIAL_ADMIN_PASSWORD is shorter than 10 characters; no administrator made");
      return;
    }
    String name = Account.normaliseUsername(username);
    if (!Account.isValidUsername(name)
        || !em.createQuery("select a.id from Account a where a.username = :u")
            .setParameter("u", name)
            .getResultList()
            .isEmpty()) {
      LOG.warning(() -> "PLEIN_INITIAL_ADMIN_USERNAME '" + name + "' is invalid or taken; no administrator made");
      return;
    }
    Account account = new Account(username, "Functioneel beheerder", null, null);
    account.grant(Role.FUNCTIONAL_ADMIN, null);
    em.persist(account);
    em.persist(new LocalCredential(account.getId(), hasher.hash(password)));
    LOG.info(() -> "Created the initial administrator account " + account.getUsername());
  }
}
