package org.ossatlas.harvester.git;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The bodies of the git source's records ({@code docs/raw-store.md}): a {@code git-commits} array
 * and a {@code git-head} object. Identities go through the mailmap here, so that no unmapped
 * address is written.
 */
final class CommitJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  private CommitJson() {}

  /** A {@code git-commits} body: {@code batch[i]} with its figures {@code stats[i]}. */
  static String commits(List<RevCommit> batch, NumStat.Stats[] stats, Mailmap mailmap)
      throws IOException {
    StringWriter out = new StringWriter(batch.size() * 400);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (int i = 0; i < batch.size(); i++) {
        writeCommit(json, batch.get(i), stats[i], mailmap);
      }
      json.writeEndArray();
    }
    return out.toString();
  }

  /** A {@code git-head} body. */
  static String head(
      String ref, String head, boolean firstParent, String previousHead, boolean rewritten)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("ref", ref);
      json.writeStringField("head", head);
      json.writeBooleanField("first_parent", firstParent);
      json.writeStringField("previous_head", previousHead);
      json.writeBooleanField("rewritten", rewritten);
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void writeCommit(JsonGenerator json, RevCommit c, NumStat.Stats s, Mailmap mailmap)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("sha", c.name());
    json.writeArrayFieldStart("parents");
    for (RevCommit p : c.getParents()) {
      json.writeString(p.name());
    }
    json.writeEndArray();
    writePerson(json, "author", c.getAuthorIdent(), mailmap);
    writePerson(json, "committer", c.getCommitterIdent(), mailmap);
    json.writeNumberField("additions", s.additions());
    json.writeNumberField("deletions", s.deletions());
    json.writeNumberField("files_changed", s.filesChanged());
    json.writeNumberField("binary_files", s.binaryFiles());
    json.writeEndObject();
  }

  private static void writePerson(
      JsonGenerator json, String field, PersonIdent who, Mailmap mailmap) throws IOException {
    Mailmap.Identity id = mailmap.map(who.getName(), who.getEmailAddress());
    json.writeObjectFieldStart(field);
    json.writeStringField("name", id.name());
    json.writeStringField("email", id.email());
    json.writeStringField(
        "time", OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()).format(TIME));
    json.writeEndObject();
  }
}
