package nl.plein.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A password login for an account; only the PBKDF2 hash is stored. */
@Entity
@Table(name = "local_credential")
public class LocalCredential {
  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected LocalCredential() {}

  public LocalCredential(UUID accountId, String passwordHash) {
    this.accountId = accountId;
    change(passwordHash);
  }

  public void change(String passwordHash) {
    this.passwordHash = passwordHash;
    this.changedAt = Instant.now();
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
