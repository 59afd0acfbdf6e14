package org.ossatlas.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared defences against hostile text: URL credentials, terminal escapes, CSV formulas. */
class HostileTextTest {
  @Test
  void credentialsAreTakenOutOfEveryUrlInAText() {
    assertThat(
            RepositoryUrl.redact(
                "push to https://ghp_SECRET@host/x.git failed; see https://u:p@h2/y (ssh://git:pw@h3/z"
                    + " and ssh://git@h4/w)"))
        .isEqualTo(
            "push to https://host/x.git failed; see https://h2/y (ssh://git@h3/z and"
                + " ssh://git@h4/w)");
    assertThat(RepositoryUrl.redact("git@github.com:o/r.git")).isEqualTo("git@github.com:o/r.git");
    assertThat(RepositoryUrl.hasCredentials("https://ghp_SECRET@host/x.git")).isTrue();
    assertThat(RepositoryUrl.hasCredentials("ssh://git@host/x.git")).isFalse();
    assertThat(RepositoryUrl.hasCredentials("ssh://git:pw@host/x.git")).isTrue();
  }

  @Test
  void terminalEscapesAreShownEscaped() {
    assertThat(TerminalText.escape("x\u001b]0;PWNED\u0007\u001b[2J\u202eevil\u0000"))
        .isEqualTo("x\\x1b]0;PWNED\\x07\\x1b[2JU+202Eevil\\x00");
    assertThat(TerminalText.escape("Zürich — 東京")).isEqualTo("Zürich — 東京");
  }

  @Test
  void formulaCellsAreNeutralisedAndNumbersKept() {
    assertThat(List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x", "-3", "+1.5e3", "-0.25"))
        .map(SpreadsheetSafe::cell)
        .containsExactly(
            "'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\t=x", "'\r=x", "-3", "+1.5e3", "-0.25");
    assertThat(SpreadsheetSafe.cell("Apache Airflow")).isEqualTo("Apache Airflow");
  }

  @Test
  void gitHubUrlsAreRecognisedInEveryAcceptedForm() {
    for (String url :
        List.of(
            "https://github.com/o/r",
            "https://github.com/o/r/",
            "https://github.com/o/r.git",
            "https://github.com/o/r.git/",
            "https://www.github.com/o/r",
            "https://GitHub.com/o/r")) {
      assertThat(RepositoryUrl.gitHubSlug(url)).as(url).hasValue("o/r");
    }
    for (String url :
        List.of(
            "git@github.com:o/r.git",
            "https://gitlab.com/o/r",
            "http://github.com/o/r",
            "https://github.com/o/r/tree/main",
            "https://u:p@github.com/o/r")) {
      assertThat(RepositoryUrl.gitHubSlug(url)).as(url).isEmpty();
    }
  }

  @Test
  void aTokenIsNotSentInClearTextToAnotherHost() {
    java.net.URI remote = java.net.URI.create("http://ghe.example/api/v3");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TokenTransport.check(remote, true, false, "--allow-http-token"))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("clear text")
        .hasMessageContaining("--allow-http-token");
    TokenTransport.check(remote, true, true, "--allow-http-token");
    TokenTransport.check(remote, false, false, "--allow-http-token");
    TokenTransport.check(java.net.URI.create("http://127.0.0.1:8080/"), true, false, "x");
    TokenTransport.check(java.net.URI.create("http://localhost:8080/"), true, false, "x");
    TokenTransport.check(java.net.URI.create("http://[::1]:8080/"), true, false, "x");
    TokenTransport.check(java.net.URI.create("https://ghe.example/api/v3"), true, false, "x");
  }
}
