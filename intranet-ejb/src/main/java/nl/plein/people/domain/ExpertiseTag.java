package nl.plein.people.domain;

import jakarta.persistence.Cacheable;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An "ask me about" subject; the key makes spelling variants one tag. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "expertise_tag")
public class ExpertiseTag {
  @Id private UUID id;

  @Column(nullable = false)
  @FullTextField(analyzer = "dutch", projectable = Projectable.YES)
  private String name;

  @NaturalId
  @Column(name = "tag_key", nullable = false, updatable = false)
  @KeywordField(name = "key", aggregable = Aggregable.YES)
  private String key;

  protected ExpertiseTag() {}

  public ExpertiseTag(String name) {
    this.id = UUID.randomUUID();
    this.name = TagNames.displayName(name);
    this.key = TagNames.key(name);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getKey() {
    return key;
  }
}
