package nl.plein.groups.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.UUID;
import nl.plein.groups.api.GroupService;
import nl.plein.people.api.Photo;
import nl.plein.people.api.PhotoSize;
import nl.plein.platform.web.ImageServlet;

/**
 * Group images: {@code /groups/image/{groupId}/{size}}, like profile photos. A secret group's image
 * is for those who see the group: for everyone else there is none.
 */
@WebServlet("/groups/image/*")
public class GroupImageServlet extends ImageServlet {
  private static final long serialVersionUID = 1L;

  @Inject GroupService groups;

  @Override
  protected Optional<Photo> find(UUID groupId, PhotoSize size) {
    return groups.findImage(groupId, size);
  }

  @Override
  protected String etagPrefix() {
    return "group-";
  }
}
