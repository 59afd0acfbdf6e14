package org.ossatlas.harvester.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds the complete gzip members of a file. A raw file is a sequence of gzip members, one per
 * append, so a kill can only tear the last one; this scan tells where the intact prefix ends and
 * whether what follows it is such a tear or damage. Written by hand because {@link
 * java.util.zip.GZIPInputStream} reads ahead past member boundaries and cannot report them.
 */
final class GzipMembers {
  static final int HEADER = 10;
  static final int TRAILER = 8;
  static final int FLAGS_WE_ACCEPT = 0; // members written by GZIPOutputStream: no extras

  /** What follows the intact prefix of a file. */
  enum Damage {
    /** Nothing: the file is a sequence of complete members. */
    NONE,
    /**
     * The last member is short (it ends inside its header, deflate data or trailer) and nothing
     * valid follows its start: an append cut by a kill, safe to cut off.
     */
    TORN,
    /**
     * A member is malformed (bad header, bad deflate data, bad CRC or size), or a short member is
     * followed by a complete one: never cut, since checkpoints may point past it.
     */
    CORRUPT
  }

  /**
   * Where the intact prefix of a file ends, the content of its last intact member, and what comes
   * after it ({@code problem} says what is wrong with the member at {@code intactBytes}).
   */
  record Scan(
      byte[] lastMember,
      long intactBytes,
      long fileBytes,
      int intactMembers,
      Damage damage,
      String problem) {
    boolean torn() {
      return damage == Damage.TORN;
    }

    boolean corrupt() {
      return damage == Damage.CORRUPT;
    }

    /** "member 3 at byte 1234 (bad CRC)", for messages. */
    String where() {
      return "gzip member "
          + (intactMembers + 1)
          + " at byte "
          + intactBytes
          + " ("
          + problem
          + ")";
    }
  }

  /** The member at an offset: complete (end > 0), or what is wrong with it. */
  private record Member(int end, byte[] content, boolean shortAtEnd, String problem) {
    static Member bad(String problem) {
      return new Member(-1, null, false, problem);
    }

    static Member cut(String problem) {
      return new Member(-1, null, true, problem);
    }
  }

  private GzipMembers() {}

  static Scan scan(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] last = null;
    int offset = 0;
    int members = 0;
    while (offset < bytes.length) {
      Member member = member(bytes, offset);
      if (member.end() < 0) {
        if (member.shortAtEnd() && !completeMemberAfter(bytes, offset + 1)) {
          return new Scan(last, offset, bytes.length, members, Damage.TORN, member.problem());
        }
        String problem =
            member.shortAtEnd()
                ? member.problem() + ", but a complete member follows it"
                : member.problem();
        return new Scan(last, offset, bytes.length, members, Damage.CORRUPT, problem);
      }
      last = member.content();
      offset = member.end();
      members++;
    }
    return new Scan(last, offset, bytes.length, members, Damage.NONE, null);
  }

  /** Whether a complete, valid member starts anywhere at or after {@code from}. */
  private static boolean completeMemberAfter(byte[] bytes, int from) {
    for (int i = from; i + HEADER + TRAILER <= bytes.length; i++) {
      if ((bytes[i] & 0xff) == 0x1f
          && (bytes[i + 1] & 0xff) == 0x8b
          && bytes[i + 2] == 8
          && bytes[i + 3] == FLAGS_WE_ACCEPT
          && member(bytes, i).end() > 0) {
        return true;
      }
    }
    return false;
  }

  private static Member member(byte[] bytes, int start) {
    int available = bytes.length - start;
    int[] expected = {0x1f, 0x8b, 8, FLAGS_WE_ACCEPT};
    for (int i = 0; i < Math.min(available, expected.length); i++) {
      if ((bytes[start + i] & 0xff) != expected[i]) {
        return Member.bad("not a gzip member header");
      }
    }
    if (available < HEADER) {
      return Member.cut("header cut short at the end of the file");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(bytes, start + HEADER, available - HEADER);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsDictionary()) {
          return Member.bad("deflate data asks for a dictionary");
        }
        if (n == 0 && inflater.needsInput()) {
          return Member.cut("deflate data cut short at the end of the file");
        }
        out.write(buffer, 0, n);
      }
      int trailerAt = bytes.length - inflater.getRemaining();
      if (bytes.length - trailerAt < TRAILER) {
        return Member.cut("trailer cut short at the end of the file");
      }
      byte[] content = out.toByteArray();
      ByteBuffer trailer =
          ByteBuffer.wrap(bytes, trailerAt, TRAILER).order(ByteOrder.LITTLE_ENDIAN);
      CRC32 crc = new CRC32();
      crc.update(content);
      if ((int) crc.getValue() != trailer.getInt()) {
        return Member.bad("CRC does not match the content");
      }
      if (content.length != trailer.getInt()) {
        return Member.bad("size does not match the content");
      }
      return new Member(trailerAt + TRAILER, content, false, null);
    } catch (DataFormatException e) {
      return Member.bad("bad deflate data: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
