package nl.plein.accounts.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.plein.accounts.api.ApiScope;

/** A partner system's key to the API. Only a SHA-256 hash of the secret is kept. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "api_token")
public class ApiToken {
  /** Recording every use would write on every API call; once a minute is precise enough. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @NaturalId
  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  /** The first characters of the secret, so an administrator can tell tokens apart. */
  @Column(name = "token_prefix", nullable = false, updatable = false)
  private String tokenPrefix;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "created_by")
  private UUID createdBy;

  /** Set for a personal token: the API acts for this account's person (read only). */
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(nullable = false)
  private boolean demo;

  protected ApiToken() {}

  public ApiToken(
      String name,
      String tokenHash,
      String tokenPrefix,
      Set<ApiScope> scopes,
      UUID organisationId,
      UUID createdBy) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenPrefix = tokenPrefix;
    this.scopes = scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
    this.organisationId = organisationId;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public boolean isUsable() {
    return revokedAt == null;
  }

  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  /** Records a use; returns whether anything changed (so callers write only then). */
  public boolean recordUse(Instant at) {
    if (lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(at)) {
      lastUsedAt = at;
      return true;
    }
    return false;
  }

  public void actFor(UUID accountId) {
    this.accountId = accountId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public void markDemo() {
    this.demo = true;
  }

  public Set<ApiScope> scopeSet() {
    return Arrays.stream(scopes.split(" "))
        .map(ApiScope::fromCode)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toUnmodifiableSet());
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTokenPrefix() {
    return tokenPrefix;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
