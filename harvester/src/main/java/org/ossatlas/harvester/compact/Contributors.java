package org.ossatlas.harvester.compact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ossatlas.common.AuthorDomains;

/**
 * Pseudonymous contributor keys and bot detection (docs/compaction.md). A key is the first 16 hex
 * digits of SHA-256 over a fixed prefix and the identity, so it is stable across runs and sources
 * and reveals no address: the identity is the lower-cased e-mail, except that GitHub's noreply
 * addresses ({@code ID+login@users.noreply.github.com}) key on the login (the ID prefix came later
 * and the login is what stays), and a commit without e-mail keys on its GitHub login, else on its
 * name. Not thread-safe: one instance per worker (it caches keys).
 */
public final class Contributors {
  private static final String PREFIX = "ossatlas-contributor-v1:";
  private static final Pattern NOREPLY =
      Pattern.compile("^(?:\\d+\\+)?([^@]+)@users\\.noreply\\.github\\.com$");

  /**
   * Addresses of automation that does not end in {@code [bot]}: dependency updaters and CI pushes.
   * Keep it short and documented in docs/compaction.md.
   */
  static final Set<String> KNOWN_BOT_ADDRESSES =
      Set.of(
          "support@dependabot.com",
          "bot@renovateapp.com",
          "renovate@whitesourcesoftware.com",
          "github-actions@github.com",
          "action@github.com",
          "actions@github.com",
          "snyk-bot@snyk.io",
          "bot@stale.app",
          "noreply@pyup.io",
          "greenkeeper@users.noreply.github.com");

  private final MessageDigest sha256;
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, String> domains = new HashMap<>();

  public Contributors() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The key of an identity, or an empty string when nothing identifies it. */
  public String key(String email, String name, String login) {
    String identity = identity(email, name, login);
    if (identity == null) {
      return "";
    }
    String key = keys.computeIfAbsent(identity, this::hash);
    String domain = AuthorDomains.domainOf(email);
    if (domain != null) {
      domains.putIfAbsent(key, domain);
    }
    return key;
  }

  /**
   * The e-mail domain seen with a key (for {@code data/author-domains.csv.gz}), null when the key
   * came without an address. A key is a hash of the address or of a noreply login, so one key has
   * one domain.
   */
  public String domain(String key) {
    return domains.get(key);
  }

  /** A login ending in [bot], a [bot] noreply address, a name ending in [bot], a known address. */
  public static boolean isBot(String email, String name, String login) {
    if (login != null && login.toLowerCase(Locale.ROOT).endsWith("[bot]")) {
      return true;
    }
    if (name != null && name.strip().toLowerCase(Locale.ROOT).endsWith("[bot]")) {
      return true;
    }
    if (email == null) {
      return false;
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    return address.endsWith("[bot]@users.noreply.github.com")
        || KNOWN_BOT_ADDRESSES.contains(address);
  }

  static String identity(String email, String name, String login) {
    if (email != null && !email.isBlank()) {
      String address = email.strip().toLowerCase(Locale.ROOT);
      Matcher noreply = NOREPLY.matcher(address);
      return noreply.matches() ? "login:" + noreply.group(1) : "email:" + address;
    }
    if (login != null && !login.isBlank()) {
      return "login:" + login.strip().toLowerCase(Locale.ROOT);
    }
    if (name != null && !name.isBlank()) {
      return "name:" + name.strip();
    }
    return null;
  }

  private String hash(String identity) {
    byte[] digest = sha256.digest((PREFIX + identity).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }
}
