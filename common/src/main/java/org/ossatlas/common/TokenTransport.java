package org.ossatlas.common;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a token may travel to an API address: over https always, over plain http only to this
 * machine (a local test server) unless the operator says otherwise, since anyone on the path reads
 * a token sent in clear.
 */
public final class TokenTransport {
  private TokenTransport() {}

  /**
   * Throws a usage error (exit 2) when a token would be sent in clear text to a host that is not
   * loopback and {@code allowInsecure} is not set.
   *
   * @param flag the option that allows it, named in the message
   */
  public static void check(URI api, boolean hasToken, boolean allowInsecure, String flag) {
    if (!hasToken || allowInsecure || api.getScheme() == null) {
      return;
    }
    if (!api.getScheme().toLowerCase(Locale.ROOT).equals("http") || isLoopback(api.getHost())) {
      return;
    }
    throw AtlasException.usage(
        "the token would be sent in clear text to "
            + RepositoryUrl.redact(api.toString())
            + "; use https://, or give "
            + flag
            + " if the network between here and that host is trusted");
  }

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|\\[?[0-9a-f:]+\\]?")) {
      return false; // a name: no lookup, which could itself go out on the network
    }
    try {
      return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
