package org.ossatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

/**
 * A raw store as the GitHub source leaves it: per project, pages of 100 commit objects in GitHub's
 * full shape (about 2 KiB each: urls, user objects, verification), plus a commit detail for one
 * commit in ten; some pages fetched twice (a resumed run). Project sizes follow a power law. The
 * same seed gives the same records.
 */
final class SyntheticRawStore {
  private static final long START = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
  private static final Instant FETCHED = Instant.parse("2026-11-01T00:00:00Z");

  private SyntheticRawStore() {}

  /** Writes the store unless {@code root/.complete} says it is there; returns the commit count. */
  static long write(Path root, int projects, long commits, long seed) throws Exception {
    Path done = root.resolve(".complete");
    if (Files.exists(done)) {
      return Long.parseLong(Files.readString(done).strip());
    }
    RawStore store = new RawStore(root, RawStore.DEFAULT_SEAL_BYTES, Clock.systemUTC());
    double[] weights = new double[projects];
    double total = 0;
    for (int i = 0; i < projects; i++) {
      weights[i] = 1 / Math.pow(i + 1, 0.8);
      total += weights[i];
    }
    SplittableRandom random = new SplittableRandom(seed);
    long entries = 0;
    long written = 0;
    for (int p = 0; p < projects; p++) {
      long n = p == projects - 1 ? commits - written : Math.round(commits * weights[p] / total);
      written += n;
      entries += writeProject(store, SyntheticCommits.projectId(p), p, n, random);
    }
    Files.writeString(done, Long.toString(entries));
    return entries;
  }

  private static long writeProject(
      RawStore store, String project, int p, long n, SplittableRandom random) {
    var log = store.open(project);
    long entries = 0;
    List<RawRecord> batch = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    int inPage = 0;
    for (long i = 0; i < n; i++) {
      String sha = String.format(Locale.ROOT, "%08x%032x", p, i);
      String parent = i == 0 ? null : String.format(Locale.ROOT, "%08x%032x", p, i - 1);
      int author = (int) Math.min(999, Math.abs(random.nextGaussian()) * 60);
      long time = START + i * 3600 + random.nextInt(3600);
      page.append(inPage == 0 ? "[" : ",").append(commit(sha, parent, author, time, p));
      inPage++;
      if (random.nextInt(10) == 0) {
        batch.add(record("commit", detail(sha, random)));
      }
      if (inPage == 100 || i == n - 1) {
        String body = page.append(']').toString();
        batch.add(record("commits", body));
        entries += inPage;
        if (random.nextInt(20) == 0) { // a page fetched again after a kill
          batch.add(record("commits", body));
          entries += inPage;
        }
        page.setLength(0);
        inPage = 0;
        log.append(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      log.append(batch);
    }
    return entries;
  }

  private static RawRecord record(String kind, String body) {
    return new RawRecord(
        "github",
        kind,
        "https://api.github.com/repos/o/r/" + kind,
        200,
        Map.of("etag", "W/\"abc\"", "x-ratelimit-remaining", "4999"),
        FETCHED,
        body);
  }

  private static String user(String login, int id) {
    String u = "https://api.github.com/users/" + login;
    return String.format(
        Locale.ROOT,
        "{\"login\":\"%s\",\"id\":%d,\"node_id\":\"MDQ6VXNlcj%d\",\"avatar_url\":"
            + "\"https://avatars.githubusercontent.com/u/%d?v=4\",\"gravatar_id\":\"\",\"url\":\"%s\","
            + "\"html_url\":\"https://github.com/%s\",\"followers_url\":\"%s/followers\","
            + "\"following_url\":\"%s/following{/other_user}\",\"gists_url\":\"%s/gists{/gist_id}\","
            + "\"starred_url\":\"%s/starred{/owner}{/repo}\",\"subscriptions_url\":\"%s/subscriptions\","
            + "\"organizations_url\":\"%s/orgs\",\"repos_url\":\"%s/repos\","
            + "\"events_url\":\"%s/events{/privacy}\",\"received_events_url\":\"%s/received_events\","
            + "\"type\":\"User\",\"user_view_type\":\"public\",\"site_admin\":false}",
        login,
        id,
        id,
        id,
        u,
        login,
        u,
        u,
        u,
        u,
        u,
        u,
        u,
        u,
        u);
  }

  private static String commit(String sha, String parent, int author, long time, int p) {
    String login = author < 3 ? "dependabot[bot]" : "dev" + author;
    String email =
        author < 3
            ? "49699333+dependabot[bot]@users.noreply.github.com"
            : "dev" + author + "@example.org";
    String date = Instant.ofEpochSecond(time).toString();
    String url = "https://api.github.com/repos/o/p" + p + "/commits/" + sha;
    String parents =
        parent == null
            ? "[]"
            : "[{\"sha\":\""
                + parent
                + "\",\"url\":\"https://api.github.com/repos/o/p"
                + p
                + "/commits/"
                + parent
                + "\",\"html_url\":\"https://github.com/o/p"
                + p
                + "/commit/"
                + parent
                + "\"}]";
    return "{\"sha\":\""
        + sha
        + "\",\"node_id\":\"C_kwDOA"
        + sha.substring(0, 20)
        + "\",\"commit\":{\"author\":{\"name\":\"Developer "
        + author
        + "\",\"email\":\""
        + email
        + "\",\"date\":\""
        + date
        + "\"},\"committer\":{\"name\":\"GitHub\",\"email\":"
        + "\"noreply@github.com\",\"date\":\""
        + date
        + "\"},\"message\":\"Fix the thing in module "
        + (author % 17)
        + "\\n\\nA longer explanation of the change, as commit messages have.\","
        + "\"tree\":{\"sha\":\""
        + sha
        + "\",\"url\":\""
        + url
        + "\"},\"url\":\""
        + url
        + "\",\"comment_count\":0,\"verification\":{\"verified\":true,\"reason\":\"valid\","
        + "\"signature\":null,\"payload\":null,\"verified_at\":\""
        + date
        + "\"}},\"url\":\""
        + url
        + "\",\"html_url\":\"https://github.com/o/p"
        + p
        + "/commit/"
        + sha
        + "\",\"comments_url\":\""
        + url
        + "/comments\",\"author\":"
        + user(login, 1000 + author)
        + ",\"committer\":"
        + user("web-flow", 19864447)
        + ",\"parents\":"
        + parents
        + "}";
  }

  private static String detail(String sha, SplittableRandom random) {
    int files = 1 + random.nextInt(8);
    StringBuilder list = new StringBuilder("[");
    for (int f = 0; f < files; f++) {
      list.append(f == 0 ? "" : ",")
          .append("{\"sha\":\"")
          .append(sha)
          .append("\",\"filename\":\"src/f")
          .append(f)
          .append(".c\",\"status\":\"modified\",\"additions\":3,\"deletions\":1,\"changes\":4,")
          .append("\"patch\":\"@@ -1,3 +1,5 @@\\n-old\\n+new\\n+more\"}");
    }
    return "{\"sha\":\""
        + sha
        + "\",\"stats\":{\"total\":"
        + (files * 4)
        + ",\"additions\":"
        + (files * 3)
        + ",\"deletions\":"
        + files
        + "},\"files\":"
        + list.append(']')
        + "}";
  }
}
