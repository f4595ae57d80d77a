package nl.plein.timeline.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.common.api.ValidationException;
import nl.plein.groups.api.GroupAudience;
import nl.plein.groups.api.GroupService;
import nl.plein.people.api.PersonRef;
import nl.plein.people.api.PersonService;
import nl.plein.timeline.domain.PostText;

/**
 * Renders a text with its mentions resolved against the people the writer may see. A colleague
 * chosen from the suggestions wins when several share a name; someone who could not read the post
 * (not a member of its closed or secret group) cannot be mentioned in it.
 */
@ApplicationScoped
public class Mentions {
  @EJB PersonService people;
  @EJB GroupService groups;

  PostText.Rendered render(String field, String source, List<UUID> chosen, GroupAudience group) {
    Set<String> givenNames = PostText.mentionedGivenNames(source);
    if (givenNames.isEmpty()) {
      return PostText.render(field, source, Map.of());
    }
    Map<String, List<PostText.Person>> byName = new HashMap<>();
    for (PersonRef p : people.findByGivenNames(givenNames)) {
      byName.computeIfAbsent(PostText.key(p.displayName()), k -> new ArrayList<>())
          .add(new PostText.Person(p.id(), p.displayName()));
    }
    for (PersonRef p : people.findRefs(chosen).values()) {
      byName.put(PostText.key(p.displayName()), List.of(new PostText.Person(p.id(), p.displayName())));
    }
    PostText.Rendered text = PostText.render(field, source, byName);
    if (group != null && group.visibility() != nl.plein.groups.api.GroupVisibility.OPEN) {
      Set<UUID> members = groups.findMembers(group.groupId(), text.mentioned());
      for (UUID id : text.mentioned()) {
        if (!members.contains(id)) {
          String name = people.findRefs(Set.of(id)).values().stream().map(PersonRef::displayName).findFirst().orElse("?");
          throw ValidationException.of(field, "error.post.mentionNotMember", name);
        }
      }
    }
    return text;
  }
}
