package nl.plein.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Plein's REST API, version 1: {@code /api/v1}. The WAR's context root gives {@code /api}. */
@ApplicationPath("/v1")
public class PleinApi extends Application {
  /** Full version in the API-Version header; the major version is in the path. */
  public static final String VERSION = "1.3.0";
}
