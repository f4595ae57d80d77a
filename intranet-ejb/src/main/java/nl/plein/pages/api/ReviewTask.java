package nl.plein.pages.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.plein.people.api.PersonRef;

/** A page whose review date has come: on its owner's to-do list and the community manager's queue. */
public record ReviewTask(UUID pageId, String title, LocalDate reviewDate, long daysOverdue, PersonRef owner,
    String spaceName) implements Serializable {}
