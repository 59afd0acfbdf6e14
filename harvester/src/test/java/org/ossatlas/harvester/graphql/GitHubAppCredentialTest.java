package org.ossatlas.harvester.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.TargetOutcome;

/** GitHub App auth: PEM key → JWT → installation token, refreshed before it expires. */
class GitHubAppCredentialTest {
  @TempDir Path tmp;
  GitGraphQlServer server;
  KeyPair keys;

  @BeforeEach
  void setUp() throws Exception {
    server = new GitGraphQlServer();
    keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    server.appKey = keys.getPublic();
    server.appId = "12345";
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  /** The key as GitHub hands it out: PKCS#1 PEM (the PKCS#8 encoding minus its 26-byte prefix). */
  Path pkcs1Pem() throws Exception {
    byte[] pkcs8 = keys.getPrivate().getEncoded();
    byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
    Path pem = tmp.resolve("app.pem");
    Files.writeString(
        pem,
        "-----BEGIN RSA PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs1)
            + "\n-----END RSA PRIVATE KEY-----\n");
    return pem;
  }

  @Test
  void anAppHarvestsWithAnInstallationTokenRefreshedBeforeItExpires() throws Exception {
    TestRepo repo = new TestRepo(Files.createDirectories(tmp.resolve("repo"))).commits(150, "a");
    server.repo("acme/rocket", repo);
    server.installationTokenLife = Duration.ofMinutes(4); // inside the refresh margin: every use
    List<Credential> credentials =
        Credentials.fromEnvironment(
            Map.of(
                "GITHUB_APP_ID", "12345",
                "GITHUB_APP_INSTALLATION_ID", "42",
                "GITHUB_APP_PRIVATE_KEY_FILE", pkcs1Pem().toString()),
            server.api(),
            Clock.systemUTC());
    assertEquals("GitHub App 12345 (installation 42)", credentials.get(0).label());
    GraphQlHarness h = new GraphQlHarness(tmp.resolve("work"), server);
    h.credentials = credentials;

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(2, server.installationTokens.size(), "a fresh token for each of the two pages");
    String written = h.everythingWritten();
    server.installationTokens.forEach(t -> assertFalse(written.contains(t), "no token stored"));
    GraphQlSourceTest.assertExactlyGit(repo, GraphQlSourceTest.rowsOf(h.compact(), "rocket"));
  }

  @Test
  void aPkcs8KeyIsReadToo() throws Exception {
    Path pem = tmp.resolve("p8.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    assertEquals(keys.getPrivate(), GitHubAppCredential.readKey(pem));
    assertEquals(keys.getPrivate(), GitHubAppCredential.readKey(pkcs1Pem()));
  }

  @Test
  void aWrongKeyIsRefusedWithAMessageNamingTheApp() throws Exception {
    server.appKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
    Credential app =
        Credentials.fromEnvironment(
                Map.of(
                    "GITHUB_APP_ID", "12345",
                    "GITHUB_APP_INSTALLATION_ID", "42",
                    "GITHUB_APP_PRIVATE_KEY_FILE", pkcs1Pem().toString()),
                server.api(),
                Clock.systemUTC())
            .get(0);
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, app::authorization);
    assertTrue(e.getMessage().contains("GitHub App 12345"), e.getMessage());
    assertTrue(e.getMessage().contains("401"), e.getMessage());
  }
}
