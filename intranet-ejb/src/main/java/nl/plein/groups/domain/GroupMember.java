package nl.plein.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.plein.groups.api.GroupRole;

/** A person's membership of a group, with their role in it. */
@Entity
@Table(name = "group_member")
public class GroupMember {
  @Embeddable
  public record Key(@Column(name = "group_id") UUID groupId, @Column(name = "person_id") UUID personId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupRole role;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  /** The member's sort name ("vries, jan de"), kept here so member lists page from an index. */
  @Column(name = "sort_name", nullable = false)
  private String sortName;

  protected GroupMember() {}

  public GroupMember(UUID groupId, UUID personId, String sortName, GroupRole role, Instant joinedAt) {
    this.key = new Key(groupId, personId);
    this.sortName = sortName;
    this.role = role;
    this.joinedAt = joinedAt;
  }

  public void changeRole(GroupRole role) {
    this.role = role;
  }

  public Key getKey() {
    return key;
  }

  public UUID getGroupId() {
    return key.groupId();
  }

  public UUID getPersonId() {
    return key.personId();
  }

  public GroupRole getRole() {
    return role;
  }

  public boolean isAdmin() {
    return role == GroupRole.ADMIN;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
