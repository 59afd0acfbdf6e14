package org.ossatlas.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ossatlas.site.render.SearchRenderer.Entry;

/**
 * The search index in pieces, so that a search downloads only what it needs (one file of 1.45 MB
 * was fetched whole before the first search of a 10,000-project atlas):
 *
 * <ul>
 *   <li>{@code search/words/K.json}: every word starting with the character {@code K} ({@code
 *       a}–{@code z}, {@code 0}–{@code 9}, {@code _} for any other) mapped to the entries that
 *       contain it, as {@code entry * 4 + where}: 0 a word of the text, 1 a word of the name, 2 the
 *       end of a word of the name (so that {@code torch} finds PyTorch);
 *   <li>{@code search/entries/N.json}: the entries {@code N * }{@value #CHUNK} onwards, each {@code
 *       [kind, name, href, text, context]}, in A–Z order of the names.
 * </ul>
 *
 * A search for {@code dag} loads {@code words/d.json}, ranks the entries, and loads only the entry
 * files of the results it shows. Words are folded as the script folds them: lower case, accents
 * dropped.
 */
final class SearchIndex {
  /** Entries per entry file: a popup of 8 results needs at most 8 small files. */
  static final int CHUNK = 64;

  /** Name endings shorter than this are not indexed ({@code rch} would find too much). */
  static final int MIN_INFIX = 3;

  static final String WORDS = "search/words/";
  static final String ENTRIES = "search/entries/";

  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

  private SearchIndex() {}

  /** File name (under the site root) to bytes, for every piece of the index. */
  static Map<String, byte[]> files(List<Entry> entries) {
    SortedMap<String, SortedMap<String, TreeSet<Integer>>> shards = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      for (String word : words(e.name())) {
        add(shards, word, i * 4 + 1);
        for (int from = 1; from + MIN_INFIX <= word.length(); from++) {
          add(shards, word.substring(from), i * 4 + 2);
        }
      }
      for (String word : words(e.text() + " " + e.context() + " " + e.kind())) {
        add(shards, word, i * 4);
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    shards.forEach((key, words) -> files.put(WORDS + key + ".json", bytes(json, words)));
    for (int from = 0; from < entries.size(); from += CHUNK) {
      List<List<String>> chunk = new ArrayList<>();
      for (Entry e : entries.subList(from, Math.min(entries.size(), from + CHUNK))) {
        chunk.add(List.of(e.kind(), e.name(), e.href(), e.text(), e.context()));
      }
      files.put(ENTRIES + (from / CHUNK) + ".json", bytes(json, chunk));
    }
    return files;
  }

  /** The folded words of {@code text}, as the script splits a query. */
  static List<String> words(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    List<String> words = new ArrayList<>();
    for (String w : SPLIT.split(folded)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The file a word is in: its first character when a–z or 0–9, else {@code _}. */
  static String shard(String word) {
    char c = word.charAt(0);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : "_";
  }

  private static void add(
      SortedMap<String, SortedMap<String, TreeSet<Integer>>> shards, String word, int posting) {
    TreeSet<Integer> postings =
        shards
            .computeIfAbsent(shard(word), k -> new TreeMap<>())
            .computeIfAbsent(word, k -> new TreeSet<>());
    // An entry counts once per word, at its best place: name, then name ending, then text.
    int entry = posting / 4;
    Integer existing = postings.ceiling(entry * 4);
    if (existing == null || existing / 4 != entry) {
      postings.add(posting);
    } else if (rank(posting) > rank(existing)) {
      postings.remove(existing);
      postings.add(posting);
    }
  }

  private static int rank(int posting) {
    return switch (posting % 4) {
      case 1 -> 3;
      case 2 -> 2;
      default -> 1;
    };
  }

  private static byte[] bytes(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the search index", e);
    }
  }
}
