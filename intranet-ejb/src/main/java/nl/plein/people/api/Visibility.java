package nl.plein.people.api;

/** Who may see a personal profile field. */
public enum Visibility {
  /** Everyone who may see the person. */
  COLLEAGUES,
  /** Only people of the same organisation. */
  ORGANISATION,
  /** Only the person (and functional administrators, who maintain profiles). */
  NOBODY
}
