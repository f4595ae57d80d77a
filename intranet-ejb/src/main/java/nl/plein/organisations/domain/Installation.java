package nl.plein.organisations.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The one installation: its chosen name, branding, and whether organisations see each other. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "installation")
public class Installation {
  /** There is exactly one installation; a fixed key keeps two starting nodes from making two. */
  public static final UUID ID = new UUID(0, 1);

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String theme;

  @Column(name = "primary_color")
  private String primaryColor;

  /** True when one platform hosts unrelated organisations that must not see each other. */
  @Column(name = "organisations_separated", nullable = false)
  private boolean organisationsSeparated;

  @Basic(fetch = FetchType.LAZY)
  private byte[] logo;

  @Column(name = "logo_content_type")
  private String logoContentType;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Installation() {}

  public Installation(String name, String theme) {
    this.id = ID;
    this.name = name;
    this.theme = theme;
    this.updatedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTheme() {
    return theme;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public boolean isOrganisationsSeparated() {
    return organisationsSeparated;
  }

  public byte[] getLogo() {
    return logo;
  }

  public String getLogoContentType() {
    return logoContentType;
  }

  public boolean hasLogo() {
    return logoContentType != null;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }

  public void changeSettings(
      String name, String theme, String primaryColor, boolean organisationsSeparated) {
    this.name = name;
    this.theme = theme;
    this.primaryColor = primaryColor;
    this.organisationsSeparated = organisationsSeparated;
    this.updatedAt = Instant.now();
  }

  public void changeLogo(byte[] logo, String contentType) {
    this.logo = logo;
    this.logoContentType = contentType;
    this.updatedAt = Instant.now();
  }
}
