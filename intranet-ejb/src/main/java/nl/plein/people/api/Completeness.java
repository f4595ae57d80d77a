package nl.plein.people.api;

import java.io.Serializable;
import java.util.List;

/**
 * How complete a profile is (0-100) and what to do next, most valuable step first. Each step is
 * a message key ({@code completeness.step.photo}) with the points it adds.
 */
public record Completeness(int score, List<Step> nextSteps) implements Serializable {
  public record Step(String key, int points) implements Serializable {}

  public Completeness {
    nextSteps = List.copyOf(nextSteps);
  }
}
