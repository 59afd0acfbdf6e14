package org.ossatlas.analytics.depth;

import java.util.Locale;
import java.util.Set;

/**
 * Which e-mail domains name an organization (docs/metrics.md, "Organizations"). Public mail
 * providers, noreply addresses, machine-local hosts and commits without a usable address say
 * nothing about an employer: they are pooled as {@value #INDEPENDENT}. A domain that fewer than
 * {@value #MIN_AUTHORS} distinct authors used in a table is pooled as {@value #OTHER}, so that a
 * personal domain never identifies a person.
 */
public final class OrganizationRules {
  public static final String INDEPENDENT = "(independent)";
  public static final String OTHER = "(other)";
  public static final int MIN_AUTHORS = 2;

  /** Free mail services; a sub-domain of one of them counts as the service. Sorted. */
  static final Set<String> PUBLIC_PROVIDERS =
      Set.of(
          "126.com",
          "163.com",
          "aol.com",
          "fastmail.com",
          "fastmail.fm",
          "foxmail.com",
          "gmail.com",
          "gmx.com",
          "gmx.de",
          "gmx.net",
          "googlemail.com",
          "hey.com",
          "hotmail.com",
          "icloud.com",
          "live.com",
          "mac.com",
          "mail.com",
          "mail.ru",
          "me.com",
          "msn.com",
          "outlook.com",
          "pm.me",
          "posteo.de",
          "proton.me",
          "protonmail.com",
          "qq.com",
          "sina.com",
          "tutanota.com",
          "web.de",
          "yahoo.com",
          "yandex.com",
          "yandex.ru",
          "ymail.com",
          "zoho.com");

  private OrganizationRules() {}

  /**
   * True when a domain (lower-case, as compaction writes it; null when the commit had no address)
   * cannot name an organization.
   */
  public static boolean independent(String domain) {
    if (domain == null || domain.isEmpty()) {
      return true;
    }
    String d = domain.toLowerCase(Locale.ROOT);
    for (String label : d.split("\\.")) {
      if (label.equals("noreply") || label.equals("no-reply")) {
        return true; // users.noreply.github.com, users.noreply.gitlab.com ...
      }
    }
    if (d.endsWith(".local") || d.endsWith(".localdomain") || d.endsWith(".internal")) {
      return true;
    }
    String candidate = d;
    while (true) {
      if (PUBLIC_PROVIDERS.contains(candidate) || candidate.startsWith("yahoo.")) {
        return true;
      }
      int dot = candidate.indexOf('.');
      if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) {
        return false;
      }
      candidate = candidate.substring(dot + 1);
    }
  }
}
