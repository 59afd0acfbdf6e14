package org.ossatlas.harvester.compact;

import java.io.IOException;
import java.util.Set;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * Turns one kind of raw record into commit rows: the extension point of compaction. A new source
 * adds an implementation and names it in {@code META-INF/services/
 * org.ossatlas.harvester.compact.RecordParser}; the compactor finds it with {@link
 * java.util.ServiceLoader} and dispatches on {@code (source, kind)}.
 *
 * <p>Contract: a parser is stateless (one instance serves every thread); it reports every commit
 * entry of the record through {@link CommitSink#commit} and returns how many commit entries the
 * record holds, which compaction reconciles against what it keeps and drops. A record whose body
 * does not have the documented shape is invalid data: throw an {@link IOException} or {@link
 * IllegalArgumentException} and compaction names the file and record.
 */
public interface RecordParser {
  /** The {@code source/kind} pairs this parser reads, e.g. {@code github/commits}. */
  Set<String> kinds();

  /** Parses one record; returns the number of commit entries it holds (0 for other records). */
  long parse(RawRecord record, CommitSink sink) throws IOException;

  static String key(String source, String kind) {
    return source + "/" + kind;
  }
}
