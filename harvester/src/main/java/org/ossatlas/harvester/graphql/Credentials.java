package org.ossatlas.harvester.graphql;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ossatlas.common.AtlasException;

/**
 * The identities of a run, from the environment only (never a flag: flags land in shell history):
 * {@code GITHUB_TOKENS} (comma-separated), {@code GITHUB_TOKEN_FILE} (one token a line, {@code #}
 * comments), {@code GITHUB_TOKEN}, in that order and without repeats, then a GitHub App. Messages
 * name a token by its place ("token 2 of GITHUB_TOKENS"), never by its value.
 */
public final class Credentials {
  private Credentials() {}

  /** Tokens only (no GitHub App). */
  public static List<Credential> fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, null, Clock.systemUTC());
  }

  /**
   * Tokens, then a GitHub App installation when {@code GITHUB_APP_ID} is set (with {@code
   * GITHUB_APP_PRIVATE_KEY_FILE} and {@code GITHUB_APP_INSTALLATION_ID}); its tokens are bought
   * from {@code apiRoot}.
   */
  public static List<Credential> fromEnvironment(
      Map<String, String> env, URI apiRoot, Clock clock) {
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
    String appId = env.get("GITHUB_APP_ID");
    if (appId != null && !appId.isBlank() && apiRoot != null) {
      credentials.add(app(env, appId.strip(), apiRoot, clock));
    }
    return credentials;
  }

  private static Credential app(Map<String, String> env, String appId, URI apiRoot, Clock clock) {
    String keyFile = env.get("GITHUB_APP_PRIVATE_KEY_FILE");
    String installation = env.get("GITHUB_APP_INSTALLATION_ID");
    if (keyFile == null || keyFile.isBlank() || installation == null || installation.isBlank()) {
      throw AtlasException.usage(
          "GITHUB_APP_ID is set: GITHUB_APP_PRIVATE_KEY_FILE (the App's .pem) and"
              + " GITHUB_APP_INSTALLATION_ID (from the installation's settings URL) are needed too");
    }
    if (!installation.strip().matches("\\d+")) {
      throw AtlasException.usage("GITHUB_APP_INSTALLATION_ID " + installation + ": not a number");
    }
    try {
      return new GitHubAppCredential(
          appId,
          installation.strip(),
          GitHubAppCredential.readKey(Path.of(keyFile.strip())),
          apiRoot,
          GraphQlClient.defaultHttp(),
          clock);
    } catch (IOException e) {
      throw AtlasException.usage("GITHUB_APP_PRIVATE_KEY_FILE: " + e.getMessage());
    }
  }

  private static void add(List<Credential> into, Set<String> seen, String token, String label) {
    String value = token.strip();
    if (!value.isEmpty() && seen.add(value)) {
      into.add(Credential.token(value, label));
    }
  }
}
