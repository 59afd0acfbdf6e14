package org.ossatlas.harvester.github;

import java.time.Instant;
import java.util.Map;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * One response as received: the request URL, the status, the response headers that matter (lower
 * case) and the body, verbatim. Request headers are not part of it, so a token never is.
 */
record Exchange(
    String url, int status, Map<String, String> headers, String body, Instant fetchedAt) {

  String header(String name) {
    return headers.get(name);
  }

  RawRecord toRaw(String kind) {
    return new RawRecord("github", kind, url, status, headers, fetchedAt, body);
  }
}
