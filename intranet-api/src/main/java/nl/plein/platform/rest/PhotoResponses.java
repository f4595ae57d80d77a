package nl.plein.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import nl.plein.people.api.Photo;

/** A photo as JPEG, cached privately for a day, with its ETag (304 when the client has it). */
public final class PhotoResponses {
  private PhotoResponses() {}

  public static Response of(Photo photo, String etag, Request request) {
    EntityTag tag = new EntityTag(etag);
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(86_400);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    return Response.ok(photo.content(), Photo.CONTENT_TYPE).tag(tag).cacheControl(cache).build();
  }
}
