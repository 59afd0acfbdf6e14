package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our .mailmap reading against {@code git check-mailmap} on the same file. */
class MailmapTest {
  static final String MAILMAP =
      "# comment line\n"
          + "Proper Name <commit@example.org>\n"
          + "<proper@example.org> <old@example.org>\n"
          + "Both Fixed <both@example.org> <both-old@example.org>\n"
          + "Only Bobby <bobby@example.org> Bobby <shared@example.org>\n"
          + "Shared Default <shared@example.org>\n"
          + "Later Wins <commit@example.org>\n"
          + "  Spaced   Name   <spaced@example.org>   # trailing\n"
          + "broken line without email\n"
          + "Empty <>\n";

  static final List<String> PEOPLE =
      List.of(
          "Someone <commit@example.org>",
          "Someone <COMMIT@Example.org>",
          "Anyone <old@example.org>",
          "X <both-old@example.org>",
          "Bobby <shared@example.org>",
          "bobby <SHARED@example.org>",
          "Robert <shared@example.org>",
          "Who <spaced@example.org>",
          "Unknown <nobody@example.org>");

  @Test
  void mapsEveryFormAsGitDoes(@TempDir Path dir) {
    GitCli git = GitCli.init(dir.resolve("repo"));
    git.write(".mailmap", MAILMAP);
    Mailmap ours = Mailmap.parse(MAILMAP);
    for (String person : PEOPLE) {
      String expected = git.run("check-mailmap", person).strip();
      String name = person.substring(0, person.indexOf('<')).strip();
      String email = person.substring(person.indexOf('<') + 1, person.indexOf('>'));
      Mailmap.Identity mapped = ours.map(name, email);
      assertEquals(expected, mapped.name() + " <" + mapped.email() + ">", person);
    }
  }
}
