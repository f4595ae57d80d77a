package nl.plein.accounts.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.ApiScope;
import nl.plein.accounts.api.ApiTokenService;
import nl.plein.accounts.api.ApiTokenSummary;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.IssueApiTokenRequest;
import nl.plein.accounts.api.IssuedApiToken;
import nl.plein.accounts.api.Role;
import nl.plein.accounts.api.Roles;
import nl.plein.accounts.domain.ApiToken;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.NotFoundException;
import nl.plein.common.api.ValidationException;
import nl.plein.common.api.Validator;

@Stateless
@RolesAllowed(Roles.FUNCTIONAL_ADMIN)
public class ApiTokenServiceBean implements ApiTokenService {
  static final int MAX_PERSONAL_TOKENS = 5;
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;

  @Override
  public List<ApiTokenSummary> listTokens() {
    return em.createQuery("select t from ApiToken t order by t.createdAt desc", ApiToken.class)
        .setMaxResults(500)
        .getResultStream()
        .filter(t -> mayManage(t.getOrganisationId()))
        .map(ApiTokenServiceBean::toSummary)
        .toList();
  }

  @Override
  public IssuedApiToken issueToken(IssueApiTokenRequest request) {
    if (!mayManage(request.organisationId())) {
      throw AccessDeniedException.generic();
    }
    String name = Validator.clean(request.name());
    new Validator()
        .required("name", name)
        .maxLength("name", name, 80)
        .check(request.scopes() != null && !request.scopes().isEmpty(), "scopes", "error.token.scopes")
        .check(request.scopes() == null || !request.scopes().contains(ApiScope.WRITE), "scopes", "error.token.writePersonal")
        .throwIfInvalid();
    String secret = TokenHashing.newSecret();
    ApiToken token =
        new ApiToken(
            name,
            TokenHashing.hash(secret),
            TokenHashing.prefix(secret),
            request.scopes(),
            request.organisationId(),
            user.accountId().orElse(null));
    em.persist(token);
    return new IssuedApiToken(token.getId(), secret);
  }

  @Override
  public void revokeToken(UUID id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new NotFoundException("error.token.notFound");
    }
    if (!mayManage(token.getOrganisationId())) {
      throw AccessDeniedException.generic();
    }
    token.revoke(Instant.now());
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public IssuedApiToken issuePersonalToken(String name) {
    UUID me = user.accountId().orElseThrow(AccessDeniedException::generic);
    String clean = Validator.clean(name);
    new Validator().required("name", clean).maxLength("name", clean, 80).throwIfInvalid();
    long active = em.createQuery(
            "select count(t) from ApiToken t where t.accountId = :me and t.revokedAt is null", Long.class)
        .setParameter("me", me).getSingleResult();
    if (active >= MAX_PERSONAL_TOKENS) {
      throw ValidationException.of("name", "error.token.tooMany");
    }
    String secret = TokenHashing.newSecret();
    ApiToken token = new ApiToken(clean, TokenHashing.hash(secret), TokenHashing.prefix(secret),
        Set.of(ApiScope.READ, ApiScope.WRITE), user.organisationId().orElse(null), me);
    token.actFor(me);
    em.persist(token);
    return new IssuedApiToken(token.getId(), secret);
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public List<ApiTokenSummary> listOwnTokens() {
    UUID me = user.accountId().orElseThrow(AccessDeniedException::generic);
    return em.createQuery("select t from ApiToken t where t.accountId = :me order by t.createdAt desc", ApiToken.class)
        .setParameter("me", me)
        .setMaxResults(MAX_PERSONAL_TOKENS * 10)
        .getResultStream().map(ApiTokenServiceBean::toSummary).toList();
  }

  @Override
  @RolesAllowed(Roles.EMPLOYEE)
  public void revokeOwnToken(UUID id) {
    UUID me = user.accountId().orElseThrow(AccessDeniedException::generic);
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !me.equals(token.getAccountId())) {
      throw new NotFoundException("error.token.notFound");
    }
    token.revoke(Instant.now());
  }

  private boolean mayManage(UUID organisationId) {
    return organisationId == null
        ? user.hasInstallationRole(Role.FUNCTIONAL_ADMIN)
        : user.hasRoleFor(Role.FUNCTIONAL_ADMIN, organisationId);
  }

  private static ApiTokenSummary toSummary(ApiToken t) {
    return new ApiTokenSummary(
        t.getId(),
        t.getName(),
        t.getTokenPrefix(),
        t.scopeSet(),
        t.getOrganisationId(),
        t.getCreatedAt(),
        t.getLastUsedAt(),
        t.getRevokedAt(),
        t.getAccountId() != null);
  }
}
