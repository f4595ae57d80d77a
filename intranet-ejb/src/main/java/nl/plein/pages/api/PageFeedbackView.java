package nl.plein.pages.api;

import java.io.Serializable;
import java.time.Instant;
import nl.plein.people.api.PersonRef;

/** An answer to "was this helpful?", for the page's owner; {@code person} is null for a colleague the owner may not see. */
public record PageFeedbackView(boolean helpful, String comment, PersonRef person, Instant givenAt)
    implements Serializable {}
