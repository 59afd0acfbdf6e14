package org.ossatlas.harvester.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphQlEndpointTest {
  @TempDir Path tmp;

  static String derive(String api, String override) {
    return GraphQlEndpoint.derive(URI.create(api), override).toString();
  }

  @Test
  void followsTheRestRootAsGitHubLaysItOut() {
    assertEquals("https://api.github.com/graphql", derive("https://api.github.com", null));
    assertEquals("https://api.github.com/graphql", derive("https://api.github.com/", null));
    assertEquals(
        "https://ghe.example.com/api/graphql", derive("https://ghe.example.com/api/v3", null));
    assertEquals(
        "https://ghe.example.com/api/graphql", derive("https://ghe.example.com/api/v3/", null));
    assertEquals("http://127.0.0.1:8080/graphql", derive("http://127.0.0.1:8080", null));
    assertEquals("http://127.0.0.1:8080/x/graphql", derive("http://127.0.0.1:8080/x", null));
  }

  @Test
  void graphqlUrlOverridesAndMustBeHttp() {
    assertEquals(
        "https://proxy.example/gql", derive("https://api.github.com", "https://proxy.example/gql"));
    assertThrows(
        IllegalArgumentException.class, () -> derive("https://api.github.com", "ftp://x/y"));
  }

  @Test
  void tokensComeFromTheEnvironmentInOrderWithoutRepeatsAndAreNamedByPlace() throws Exception {
    Path file = tmp.resolve("tokens");
    Files.writeString(file, "# spare tokens\nthree\n\ntwo\n");
    List<Credential> credentials =
        Credentials.fromEnvironment(
            Map.of(
                "GITHUB_TOKENS", " one, two ,",
                "GITHUB_TOKEN_FILE", file.toString(),
                "GITHUB_TOKEN", "four"));
    assertEquals(
        List.of("Bearer one", "Bearer two", "Bearer three", "Bearer four"),
        credentials.stream()
            .map(
                c -> {
                  try {
                    return c.authorization();
                  } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                  }
                })
            .toList());
    assertEquals(
        List.of(
            "token 1 of GITHUB_TOKENS",
            "token 2 of GITHUB_TOKENS",
            "the token on line 2 of GITHUB_TOKEN_FILE",
            "GITHUB_TOKEN"),
        credentials.stream().map(Credential::label).toList());
    assertEquals("GITHUB_TOKEN", credentials.get(3).toString(), "toString never shows the value");
  }
}
