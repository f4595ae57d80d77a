package nl.plein.people.api;

import java.io.Serializable;
import java.util.List;

/** Someone who knows about the topic, and why: the declared expertise that matched. */
public record ExpertHit(PersonSummary person, List<String> matchedExpertise) implements Serializable {
  public ExpertHit {
    matchedExpertise = List.copyOf(matchedExpertise);
  }
}
