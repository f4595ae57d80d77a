package nl.plein.platform.rest;

import java.util.List;

/**
 * RFC 9457 problem details. {@code invalidParams} lists every invalid field at once (400 only).
 * {@code code} is Plein's stable error code, for partner systems that branch on it.
 */
public record Problem(
    String type, String title, int status, String detail, String instance, String code,
    List<InvalidParam> invalidParams) {

  public record InvalidParam(String name, String code, String reason) {}

  public static final String MEDIA_TYPE = "application/problem+json";
}
