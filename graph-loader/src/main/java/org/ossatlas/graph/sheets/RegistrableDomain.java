package org.ossatlas.graph.sheets;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The registrable domain of a backer's web address, the default of its {@code domains}: {@code
 * https://www.nvidia.com/en-us/} → {@code nvidia.com}, {@code https://www.ox.ac.uk} → {@code
 * ox.ac.uk}. The last two labels of the host, or three under the common two-label public suffixes
 * below; a curator whose backer mails from elsewhere fills the {@code domains} column.
 */
final class RegistrableDomain {
  /** Second-level public suffixes met among backers; the full Public Suffix List is not needed. */
  private static final Set<String> TWO_LABEL_SUFFIXES =
      Set.of(
          "ac.jp", "ac.uk", "co.in", "co.jp", "co.kr", "co.nz", "co.uk", "co.za", "com.au",
          "com.br", "com.cn", "com.hk", "com.sg", "com.tw", "edu.au", "edu.cn", "gov.uk", "ne.jp",
          "net.au", "or.jp", "org.au", "org.uk");

  private RegistrableDomain() {}

  /** The domain as a one-element list, or an empty list without a usable host. */
  static List<String> ofUrl(String url) {
    if (url == null) {
      return List.of();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return List.of(); // the URL check reports it
    }
    if (host == null) {
      return List.of();
    }
    String[] labels = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
    if (labels.length < 2) {
      return List.of();
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    if (TWO_LABEL_SUFFIXES.contains(lastTwo) && labels.length >= 3) {
      return List.of(labels[labels.length - 3] + "." + lastTwo);
    }
    return List.of(lastTwo);
  }
}
