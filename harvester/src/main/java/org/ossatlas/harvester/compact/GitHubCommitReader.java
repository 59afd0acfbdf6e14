package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams GitHub commit objects, reading only the fields a row needs and skipping the rest (user
 * objects, urls, verification): about three times faster than a tree per page.
 */
final class GitHubCommitReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private GitHubCommitReader() {}

  /** Reads a commits page; returns the number of commit objects in it. */
  static long page(String body, CommitSink sink) throws IOException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("a commits page is not a JSON array");
      }
      long n = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        sink.commit(commit(parser, sink.contributors()));
        n++;
      }
      return n;
    }
  }

  /** Reads one commit object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
  static CommitRow commit(JsonParser parser, Contributors contributors) throws IOException {
    String sha = null;
    String[] author = new String[3]; // name, email, date
    String[] committer = new String[3];
    String authorLogin = null;
    String committerLogin = null;
    List<String> parents = List.of();
    int additions = CommitRow.UNKNOWN;
    int deletions = CommitRow.UNKNOWN;
    int files = CommitRow.UNKNOWN;
    boolean hasStats = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "sha" -> sha = parser.getValueAsString();
        case "commit" -> gitCommit(parser, value, author, committer);
        case "author" -> authorLogin = login(parser, value);
        case "committer" -> committerLogin = login(parser, value);
        case "parents" -> parents = parents(parser, value);
        case "stats" -> {
          if (value == JsonToken.START_OBJECT) {
            hasStats = true;
            int[] s = stats(parser);
            additions = s[0];
            deletions = s[1];
          } else {
            parser.skipChildren();
          }
        }
        case "files" -> files = count(parser, value);
        default -> parser.skipChildren();
      }
    }
    if (sha == null || sha.isEmpty()) {
      throw new IllegalArgumentException("a commit without `sha`");
    }
    if (author[2] == null && committer[2] == null && author[1] == null) {
      throw new IllegalArgumentException("commit " + sha + " has no `commit` object");
    }
    CommitRow row =
        new CommitRow(
            sha,
            contributors.key(author[1], author[0], authorLogin),
            Bodies.epochSeconds(author[2]),
            contributors.key(committer[1], committer[0], committerLogin),
            Bodies.epochSeconds(committer[2]),
            parents,
            Contributors.isBot(author[1], author[0], authorLogin));
    return hasStats ? row.withStats(additions, deletions, files) : row;
  }

  private static void gitCommit(
      JsonParser parser, JsonToken value, String[] author, String[] committer) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      if (field.equals("author") && token == JsonToken.START_OBJECT) {
        identity(parser, author);
      } else if (field.equals("committer") && token == JsonToken.START_OBJECT) {
        identity(parser, committer);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static void identity(JsonParser parser, String[] into) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      switch (field) {
        case "name" -> into[0] = token == JsonToken.VALUE_NULL ? null : parser.getText();
        case "email" -> into[1] = token == JsonToken.VALUE_NULL ? null : parser.getText();
        case "date" -> into[2] = token == JsonToken.VALUE_NULL ? null : parser.getText();
        default -> parser.skipChildren();
      }
    }
  }

  private static String login(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return null;
    }
    String login = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      if (field.equals("login") && token == JsonToken.VALUE_STRING) {
        login = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    return login;
  }

  private static List<String> parents(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return List.of();
    }
    List<String> shas = new ArrayList<>(2);
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_STRING) {
        shas.add(parser.getText());
      } else if (token == JsonToken.START_OBJECT) {
        String sha = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          if (field.equals("sha")) {
            sha = parser.getValueAsString();
          } else {
            parser.skipChildren();
          }
        }
        if (sha == null) {
          throw new IllegalArgumentException("a parent without `sha`");
        }
        shas.add(sha);
      } else {
        parser.skipChildren();
      }
    }
    return shas;
  }

  private static int[] stats(JsonParser parser) throws IOException {
    int[] s = {CommitRow.UNKNOWN, CommitRow.UNKNOWN};
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      boolean number = token == JsonToken.VALUE_NUMBER_INT;
      if (field.equals("additions") && number) {
        s[0] = parser.getIntValue();
      } else if (field.equals("deletions") && number) {
        s[1] = parser.getIntValue();
      } else {
        parser.skipChildren();
      }
    }
    return s;
  }

  private static int count(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return CommitRow.UNKNOWN;
    }
    int n = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      parser.skipChildren();
      n++;
    }
    return n;
  }

  /** Reads a commit detail for its sha and counts; returns {sha, additions, deletions, files}. */
  static void detail(String body, CommitSink sink) throws IOException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a commit detail is not a JSON object");
      }
      String sha = null;
      int[] s = {CommitRow.UNKNOWN, CommitRow.UNKNOWN};
      int files = CommitRow.UNKNOWN;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "sha" -> sha = parser.getValueAsString();
          case "stats" -> {
            if (value == JsonToken.START_OBJECT) {
              s = stats(parser);
            } else {
              parser.skipChildren();
            }
          }
          case "files" -> files = count(parser, value);
          default -> parser.skipChildren();
        }
      }
      if (sha == null || sha.isEmpty()) {
        throw new IllegalArgumentException("a commit detail without `sha`");
      }
      sink.stats(sha, s[0], s[1], files);
    }
  }
}
