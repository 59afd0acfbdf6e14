package org.ossatlas.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorDomainsTest {
  @TempDir Path dir;

  @Test
  void aDomainIsTheLowerCasedHostOfAnAddressThatHasOne() {
    assertThat(AuthorDomains.domainOf(" Ann@Mail.Example.COM ")).isEqualTo("mail.example.com");
    assertThat(AuthorDomains.domainOf("root@localhost")).isNull();
    assertThat(AuthorDomains.domainOf("no-address")).isNull();
    assertThat(AuthorDomains.domainOf("x@bad host.org")).isNull();
    assertThat(AuthorDomains.domainOf(null)).isNull();
  }

  @Test
  void writtenPairsReadBack() {
    TreeMap<String, String> pairs = new TreeMap<>();
    pairs.put("00aa", "example.org");
    pairs.put("ffee", "users.noreply.github.com");
    Path file = dir.resolve("author-domains.csv.gz");

    AuthorDomains.write(file, pairs);

    assertThat(AuthorDomains.read(file)).isEqualTo(pairs);
    assertThat(AuthorDomains.read(dir.resolve("missing.csv.gz"))).isEmpty();
  }
}
