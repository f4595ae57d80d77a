package nl.plein.accounts.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.plein.accounts.api.Role;

/** A role an account holds, for one organisation or (organisationId null) the installation. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "role_assignment")
public class RoleAssignment {
  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "organisation_id")
  private UUID organisationId;

  protected RoleAssignment() {}

  RoleAssignment(Account account, Role role, UUID organisationId) {
    this.id = UUID.randomUUID();
    this.account = account;
    this.role = role;
    this.organisationId = organisationId;
  }

  public Role getRole() {
    return role;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }
}
