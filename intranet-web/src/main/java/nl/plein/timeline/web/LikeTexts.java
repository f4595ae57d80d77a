package nl.plein.timeline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plein.people.api.PersonRef;
import nl.plein.platform.web.MessageTexts;
import nl.plein.timeline.api.PostView;

/**
 * Who liked a post, grouped: "U, Anne de Vries en 4 anderen vinden dit leuk." At most two are
 * named (the reader first); colleagues the reader may not see are counted, never named.
 */
@Named("likes")
@ApplicationScoped
public class LikeTexts {
  static final int NAMED = 2;

  public String sentence(PostView post) {
    return sentence(post.likeCount(), post.liked(), post.likedBy(), nl.plein.platform.web.Feedback.locale());
  }

  static String sentence(int count, boolean liked, List<PersonRef> likedBy, Locale locale) {
    if (count <= 0) {
      return "";
    }
    List<String> names = new ArrayList<>();
    if (liked) {
      names.add(MessageTexts.ui(locale, "timeline.likers.youName"));
    }
    likedBy.stream().limit(NAMED - names.size()).forEach(p -> names.add(p.displayName()));
    int others = count - names.size();
    if (names.isEmpty()) {
      return MessageTexts.ui(locale, "timeline.likers.colleagues", count);
    }
    if (others <= 0 && names.size() == 1) {
      return liked ? MessageTexts.ui(locale, "timeline.likers.you")
          : MessageTexts.ui(locale, "timeline.likers.one", names.get(0));
    }
    String who = others <= 0
        ? MessageTexts.ui(locale, "timeline.likers.and", names.get(0), names.get(1))
        : MessageTexts.ui(locale, "timeline.likers.and", String.join(", ", names),
            MessageTexts.ui(locale, "timeline.likers.others", others));
    return MessageTexts.ui(locale, "timeline.likers.many", who);
  }
}
