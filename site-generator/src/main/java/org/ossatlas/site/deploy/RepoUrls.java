package org.ossatlas.site.deploy;

import java.util.regex.Pattern;

/** Repository addresses as they may be shown: any user info ({@code user:token@}) taken out. */
final class RepoUrls {
  private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

  private RepoUrls() {}

  /** {@code https://x:secret@host/r.git} as {@code https://***@host/r.git}; others unchanged. */
  static String redact(String repo) {
    if (repo == null) {
      return null;
    }
    return USER_INFO.matcher(repo.strip()).replaceFirst("$1***@");
  }

  /** True for an http(s) URL carrying a password ({@code https://user:token@host/...}). */
  static boolean hasPassword(String repo) {
    var m = Pattern.compile("^https?://([^/@]*)@").matcher(repo.strip());
    return m.find() && m.group(1).contains(":");
  }
}
