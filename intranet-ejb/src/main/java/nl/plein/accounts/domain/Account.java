package nl.plein.accounts.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import nl.plein.accounts.api.Role;

/**
 * Who someone is on Plein, independent of how they log in: a local password ({@link
 * LocalCredential}) is one way; single sign-on adds others without changing the account.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "account")
public class Account {
  @Id private UUID id;

  @NaturalId
  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(nullable = false)
  private boolean enabled = true;

  /** Demo accounts exist only while the installation runs in demo mode. */
  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @OneToMany(
      mappedBy = "account",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  private List<RoleAssignment> roles = new ArrayList<>();

  @Version private int version;

  protected Account() {}

  public Account(String username, String displayName, String email, UUID organisationId) {
    this.id = UUID.randomUUID();
    this.username = normaliseUsername(username);
    this.displayName = displayName;
    this.email = email;
    this.organisationId = organisationId;
    this.createdAt = Instant.now();
  }

  private static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /** 2 to 64 characters: lower-case letters, digits, dot, dash, underscore (never a colon). */
  public static boolean isValidUsername(String normalised) {
    return USERNAME.matcher(normalised).matches();
  }

  public static String normaliseUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public boolean grant(Role role, UUID organisationId) {
    if (holds(role, organisationId)) {
      return false;
    }
    roles.add(new RoleAssignment(this, role, organisationId));
    return true;
  }

  public boolean revoke(Role role, UUID organisationId) {
    return roles.removeIf(
        r -> r.getRole() == role && Objects.equals(r.getOrganisationId(), organisationId));
  }

  public boolean holds(Role role, UUID organisationId) {
    return roles.stream()
        .anyMatch(r -> r.getRole() == role && Objects.equals(r.getOrganisationId(), organisationId));
  }

  public void linkPerson(UUID personId) {
    this.personId = personId;
  }

  public void recordLogin(Instant at) {
    this.lastLoginAt = at;
  }

  public void markDemo() {
    this.demo = true;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public UUID getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public List<RoleAssignment> getRoles() {
    return roles;
  }
}
