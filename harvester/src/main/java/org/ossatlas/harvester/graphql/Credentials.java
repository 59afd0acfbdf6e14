package org.ossatlas.harvester.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ossatlas.common.AtlasException;

/**
 * The identities of a run, from the environment only (never a flag: flags land in shell history):
 * {@code GITHUB_TOKENS} (comma-separated), {@code GITHUB_TOKEN_FILE} (one token a line, {@code #}
 * comments), {@code GITHUB_TOKEN}, in that order and without repeats. Messages name a token by its
 * place ("token 2 of GITHUB_TOKENS"), never by its value.
 */
public final class Credentials {
  private Credentials() {}

  public static List<Credential> fromEnvironment(Map<String, String> env) {
    Set<String> seen = new LinkedHashSet<>();
    List<Credential> credentials = new ArrayList<>();
    String many = env.get("GITHUB_TOKENS");
    if (many != null) {
      String[] parts = many.split(",");
      for (int i = 0; i < parts.length; i++) {
        add(credentials, seen, parts[i], "token " + (i + 1) + " of GITHUB_TOKENS");
      }
    }
    String file = env.get("GITHUB_TOKEN_FILE");
    if (file != null && !file.isBlank()) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(file.strip()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw AtlasException.usage(
            "GITHUB_TOKEN_FILE " + file + ": cannot be read (" + e.getMessage() + ")");
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.startsWith("#")) {
          add(credentials, seen, line, "the token on line " + (i + 1) + " of GITHUB_TOKEN_FILE");
        }
      }
    }
    String one = env.get("GITHUB_TOKEN");
    if (one != null) {
      add(credentials, seen, one, "GITHUB_TOKEN");
    }
    return credentials;
  }

  private static void add(List<Credential> into, Set<String> seen, String token, String label) {
    String value = token.strip();
    if (!value.isEmpty() && seen.add(value)) {
      into.add(Credential.token(value, label));
    }
  }
}
