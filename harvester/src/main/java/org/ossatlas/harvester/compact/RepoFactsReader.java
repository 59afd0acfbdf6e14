package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.RepoFacts;

/**
 * Repository facts from the two shapes GitHub gives them: GraphQL's {@code repository} object
 * (camelCase, releases included) and REST's {@code GET /repos/O/R} (snake_case, no releases: those
 * cells stay empty rather than cost a request).
 */
final class RepoFactsReader {
  private RepoFactsReader() {}

  static RepoFacts fromGraphQl(String project, JsonNode repo) {
    List<String> topics = new ArrayList<>();
    repo.path("repositoryTopics")
        .path("nodes")
        .forEach(
            node -> {
              String topic = text(node.path("topic"), "name");
              if (topic != null) {
                topics.add(topic);
              }
            });
    JsonNode releases = repo.path("releases");
    JsonNode latest = releases.path("nodes").path(0);
    return new RepoFacts(
        project,
        number(repo, "stargazerCount"),
        number(repo, "forkCount"),
        text(repo.path("licenseInfo"), "spdxId"),
        text(repo.path("primaryLanguage"), "name"),
        topics,
        flag(repo, "isArchived"),
        flag(repo, "isFork"),
        time(repo, "createdAt"),
        time(repo, "pushedAt"),
        text(repo, "description"),
        text(repo, "homepageUrl"),
        number(releases, "totalCount"),
        text(latest, "tagName"),
        text(latest, "name"),
        time(latest, "publishedAt"));
  }

  static RepoFacts fromRest(String project, JsonNode repo) {
    List<String> topics = new ArrayList<>();
    repo.path("topics").forEach(t -> topics.add(t.asText()));
    return new RepoFacts(
        project,
        number(repo, "stargazers_count"),
        number(repo, "forks_count"),
        text(repo.path("license"), "spdx_id"),
        text(repo, "language"),
        topics,
        flag(repo, "archived"),
        flag(repo, "fork"),
        time(repo, "created_at"),
        time(repo, "pushed_at"),
        text(repo, "description"),
        text(repo, "homepage"),
        null,
        null,
        null,
        null);
  }

  /** A field's text; null when missing, JSON null or empty (an empty cell either way). */
  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  private static Long number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isIntegralNumber() ? null : value.asLong();
  }

  private static Boolean flag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isBoolean() ? null : value.asBoolean();
  }

  /** An ISO 8601 time with Z or an offset, as ISO 8601 UTC text. */
  private static String time(JsonNode node, String field) {
    String text = text(node, field);
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("`" + field + "` is not an ISO 8601 time: " + text);
    }
  }
}
