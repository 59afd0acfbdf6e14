package org.ossatlas.harvester.graphql;

import java.io.IOException;

/**
 * One identity GitHub counts points against: a personal access token, or a GitHub App installation
 * whose token is minted and refreshed on demand. {@link #label()} names it in messages without
 * revealing it ("token 2 of GITHUB_TOKENS").
 */
public interface Credential {
  /** The value of the {@code Authorization} header; never logged, never stored. */
  String authorization() throws IOException;

  /** How messages name this identity; never the secret. */
  String label();

  /** A fixed token ({@code GITHUB_TOKEN}, one of {@code GITHUB_TOKENS}, a line of a token file). */
  static Credential token(String token, String label) {
    String header = "Bearer " + token.strip();
    return new Credential() {
      @Override
      public String authorization() {
        return header;
      }

      @Override
      public String label() {
        return label;
      }

      @Override
      public String toString() {
        return label;
      }
    };
  }
}
