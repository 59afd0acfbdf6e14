package org.ossatlas.harvester.raw;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One line of the raw store: something a source received, kept verbatim with what is needed to
 * interpret it later. The shape is documented in {@code docs/raw-store.md}.
 *
 * <p>Envelope versions: 0 is a line written before envelopes carried {@code format_version} (the
 * field is absent); 1 adds the field, nothing else. Readers accept every version up to {@link
 * #VERSION}; {@link RawFiles} refuses a newer one.
 *
 * @param formatVersion the envelope's version (not the body's: that is whatever the server sent)
 * @param source who produced it: {@code github} or {@code git}
 * @param kind what it is, per source (for example {@code commits}, {@code commit}, {@code repo},
 *     {@code git-commit}); compaction dispatches on source and kind
 * @param url the request URL (for git: the clone URL, never with credentials)
 * @param status the HTTP status, or 0 when there was no HTTP exchange
 * @param headers the response headers that matter (ETag, Link, rate limit), names in lower case;
 *     never a request header, so never a token
 * @param fetchedAt when it was received (UTC)
 * @param body the response body exactly as received (already gunzipped by the HTTP client), or the
 *     source's own JSON for non-HTTP sources; empty for bodiless responses such as a 304
 */
@JsonPropertyOrder({
  "format_version",
  "source",
  "kind",
  "url",
  "status",
  "headers",
  "fetched_at",
  "body"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawRecord(
    @JsonProperty("format_version") int formatVersion,
    String source,
    String kind,
    String url,
    int status,
    Map<String, String> headers,
    @JsonProperty("fetched_at") Instant fetchedAt,
    String body) {

  /** The envelope version this build writes. */
  public static final int VERSION = 1;

  /** A record in the current envelope version: what every source writes. */
  public RawRecord(
      String source,
      String kind,
      String url,
      int status,
      Map<String, String> headers,
      Instant fetchedAt,
      String body) {
    this(VERSION, source, kind, url, status, headers, fetchedAt, body);
  }

  public RawRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    headers = headers == null ? Map.of() : new TreeMap<>(headers);
    body = body == null ? "" : body;
  }
}
