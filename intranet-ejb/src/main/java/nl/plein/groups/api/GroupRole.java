package nl.plein.groups.api;

/** A member's role in one group. */
public enum GroupRole {
  ADMIN,
  MEMBER
}
