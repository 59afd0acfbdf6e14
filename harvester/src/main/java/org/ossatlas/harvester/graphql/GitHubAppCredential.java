package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A GitHub App installation as an identity: a JWT signed with the App's private key (RS256, JDK
 * only) buys an installation token ({@code POST /app/installations/ID/access_tokens}), which is
 * used until five minutes before it expires and then bought again. The key may be PKCS#1 ({@code
 * BEGIN RSA PRIVATE KEY}, what GitHub hands out) or PKCS#8 ({@code BEGIN PRIVATE KEY}).
 */
final class GitHubAppCredential implements Credential {
  private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

  private final String appId;
  private final String installationId;
  private final PrivateKey key;
  private final URI apiRoot;
  private final HttpClient http;
  private final Clock clock;
  private String token;
  private Instant expires = Instant.MIN;

  GitHubAppCredential(
      String appId,
      String installationId,
      PrivateKey key,
      URI apiRoot,
      HttpClient http,
      Clock clock) {
    this.appId = appId;
    this.installationId = installationId;
    this.key = key;
    this.apiRoot = apiRoot;
    this.http = http;
    this.clock = clock;
  }

  @Override
  public synchronized String authorization() throws IOException {
    if (token == null || !clock.instant().isBefore(expires.minus(REFRESH_BEFORE))) {
      refresh();
    }
    return "Bearer " + token;
  }

  @Override
  public String label() {
    return "GitHub App " + appId + " (installation " + installationId + ")";
  }

  @Override
  public String toString() {
    return label();
  }

  private void refresh() throws IOException {
    String root = apiRoot.toString().replaceAll("/+$", "");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(root + "/app/installations/" + installationId + "/access_tokens"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + jwt())
            .header("Accept", "application/vnd.github+json")
            .header("User-Agent", "ossatlas-harvester")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking for an installation token", e);
    }
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      throw new IOException(
          label()
              + ": GitHub refused an installation token ("
              + response.statusCode()
              + "); check GITHUB_APP_ID, GITHUB_APP_INSTALLATION_ID and the private key");
    }
    JsonNode body = GraphQlClient.JSON.readTree(response.body());
    String value = body.path("token").asText(null);
    if (value == null) {
      throw new IOException(label() + ": the installation token answer has no token");
    }
    token = value;
    String expiresAt = body.path("expires_at").asText(null);
    expires =
        expiresAt == null ? clock.instant().plus(Duration.ofHours(1)) : Instant.parse(expiresAt);
  }

  /** The App's JWT: issued a minute ago (clock drift), valid nine minutes (GitHub allows ten). */
  String jwt() throws IOException {
    long now = clock.instant().getEpochSecond();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"iat\":" + (now - 60) + ",\"exp\":" + (now + 540) + ",\"iss\":\"" + appId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + b64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IOException(label() + ": could not sign the JWT: " + e.getMessage(), e);
    }
  }

  /** Reads a PEM private key, PKCS#1 or PKCS#8. */
  static PrivateKey readKey(Path pem) throws IOException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    boolean pkcs1 = text.contains("BEGIN RSA PRIVATE KEY");
    if (!pkcs1 && !text.contains("BEGIN PRIVATE KEY")) {
      throw new IOException(pem + ": not a PEM private key (BEGIN RSA PRIVATE KEY expected)");
    }
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    if (pkcs1) {
      der = pkcs8(der);
    }
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + ": not an RSA private key: " + e.getMessage(), e);
    }
  }

  /** Wraps a PKCS#1 RSA key in PKCS#8, which is what the JDK reads. */
  static byte[] pkcs8(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    inner.writeBytes(new byte[] {0x02, 0x01, 0x00}); // version 0
    inner.writeBytes(algorithm);
    inner.write(0x04);
    inner.writeBytes(length(pkcs1.length));
    inner.writeBytes(pkcs1);
    ByteArrayOutputStream outer = new ByteArrayOutputStream();
    outer.write(0x30);
    outer.writeBytes(length(inner.size()));
    outer.writeBytes(inner.toByteArray());
    return outer.toByteArray();
  }

  private static byte[] length(int n) {
    if (n < 0x80) {
      return new byte[] {(byte) n};
    }
    if (n < 0x100) {
      return new byte[] {(byte) 0x81, (byte) n};
    }
    if (n < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    }
    return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }
}
