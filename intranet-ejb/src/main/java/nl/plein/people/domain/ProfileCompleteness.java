package nl.plein.people.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.plein.people.api.Completeness;

/**
 * Scores a profile from weighted fields (100 in all). The weights follow what colleagues look for
 * most: a face, what someone knows about, how to reach them.
 */
public final class ProfileCompleteness {
  /** Three tags make the expert finder useful; fewer give no points. */
  public static final int MIN_EXPERTISE = 3;

  private record Rule(String key, int points, Predicate<Person> done) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("photo", 20, Person::hasPhoto),
          new Rule("expertise", 20, p -> p.getExpertise().size() >= MIN_EXPERTISE),
          new Rule("functionTitle", 10, p -> filled(p.getFunctionTitle())),
          new Rule("department", 10, p -> p.getDepartment() != null),
          new Rule("phone", 10, p -> filled(p.getPhone()) || filled(p.getMobilePhone())),
          new Rule("bio", 10, p -> filled(p.getBio())),
          new Rule("location", 5, p -> p.getLocation() != null),
          new Rule("workingDays", 5, p -> !p.workingDays().isEmpty()),
          new Rule("languages", 5, p -> filled(p.getLanguages())),
          new Rule("interests", 5, p -> filled(p.getInterests())));

  private ProfileCompleteness() {}

  public static Completeness of(Person person) {
    int score = 0;
    List<Completeness.Step> steps = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.done().test(person)) {
        score += rule.points();
      } else {
        steps.add(new Completeness.Step("completeness.step." + rule.key(), rule.points()));
      }
    }
    steps.sort(Comparator.comparingInt(Completeness.Step::points).reversed());
    return new Completeness(score, steps);
  }

  private static boolean filled(String value) {
    return value != null && !value.isBlank();
  }
}
