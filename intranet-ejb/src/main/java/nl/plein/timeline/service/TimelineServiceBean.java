package nl.plein.timeline.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.plein.accounts.api.CurrentUser;
import nl.plein.accounts.api.Roles;
import nl.plein.common.api.AccessDeniedException;
import nl.plein.common.api.ConflictException;
import nl.plein.common.api.NotFoundException;
import nl.plein.groups.api.GroupAudience;
import nl.plein.groups.api.GroupService;
import nl.plein.timeline.api.PeopleMentioned;
import nl.plein.timeline.api.PostRequest;
import nl.plein.timeline.api.PostView;
import nl.plein.timeline.api.TimelinePage;
import nl.plein.timeline.api.TimelineService;
import nl.plein.common.api.Audience;
import nl.plein.timeline.domain.HashtagFollow;
import nl.plein.timeline.domain.Post;
import nl.plein.timeline.domain.PostText;

/** Posts and the timelines; comments and likes in {@link Conversations}. */
@Stateless
public class TimelineServiceBean implements TimelineService {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @Inject PostAccessPolicy policy;
  @Inject PostViews views;
  @Inject TimelineSearch search;
  @jakarta.ejb.EJB nl.plein.news.api.NewsService newsService;
  @Inject Mentions mentions;
  @Inject Conversations conversations;
  @EJB GroupService groups;
  @EJB nl.plein.people.api.PersonService people;
  @Inject jakarta.enterprise.event.Event<PeopleMentioned> mentioned;

  Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID publish(PostRequest request) {
    UUID me = policy.requirePerson();
    UUID organisation = user.organisationId().orElseThrow(() -> new AccessDeniedException("error.post.noProfile"));
    String source = PostText.clean("text", request.text());
    String audience;
    GroupAudience group = null;
    if (request.groupId() != null) {
      group = groups.getAudience(request.groupId());
      if (!group.member()) {
        throw new AccessDeniedException("error.post.notMember");
      }
      if (!group.active()) {
        throw new ConflictException("error.group.archived");
      }
      audience = Audience.group(group.groupId(), group.visibility(), group.shared(), group.organisationId());
    } else {
      audience = Audience.ownTimeline(organisation);
    }
    if (request.photos().size() > nl.plein.timeline.domain.PostPhoto.MAX_PER_POST) {
      throw nl.plein.common.api.ValidationException.of("photos", "error.post.tooManyPhotos",
          nl.plein.timeline.domain.PostPhoto.MAX_PER_POST);
    }
    if (request.attachments().size() > nl.plein.timeline.domain.PostAttachment.MAX_PER_POST) {
      throw nl.plein.common.api.ValidationException.of("attachments", "error.post.tooManyAttachments",
          nl.plein.timeline.domain.PostAttachment.MAX_PER_POST);
    }
    PostText.Rendered text = mentions.render("text", source, request.mentions(), group);
    // The photos first: a refused photo loses nothing, as nothing was stored yet.
    List<java.util.Map<nl.plein.people.api.PhotoSize, byte[]>> photos = request.photos().stream()
        .map(p -> nl.plein.media.service.PhotoProcessor.processPicture(p,
            nl.plein.media.service.PhotoProcessor.maxBytes(), "photos"))
        .toList();
    List<nl.plein.media.service.Documents.Checked> documents = request.attachments().stream()
        .map(a -> nl.plein.media.service.Documents.check(a, nl.plein.media.api.UploadLimits.attachmentBytes(), "attachments"))
        .toList();
    if (request.mustRead() && !user.hasRoleFor(nl.plein.accounts.api.Role.CONTENT_EDITOR, organisation)) {
      throw new AccessDeniedException("error.post.mustReadEditors");
    }
    Post post = new Post(me, request.groupId(), organisation, audience, source, text, now());
    if (request.mustRead()) {
      post.markMustRead();
    }
    em.persist(post);
    for (int i = 0; i < photos.size(); i++) {
      nl.plein.timeline.domain.PostPhoto photo = new nl.plein.timeline.domain.PostPhoto(post.getId(), i);
      photo.replace(photos.get(i), post.getCreatedAt());
      em.persist(photo);
    }
    for (int i = 0; i < documents.size(); i++) {
      var d = documents.get(i);
      em.persist(new nl.plein.timeline.domain.PostAttachment(post.getId(), i, d.name(), d.type(), d.content(),
          post.getCreatedAt()));
    }
    if (group != null) {
      groups.recordActivity(group.groupId());
    }
    if (!text.mentioned().isEmpty()) {
      mentioned.fire(new PeopleMentioned(post.getId(), me, text.mentioned()));
    }
    return post.getId();
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void edit(UUID postId, PostRequest request) {
    Post post = policy.checkRead(find(postId));
    if (!policy.mayEdit(post)) {
      throw new AccessDeniedException("error.post.notAuthor");
    }
    String source = PostText.clean("text", request.text());
    GroupAudience group = post.getGroupId() == null ? null : groups.getAudience(post.getGroupId());
    if (group != null && !group.active()) {
      throw new ConflictException("error.group.archived");
    }
    Set<UUID> before = post.getMentioned();
    PostText.Rendered text = mentions.render("text", source, request.mentions(), group);
    post.edit(source, text, now());
    Set<UUID> added = new HashSet<>(text.mentioned());
    added.removeAll(before);
    if (!added.isEmpty()) {
      mentioned.fire(new PeopleMentioned(post.getId(), post.getAuthorId(), added));
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void delete(UUID postId) {
    Post post = policy.checkRead(find(postId));
    if (!policy.mayDelete(post)) {
      throw new AccessDeniedException("error.post.mayNotDelete");
    }
    post.delete(policy.requirePerson(), now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public PostView getPost(UUID postId) {
    return views.post(policy.checkRead(find(postId)));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public TimelinePage listOwnTimeline(String cursor) {
    return page(ownSources(), cursor);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public TimelinePage listStartPage(String cursor) {
    Optional<TimelineCursor> from = TimelineCursor.parse(cursor);
    List<Post> found = search.page(ownSources(), policy.readerTerms(), from, PAGE_SIZE);
    List<nl.plein.news.api.NewsSummary> news = newsService.listForTimeline(from.map(TimelineCursor::at).orElse(null),
        from.map(c -> UUID.fromString(c.key())).orElse(null), PAGE_SIZE + 1);
    // Both lists are newest first and one longer than a page: the page is the newest PAGE_SIZE of them.
    TimelinePage all = new TimelinePage(views.posts(found), null, List.of(), news);
    List<TimelinePage.Entry> entries = all.entries();
    boolean more = entries.size() > PAGE_SIZE;
    List<TimelinePage.Entry> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
    TimelinePage.Entry last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    String next = !more ? null : last.post() != null ? TimelineCursor.of(last.post().createdAt(), last.post().id())
        : TimelineCursor.of(last.news().publishAt(), last.news().id());
    return new TimelinePage(shown.stream().map(TimelinePage.Entry::post).filter(java.util.Objects::nonNull).toList(),
        next, List.of(), shown.stream().map(TimelinePage.Entry::news).filter(java.util.Objects::nonNull).toList());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public long countNewer(String since) {
    Optional<TimelineCursor> from = TimelineCursor.parse(since);
    return from.isEmpty() ? 0 : search.countAfter(ownSources(), policy.readerTerms(), from.get());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public TimelinePage listGroupTimeline(UUID groupId, String cursor) {
    GroupAudience group = groups.getAudience(groupId);
    if (!group.mayRead()) {
      throw new AccessDeniedException("error.post.membersOnly");
    }
    TimelinePage page = page(new TimelineSearch.Sources(Set.of(), Set.of(group.groupId()), Set.of()), cursor);
    if (cursor != null && !cursor.isBlank()) {
      return page;
    }
    List<Post> pinned = em.createQuery("select p from Post p where p.groupId = :g and p.pinnedAt is not null"
            + " and p.deletedAt is null order by p.pinnedAt desc", Post.class)
        .setParameter("g", group.groupId()).setMaxResults(MAX_PINNED).getResultList();
    return new TimelinePage(page.items(), page.nextCursor(), views.posts(pinned));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void pin(UUID postId) {
    Post post = pinnable(postId);
    post.pin(now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unpin(UUID postId) {
    pinnable(postId).unpin();
  }

  private Post pinnable(UUID postId) {
    Post post = policy.checkRead(find(postId));
    if (post.getGroupId() == null) {
      throw new ConflictException("error.post.pinOwnTimeline");
    }
    GroupAudience group = groups.getAudience(post.getGroupId());
    if (!group.admin()) {
      throw new AccessDeniedException("error.post.pinAdmins");
    }
    if (!group.active()) {
      throw new ConflictException("error.group.archived");
    }
    return post;
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void acknowledge(UUID postId) {
    Post post = policy.checkRead(find(postId));
    if (!post.isMustRead()) {
      throw new ConflictException("error.post.notMustRead");
    }
    UUID me = policy.requirePerson();
    if (em.find(nl.plein.timeline.domain.PostRead.class, new nl.plein.timeline.domain.PostRead.Key(post.getId(), me)) == null) {
      em.persist(new nl.plein.timeline.domain.PostRead(post.getId(), me, now()));
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public TimelinePage listProfileTimeline(UUID personId, String cursor) {
    if (personId == null || people.findRefs(Set.of(personId)).isEmpty()) {
      throw new NotFoundException("error.person.notFound");
    }
    return page(new TimelineSearch.Sources(Set.of(personId), Set.of(), Set.of()), cursor);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public TimelinePage listHashtagTimeline(String tag, String cursor) {
    return page(new TimelineSearch.Sources(Set.of(), Set.of(), Set.of(tagKey(tag))), cursor);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void followHashtag(String tag) {
    UUID me = policy.requirePerson();
    String key = tagKey(tag);
    if (em.find(HashtagFollow.class, new HashtagFollow.Key(me, key)) == null) {
      em.persist(new HashtagFollow(me, key));
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unfollowHashtag(String tag) {
    HashtagFollow follow = em.find(HashtagFollow.class, new HashtagFollow.Key(policy.requirePerson(), tagKey(tag)));
    if (follow != null) {
      em.remove(follow);
    }
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public boolean followsHashtag(String tag) {
    return policy.callerPersonId()
        .map(me -> em.find(HashtagFollow.class, new HashtagFollow.Key(me, tagKey(tag))) != null)
        .orElse(false);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void like(UUID postId) {
    conversations.like(policy.checkRead(find(postId)), policy.requirePerson(), now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unlike(UUID postId) {
    conversations.unlike(policy.checkRead(find(postId)), policy.requirePerson());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public UUID comment(UUID postId, UUID parentId, String text) {
    Post post = policy.checkRead(find(postId));
    UUID id = conversations.comment(post, parentId, policy.requirePerson(), text, now());
    if (post.getGroupId() != null) {
      groups.recordActivity(post.getGroupId());
    }
    return id;
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void deleteComment(UUID commentId) {
    conversations.deleteComment(commentId, now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void likeComment(UUID commentId) {
    conversations.likeComment(commentId, policy.requirePerson(), now());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_WRITE})
  public void unlikeComment(UUID commentId) {
    conversations.unlikeComment(commentId, policy.requirePerson());
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public nl.plein.common.api.Page<nl.plein.timeline.api.CommentView> listComments(UUID postId,
      nl.plein.common.api.PageRequest page) {
    return conversations.listComments(policy.checkRead(find(postId)), page);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public nl.plein.common.api.Page<nl.plein.timeline.api.Liker> listLikers(UUID postId,
      nl.plein.common.api.PageRequest page) {
    return conversations.listLikers(policy.checkRead(find(postId)), page);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public nl.plein.common.api.Page<nl.plein.timeline.api.Liker> listCommentLikers(UUID commentId,
      nl.plein.common.api.PageRequest page) {
    return conversations.listCommentLikers(commentId, page);
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public java.util.Map<UUID, String> findReadableSnippets(java.util.Collection<UUID> postIds) {
    if (postIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery("select p from Post p where p.id in :ids and p.deletedAt is null", Post.class)
        .setParameter("ids", Set.copyOf(postIds))
        .getResultStream()
        .filter(policy::mayRead)
        .collect(java.util.stream.Collectors.toMap(Post::getId, p -> PostText.snippet(p.getHtml(), SNIPPET_LENGTH)));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<nl.plein.timeline.api.AttachmentFile> findAttachment(UUID postId, UUID attachmentId) {
    return Optional.ofNullable(attachmentId == null ? null
            : em.find(nl.plein.timeline.domain.PostAttachment.class, attachmentId))
        .filter(a -> readablePost(postId, a.getPostId()))
        .map(a -> new nl.plein.timeline.api.AttachmentFile(a.getFileName(), a.getType().mediaType(), a.getContent()));
  }

  @Override
  @RolesAllowed({Roles.EMPLOYEE, Roles.API_READ})
  public Optional<nl.plein.people.api.Photo> findPhoto(UUID postId, UUID photoId, nl.plein.people.api.PhotoSize size) {
    return Optional.ofNullable(photoId == null ? null : em.find(nl.plein.timeline.domain.PostPhoto.class, photoId))
        .filter(ph -> readablePost(postId, ph.getPostId()))
        .map(ph -> new nl.plein.people.api.Photo(ph.content(size), ph.getVersion(), ph.getUpdatedAt()));
  }

  /** Whether a photo's or document's post is the one asked for (any, when null) and readable. */
  private boolean readablePost(UUID asked, UUID owner) {
    if (asked != null && !asked.equals(owner)) {
      return false;
    }
    Post post = find(owner);
    return post != null && !post.isDeleted() && policy.mayRead(post);
  }

  private TimelineSearch.Sources ownSources() {
    UUID me = policy.requirePerson();
    Set<UUID> authors = new HashSet<>(people.findFollowedIds());
    authors.add(me);
    List<String> tags = em.createQuery("select f.key.tag from HashtagFollow f where f.key.personId = :me", String.class)
        .setParameter("me", me).getResultList();
    return new TimelineSearch.Sources(authors, policy.scope().memberOf(), tags);
  }

  private TimelinePage page(TimelineSearch.Sources sources, String cursor) {
    List<Post> found = search.page(sources, policy.readerTerms(), TimelineCursor.parse(cursor), PAGE_SIZE);
    boolean more = found.size() > PAGE_SIZE;
    List<Post> posts = more ? found.subList(0, PAGE_SIZE) : found;
    Post last = posts.isEmpty() ? null : posts.get(posts.size() - 1);
    return new TimelinePage(views.posts(posts), more ? TimelineCursor.of(last.getCreatedAt(), last.getId()) : null);
  }

  private Post find(UUID postId) {
    return postId == null ? null : em.find(Post.class, postId);
  }

  private static String tagKey(String tag) {
    String key = tag == null ? "" : PostText.tagKey(tag.strip().replaceFirst("^#", ""));
    if (key.isEmpty() || key.length() > PostText.MAX_TAG_LENGTH) {
      throw nl.plein.common.api.ValidationException.of("tag", "error.post.tag");
    }
    return key;
  }

  /** Milliseconds: the index keeps them, and the cursor compares them. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
