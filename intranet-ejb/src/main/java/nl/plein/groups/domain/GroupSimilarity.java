package nl.plein.groups.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two groups look like the same group, for the duplicate warning. The search index
 * finds candidates (trigrams of the name, Dutch analysis of the description); this decides which
 * of them to show, so that "Kaartjesmarkt" meets "Kunst- en cultuurkaartjes" while "Fietsclub" does
 * not meet "Fotoclub".
 *
 * <p>Names are compared without small words ("de", "en", "voor") and without the words that name a
 * kind of group rather than its subject ("groep", "club", "team", "overleg"), also at the end of a
 * compound ("hardloopgroep" is about "hardloop"). Two names match when:
 *
 * <ul>
 *   <li>they share a run of at least 7 letters, or the shorter (at least 4 letters) lies almost
 *       wholly in the longer ("koor" in "het koor"; "kaartjes" in "kaartjesmarkt");
 *   <li>their trigrams mostly agree (a typo: "persoonelsvereniging");
 *   <li>a word of one and a word of the other start alike for at least 6 letters and three
 *       quarters of the shorter ("hardlopen" and "hardloop").
 * </ul>
 *
 * Descriptions match when at least three subject words (by their first five letters) are shared
 * and they make up at least a third of the words of the shorter description.
 */
public final class GroupSimilarity {
  public enum Match {
    NAME,
    DESCRIPTION
  }

  private static final Set<String> SMALL_WORDS = Set.of(
      "de", "het", "een", "en", "of", "van", "voor", "over", "in", "op", "met", "naar", "bij", "om", "te", "aan",
      "uit", "tot", "door", "onze", "ons", "wij", "we", "je", "jij", "u", "ik", "is", "zijn", "die", "dat", "dit",
      "deze", "wat", "wie", "hoe", "als", "ook", "nog", "maar", "niet", "geen", "alle", "all", "the", "and", "for",
      "our", "a", "an", "to", "gemeente", "gemeentelijk", "gemeentelijke");
  private static final List<String> KINDS = List.of(
      "werkgroepen", "werkgroep", "groepen", "groep", "clubs", "club", "teams", "team", "overleggen", "overleg",
      "netwerken", "netwerk", "platform", "community", "kring", "forum");

  private GroupSimilarity() {}

  public static Optional<Match> compare(String name, String description, String otherName, String otherDescription) {
    if (namesMatch(name, otherName)) {
      return Optional.of(Match.NAME);
    }
    if (descriptionsMatch(description, otherDescription)) {
      return Optional.of(Match.DESCRIPTION);
    }
    return Optional.empty();
  }

  public static boolean namesMatch(String a, String b) {
    List<String> wordsA = subjectWords(a);
    List<String> wordsB = subjectWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty()) {
      return false;
    }
    String joinedA = String.join("", wordsA);
    String joinedB = String.join("", wordsB);
    String shorter = joinedA.length() <= joinedB.length() ? joinedA : joinedB;
    String longer = shorter == joinedA ? joinedB : joinedA;
    int common = longestCommonRun(joinedA, joinedB);
    if (common >= 7 || (shorter.length() >= 4 && common >= Math.ceil(shorter.length() * 0.85))) {
      return true;
    }
    if (shorter.length() >= 6 && jaccard(trigrams(joinedA), trigrams(joinedB)) >= 0.5) {
      return true;
    }
    for (String x : wordsA) {
      for (String y : wordsB) {
        int prefix = commonPrefix(x, y);
        int shortest = Math.min(x.length(), y.length());
        if (prefix >= 6 && prefix >= shortest * 0.75) {
          return true;
        }
      }
    }
    return longer.equals(shorter);
  }

  public static boolean descriptionsMatch(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    Set<String> stemsA = stems(a);
    Set<String> stemsB = stems(b);
    if (stemsA.isEmpty() || stemsB.isEmpty()) {
      return false;
    }
    Set<String> shared = new HashSet<>(stemsA);
    shared.retainAll(stemsB);
    return shared.size() >= 3 && shared.size() >= Math.min(stemsA.size(), stemsB.size()) / 3.0;
  }

  /** The name's words that say what the group is about, folded to plain lower-case letters. */
  static List<String> subjectWords(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    for (String word : GroupNames.key(name).split(" ")) {
      if (word.isEmpty() || SMALL_WORDS.contains(word)) {
        continue;
      }
      String subject = word;
      for (String kind : KINDS) {
        if (subject.equals(kind)) {
          subject = "";
          break;
        }
        if (subject.endsWith(kind) && subject.length() - kind.length() >= 3) {
          subject = subject.substring(0, subject.length() - kind.length());
          break;
        }
      }
      if (!subject.isEmpty()) {
        words.add(subject);
      }
    }
    return words;
  }

  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : GroupNames.key(text).split(" ")) {
      if (word.length() >= 4 && !SMALL_WORDS.contains(word)) {
        stems.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return stems;
  }

  static int longestCommonRun(String a, String b) {
    int best = 0;
    int[] previous = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          current[j] = previous[j - 1] + 1;
          best = Math.max(best, current[j]);
        }
      }
      previous = current;
    }
    return best;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static Set<String> trigrams(String s) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= s.length(); i++) {
      grams.add(s.substring(i, i + 3));
    }
    return grams;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return union.isEmpty() ? 0 : (double) shared.size() / union.size();
  }
}
