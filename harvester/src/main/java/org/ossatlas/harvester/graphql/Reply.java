package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * One HTTP answer as received: status, the response headers worth keeping (lower case), the body
 * verbatim, and the body parsed when it is JSON (else null). Request headers are not part of it, so
 * a token never is.
 */
record Reply(
    String url,
    int status,
    Map<String, String> headers,
    String body,
    Instant fetchedAt,
    JsonNode json) {

  String header(String name) {
    return headers.get(name);
  }

  /** The {@code data} object, or null. */
  JsonNode data() {
    JsonNode data = json == null ? null : json.get("data");
    return data == null || data.isNull() ? null : data;
  }

  /** The {@code errors} array, or an empty node. */
  JsonNode errors() {
    JsonNode errors = json == null ? null : json.get("errors");
    return errors == null || !errors.isArray()
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : errors;
  }

  /** Whether an entry of {@code errors} has this {@code type}. */
  boolean hasError(String type) {
    for (JsonNode error : errors()) {
      if (type.equals(error.path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  /** The first error's message, for a note; null when there is none. */
  String firstError() {
    for (JsonNode error : errors()) {
      String type = error.path("type").asText("");
      return (type.isEmpty() ? "" : type + ": ") + error.path("message").asText("");
    }
    return null;
  }

  RawRecord toRaw(String kind) {
    return new RawRecord(GraphQlSource.NAME, kind, url, status, headers, fetchedAt, body);
  }
}
