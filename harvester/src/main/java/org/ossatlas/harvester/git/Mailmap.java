package org.ossatlas.harvester.git;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * git's {@code .mailmap}, parsed and applied as {@code git log --format=%aN %aE} does (JGit has no
 * mailmap support). The four forms of a line:
 *
 * <ol>
 *   <li>{@code Proper Name <commit@email>} — the name for that e-mail;
 *   <li>{@code <proper@email> <commit@email>} — the e-mail for that e-mail;
 *   <li>{@code Proper Name <proper@email> <commit@email>} — both for that e-mail;
 *   <li>{@code Proper Name <proper@email> Commit Name <commit@email>} — both, only when name and
 *       e-mail match.
 * </ol>
 *
 * E-mails and names match case-insensitively; a line starting with {@code #} is a comment, and text
 * after the last {@code >} is ignored (so trailing comments work); a later line for the same key
 * wins over an earlier one; an entry for a name and e-mail wins over one for the e-mail alone.
 * Immutable once built, so one instance may be shared between threads.
 */
final class Mailmap {
  static final Mailmap EMPTY = new Mailmap();

  /** A mapped identity; either part may be null when that part is left unchanged. */
  record Identity(String name, String email) {}

  private static final class Entry {
    String name;
    String email;
    final Map<String, Identity> byName = new HashMap<>();
  }

  private final Map<String, Entry> byEmail = new HashMap<>();

  private Mailmap() {}

  static Mailmap parse(String text) {
    Mailmap map = new Mailmap();
    for (String rawLine : text.split("\r?\n")) {
      map.readLine(rawLine);
    }
    return map;
  }

  boolean isEmpty() {
    return byEmail.isEmpty();
  }

  /** The identity to show for a commit's name and e-mail (unchanged when nothing matches). */
  Identity map(String name, String email) {
    Entry entry = byEmail.get(key(email));
    if (entry == null) {
      return new Identity(name, email);
    }
    String mappedName = entry.name;
    String mappedEmail = entry.email;
    if (!entry.byName.isEmpty()) {
      Identity specific = entry.byName.get(key(name));
      if (specific != null) {
        mappedName = specific.name();
        mappedEmail = specific.email();
      }
    }
    return new Identity(
        mappedName == null ? name : mappedName, mappedEmail == null ? email : mappedEmail);
  }

  private void readLine(String line) {
    // git: parse "name1 <email1>" then optionally "name2 <email2>" from the rest.
    if (line.startsWith("#")) {
      return;
    }
    int[] pos = {0};
    String[] first = parseNameAndEmail(line, pos, false);
    if (first == null) {
      return;
    }
    String[] second = parseNameAndEmail(line, pos, true);
    String newName = first[0];
    String newEmail = first[1];
    String oldName = second == null ? null : second[0];
    String oldEmail = second == null ? null : second[1];
    if (oldEmail == null) {
      oldEmail = newEmail;
      newEmail = null;
    }
    Entry entry = byEmail.computeIfAbsent(key(oldEmail), k -> new Entry());
    if (oldName == null) {
      if (newName != null) {
        entry.name = newName;
      }
      if (newEmail != null) {
        entry.email = newEmail;
      }
    } else {
      entry.byName.put(key(oldName), new Identity(newName, newEmail));
    }
  }

  /**
   * Reads {@code [name] <email>} from {@code pos}; null when there is none (a blank line, a missing
   * bracket). With {@code allowEmptyEmail} false an empty e-mail is refused, as in git.
   */
  private static String[] parseNameAndEmail(String line, int[] pos, boolean allowEmptyEmail) {
    int start = pos[0];
    if (start >= line.length()) {
      return null;
    }
    int open = line.indexOf('<', start);
    if (open < 0) {
      return null;
    }
    int close = line.indexOf('>', open + 1);
    if (close < 0) {
      return null;
    }
    String name = line.substring(start, open).trim();
    String email = line.substring(open + 1, close);
    if (!allowEmptyEmail && email.isEmpty()) {
      return null;
    }
    pos[0] = close + 1;
    return new String[] {name.isEmpty() ? null : name, email};
  }

  private static String key(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
