package org.ossatlas.site.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a project page shows beyond commit counts (docs/metrics.md): the latest release, the
 * organizations of the last 12 months with the elephant factor, and the repository facts. Read from
 * the properties analyze wrote on the Project node; every part is absent when unknown.
 *
 * @param organizations the first {@value #SHOWN_ORGANIZATIONS} rows (the CSV has them all)
 */
public record ProjectDepth(
    String latestReleaseTag,
    String latestReleaseDate,
    String releasesLast12Months,
    String elephantFactor,
    List<OrganizationRow> organizations,
    boolean moreOrganizations,
    String stars,
    String forks,
    String license,
    String language,
    List<String> topics,
    boolean archived) {

  static final int SHOWN_ORGANIZATIONS = 8;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US).withZone(ZoneOffset.UTC);

  /** One organization row, formatted. */
  public record OrganizationRow(String organization, String commits, String authors) {}

  static ProjectDepth from(Map<String, Object> props) {
    List<OrganizationRow> orgs = new ArrayList<>();
    List<?> names = list(props.get("organizations"));
    List<?> commits = list(props.get("organization_commits"));
    List<?> authors = list(props.get("organization_authors"));
    for (int i = 0; i < Math.min(SHOWN_ORGANIZATIONS, names.size()); i++) {
      orgs.add(
          new OrganizationRow(
              String.valueOf(names.get(i)),
              Format.count(number(i < commits.size() ? commits.get(i) : null)),
              Format.count(number(i < authors.size() ? authors.get(i) : null))));
    }
    List<String> topics = list(props.get("topics")).stream().map(String::valueOf).toList();
    return new ProjectDepth(
        (String) props.get("latest_release_tag"),
        day((String) props.get("latest_release_date")),
        optionalCount(props.get("releases_last_12_months")),
        optionalCount(props.get("elephant_factor")),
        List.copyOf(orgs),
        names.size() > SHOWN_ORGANIZATIONS,
        optionalCount(props.get("stars")),
        optionalCount(props.get("forks")),
        (String) props.get("license"),
        (String) props.get("language"),
        topics,
        Boolean.TRUE.equals(props.get("archived")));
  }

  public boolean hasRelease() {
    return latestReleaseTag != null;
  }

  public boolean hasRepositoryFacts() {
    return stars != null || forks != null || license != null || language != null || archived;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static String optionalCount(Object value) {
    Long n = number(value);
    return n == null ? null : Format.count(n);
  }

  private static String day(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return DAY.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
