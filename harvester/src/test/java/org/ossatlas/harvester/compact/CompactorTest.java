package org.ossatlas.harvester.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ossatlas.harvester.compact.RawFixture.commitsPage;
import static org.ossatlas.harvester.compact.RawFixture.detail;
import static org.ossatlas.harvester.compact.RawFixture.gh;
import static org.ossatlas.harvester.compact.RawFixture.git;
import static org.ossatlas.harvester.compact.RawFixture.gitCommits;
import static org.ossatlas.harvester.compact.RawFixture.gitHead;
import static org.ossatlas.harvester.compact.RawFixture.record;
import static org.ossatlas.harvester.compact.RawFixture.sha;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.commits.CommitTableFormat;
import org.ossatlas.harvester.raw.RawRecord;

class CompactorTest {
  @TempDir Path dir;

  private Path target() {
    return dir.resolve("data/commits.csv.gz");
  }

  private RawFixture raw() {
    return new RawFixture(dir.resolve("data/raw"));
  }

  private CompactionResult compact(RawFixture raw) {
    return new Compactor().compact(raw.store(), target(), n -> {});
  }

  /** The lines after the version line (which is checked): the header, then the rows. */
  static List<String> lines(Path file) throws IOException {
    List<String> lines = gunzippedLines(file);
    assertThat(lines.get(0)).isEqualTo(CommitTableFormat.versionLine());
    return lines.subList(1, lines.size());
  }

  private static List<String> gunzippedLines(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static String row(List<String> lines, String sha) {
    return lines.stream().filter(l -> l.split(",")[1].equals(sha)).findFirst().orElseThrow();
  }

  @Test
  void gitHubPagesAndDetailsBecomeRowsInEitherOrder() throws IOException {
    RawFixture raw = raw();
    raw.append("duckdb", detail(sha(2), 7, 3, 4)) // the detail before its page
        .append(
            "duckdb",
            commitsPage(
                gh(sha(2), "Ann", "ann@example.org", "ann", "2024-05-02T10:00:00Z", sha(1)),
                gh(sha(1), "Ann", "ann@example.org", "ann", "2024-05-01T10:00:00Z")),
            record("github", "repo", 200, "{\"default_branch\":\"main\"}"),
            record("github", "commits", 304, ""))
        .append("duckdb", detail(sha(1), 10, 0, 1)); // and one after

    CompactionResult result = compact(raw);

    List<String> lines = lines(target());
    assertThat(lines.get(0)).isEqualTo(CommitTableFormat.HEADER);
    assertThat(lines.subList(1, 3))
        .extracting(l -> l.split(",", -1)[1] + "|" + l.split(",", -1)[3])
        .containsExactly(sha(1) + "|2024-05-01T10:00:00Z", sha(2) + "|2024-05-02T10:00:00Z");
    assertThat(row(lines, sha(1))).endsWith(",10,0,1,false,false");
    assertThat(row(lines, sha(2))).endsWith(",7,3,4,false,false");
    assertThat(String.join("\n", lines)).doesNotContain("ann@").doesNotContain("Ann");
    assertThat(result.rows()).isEqualTo(2);
    assertThat(result.commitEntries()).isEqualTo(2);
    assertThat(result.orphanDetails()).isZero();
  }

  @Test
  void countsAreEmptyWhenNoDetailWasFetched() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "duckdb", commitsPage(gh(sha(1), "Ann", "ann@example.org", "ann", "2024-05-01T10:00:00Z")));

    compact(raw);

    assertThat(row(lines(target()), sha(1))).endsWith(",,,,false,false");
  }

  @Test
  void keysArePseudonymousAndTheSameAcrossSources() throws IOException {
    RawFixture raw = raw();
    raw.append(
            "gh-project",
            commitsPage(
                gh(sha(1), "Ann", "Ann@Example.org", "ann", "2024-05-01T10:00:00Z"),
                gh(
                    sha(2),
                    "Bob",
                    "123+bob@users.noreply.github.com",
                    "bob",
                    "2024-05-02T10:00:00Z"),
                gh(sha(3), "Bob", "bob@users.noreply.github.com", "bob", "2024-05-03T10:00:00Z")))
        .append(
            "git-project", gitCommits(git(sha(4), "ann@example.org", "2024-05-04T12:00:00+02:00")));

    compact(raw);

    List<String> lines = lines(target());
    String annOnGitHub = row(lines, sha(1)).split(",")[2];
    String annInGit = row(lines, sha(4)).split(",")[2];
    assertThat(annOnGitHub).matches("[0-9a-f]{16}").isEqualTo(annInGit);
    assertThat(row(lines, sha(2)).split(",")[2]).isEqualTo(row(lines, sha(3)).split(",")[2]);
    assertThat(row(lines, sha(2)).split(",")[2]).isNotEqualTo(annOnGitHub);
    assertThat(row(lines, sha(4)))
        .contains(",2024-05-04T10:00:00Z,")
        .endsWith(",5,1,2,false,false");
  }

  @Test
  void authorDomainsAreWrittenBesideTheTableWithoutAnyAddress() throws IOException {
    RawFixture raw = raw();
    raw.append(
            "gh-project",
            commitsPage(
                gh(sha(1), "Ann", "Ann@Example.ORG", "ann", "2024-05-01T10:00:00Z"),
                gh(
                    sha(2),
                    "Bob",
                    "123+bob@users.noreply.github.com",
                    "bob",
                    "2024-05-02T10:00:00Z"),
                gh(sha(3), "Cy", "cy-at-nowhere", "cy", "2024-05-03T10:00:00Z"),
                gh(
                    sha(4),
                    "dependabot[bot]",
                    "49699333+dependabot[bot]@users.noreply.github.com",
                    "dependabot[bot]",
                    "2024-05-04T10:00:00Z")))
        .append(
            "git-project", gitCommits(git(sha(5), "dee@corp.example.com", "2024-05-04T12:00:00Z")));

    compact(raw);

    List<String> table = lines(target());
    List<String> domains = gunzippedLines(dir.resolve("data/author-domains.csv.gz"));
    assertThat(domains.get(0)).isEqualTo("author_key,domain");
    assertThat(domains.subList(1, domains.size()))
        .containsExactlyInAnyOrder(
            row(table, sha(1)).split(",")[2] + ",example.org",
            row(table, sha(2)).split(",")[2] + ",users.noreply.github.com",
            row(table, sha(5)).split(",")[2] + ",corp.example.com")
        .isSorted();
    assertThat(String.join("\n", domains)).doesNotContain("@").doesNotContainIgnoringCase("ann");
  }

  @Test
  void botsAndMergesAreFlagged() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "duckdb",
        commitsPage(
            gh(sha(1), "Ann", "ann@example.org", "ann", "2024-05-01T10:00:00Z"),
            gh(
                sha(2),
                "dependabot[bot]",
                "49699333+dependabot[bot]@users.noreply.github.com",
                "dependabot[bot]",
                "2024-05-02T10:00:00Z",
                sha(1)),
            gh(sha(3), "Renovate Bot", "bot@renovateapp.com", null, "2024-05-03T10:00:00Z", sha(2)),
            gh(sha(4), "Ann", "ann@example.org", "ann", "2024-05-04T10:00:00Z", sha(3), sha(1))));

    compact(raw);

    List<String> lines = lines(target());
    assertThat(row(lines, sha(1))).endsWith(",false,false");
    assertThat(row(lines, sha(2))).endsWith(",false,true");
    assertThat(row(lines, sha(3))).endsWith(",false,true");
    assertThat(row(lines, sha(4))).endsWith(",true,false");
  }

  @Test
  void duplicatesAcrossFilesAreDroppedAndCounted() throws IOException {
    RawFixture raw = raw();
    var a = gh(sha(1), "Ann", "ann@example.org", "ann", "2024-05-01T10:00:00Z");
    var b = gh(sha(2), "Ann", "ann@example.org", "ann", "2024-05-02T10:00:00Z", sha(1));
    raw.append("duckdb", commitsPage(b, a))
        .append("duckdb", commitsPage(b))
        .append("duckdb", commitsPage(b, a));

    CompactionResult result = compact(raw);

    assertThat(raw.store().files("duckdb")).hasSize(3);
    assertThat(lines(target())).hasSize(3);
    assertThat(result.commitEntries()).isEqualTo(5);
    assertThat(result.duplicates()).isEqualTo(3);
    assertThat(result.reconciled()).singleElement().asString().contains("= 5");
  }

  @Test
  void aForcePushDropsTheCommitsThatLeftTheBranch() throws IOException {
    RawFixture raw = raw();
    // main: 1 <- 2 <- 3, then 3 is force-pushed away and 4 (parent 2) becomes the tip;
    // 5 is a merge of 4 and a side branch 6, walked first-parent only.
    raw.append(
            "sqlite",
            gitCommits(
                git(sha(3), "a@example.org", "2024-01-03T00:00:00+01:00", sha(2)),
                git(sha(2), "a@example.org", "2024-01-02T00:00:00+01:00", sha(1)),
                git(sha(1), "a@example.org", "2024-01-01T00:00:00+01:00")),
            gitHead(sha(3), true))
        .append(
            "sqlite",
            gitCommits(
                git(sha(5), "a@example.org", "2024-01-05T00:00:00-05:00", sha(4), sha(6)),
                git(sha(6), "b@example.org", "2024-01-04T12:00:00-05:00", sha(2)),
                git(sha(4), "a@example.org", "2024-01-04T00:00:00-05:00", sha(2))),
            gitHead(sha(5), true));

    CompactionResult result = compact(raw);

    List<String> lines = lines(target());
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split(",")[1])
        .containsExactly(sha(1), sha(2), sha(4), sha(5));
    assertThat(row(lines, sha(5))).contains(",2024-01-05T05:00:00Z,").endsWith(",true,false");
    assertThat(result.unreachable()).isEqualTo(2);
    assertThat(result.commitEntries()).isEqualTo(6);
  }

  @Test
  void afterASwitchFromGitToGitHubTheNewGitHubCommitsAreKept() throws IOException {
    RawFixture raw = raw();
    // git stored 1 <- 2 <- 3 with 3 as head, plus 9 that a force-push took off the branch;
    // then the project moved to GitHub, which delivered 4 and 5 (descendants of 3) and 3 again.
    raw.append(
            "arrow",
            gitCommits(
                git(sha(9), "a@example.org", "2024-01-02T12:00:00Z", sha(2)),
                git(sha(3), "a@example.org", "2024-01-03T00:00:00Z", sha(2)),
                git(sha(2), "a@example.org", "2024-01-02T00:00:00Z", sha(1)),
                git(sha(1), "a@example.org", "2024-01-01T00:00:00Z")),
            gitHead(sha(3), true))
        .append(
            "arrow",
            commitsPage(
                gh(sha(5), "Ann", "a@example.org", "ann", "2024-01-05T00:00:00Z", sha(4)),
                gh(sha(4), "Ann", "a@example.org", "ann", "2024-01-04T00:00:00Z", sha(3)),
                gh(sha(3), "Ann", "a@example.org", "ann", "2024-01-03T00:00:00Z", sha(2))));

    CompactionResult result = compact(raw);

    List<String> lines = lines(target());
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split(",")[1])
        .containsExactly(sha(1), sha(2), sha(3), sha(4), sha(5));
    assertThat(result.unreachable()).isEqualTo(1);
    assertThat(result.duplicates()).isEqualTo(1);
    assertThat(result.reconciled()).singleElement().asString().contains("= 7");
  }

  @Test
  void aHeadWalkedWithAllParentsKeepsTheSideBranch() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "sqlite",
        gitCommits(
            git(sha(3), "a@example.org", "2024-01-03T00:00:00Z", sha(1), sha(2)),
            git(sha(2), "b@example.org", "2024-01-02T00:00:00Z", sha(1)),
            git(sha(1), "a@example.org", "2024-01-01T00:00:00Z")),
        gitHead(sha(3), false));

    assertThat(compact(raw).unreachable()).isZero();
    assertThat(lines(target())).hasSize(4);
  }

  @Test
  void aTornTailIsToleratedAndReported() throws IOException {
    RawFixture raw = raw();
    raw.append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")))
        .append(
            "duckdb",
            commitsPage(gh(sha(2), "Ann", "a@example.org", "ann", "2024-05-02T10:00:00Z")));
    Path newest = raw.store().files("duckdb").get(1);
    byte[] whole = Files.readAllBytes(newest);
    Files.write(
        newest,
        java.util.Arrays.copyOf(whole, whole.length / 2),
        StandardOpenOption.TRUNCATE_EXISTING);

    CompactionResult result = compact(raw);

    assertThat(result.tornFiles()).isEqualTo(1);
    assertThat(result.warnings()).singleElement().asString().contains("torn tail");
    assertThat(lines(target())).hasSize(2);
  }

  @Test
  void twoRunsGiveTheSameBytesWhateverTheThreads() throws IOException {
    RawFixture raw = raw();
    for (int p = 0; p < 5; p++) {
      for (int i = 0; i < 30; i++) {
        raw.append(
            "project-" + p,
            commitsPage(
                gh(sha(p * 100 + i), "N" + i, i + "@example.org", "u" + i, "2024-05-01T10:00:00Z")),
            detail(sha(p * 100 + i), i, i, 1));
      }
    }

    new Compactor(Compactor.loadParsers(), 1).compact(raw.store(), target(), n -> {});
    byte[] first = Files.readAllBytes(target());
    new Compactor(Compactor.loadParsers(), 3).compact(raw.store(), target(), n -> {});

    assertThat(Files.readAllBytes(target())).isEqualTo(first);
    assertThat(lines(target())).hasSize(151);
  }

  @Test
  void aBrokenRecordFailsWith65AndLeavesTheOldFile() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "duckdb", commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));
    compact(raw);
    byte[] before = Files.readAllBytes(target());
    raw.append("duckdb", record("github", "commits", 200, "{\"message\":\"not a list\"}"));

    assertThatThrownBy(() -> compact(raw))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("record 1 (github/commits): a commits page is not a JSON array")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(65));
    assertThat(Files.readAllBytes(target())).isEqualTo(before);
    assertThat(Files.list(target().getParent()).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("commits.csv.gz", "author-domains.csv.gz", "raw");
  }

  @Test
  void countsThatDoNotReconcileFailWith1AndLeaveTheOldFile() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "duckdb", commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));
    compact(raw);
    byte[] before = Files.readAllBytes(target());
    // A parser that claims an entry more than it reports: the kind of bug reconciliation catches.
    RecordParser sloppy =
        new RecordParser() {
          private final GitHubRecordParser real = new GitHubRecordParser();

          @Override
          public Set<String> kinds() {
            return real.kinds();
          }

          @Override
          public long parse(RawRecord record, CommitSink sink) throws IOException {
            long n = real.parse(record, sink);
            return n == 0 ? 0 : n + 1;
          }
        };

    assertThatThrownBy(
            () -> new Compactor(List.of(sloppy), 2).compact(raw.store(), target(), n -> {}))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining(
            "raw commit entries seen = 2 ≠ compact rows written + duplicates dropped + unreachable dropped = 1")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(1));
    assertThat(Files.readAllBytes(target())).isEqualTo(before);
  }

  @Test
  void kindsWithoutAParserAreSkippedAndCounted() throws IOException {
    RawFixture raw = raw();
    raw.append(
        "duckdb",
        record("github", "releases", 200, "[]"),
        commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));

    CompactionResult result = compact(raw);

    assertThat(result.unparsed()).containsEntry("github/releases", 1L);
    assertThat(result.rawRecords()).isEqualTo(2);
    assertThat(lines(target())).hasSize(2);
  }

  @Test
  void anEmptyStoreGivesTheHeaderOnly() throws IOException {
    CompactionResult result = compact(raw());

    assertThat(lines(target())).containsExactly(CommitTableFormat.HEADER);
    assertThat(result.projects()).isZero();
  }
}
