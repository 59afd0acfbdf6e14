package org.ossatlas.harvester.raw;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a sequence of gzip members, accounting for every byte of the file: it ends only
 * exactly after a complete member's trailer, and anything else (a malformed header, bad deflate
 * data, a bad CRC or size, a member cut short at the end of the file) is a {@link Damage}. {@link
 * java.util.zip.GZIPInputStream} instead treats a malformed header after a member as the end of the
 * stream, silently dropping everything after it.
 */
final class GzipMemberStream extends InputStream {
  private static final int[] MAGIC = {0x1f, 0x8b, 8, GzipMembers.FLAGS_WE_ACCEPT};

  /** Where and how a file stops being a sequence of complete members. */
  static final class Damage extends IOException {
    private static final long serialVersionUID = 1L;

    /** The member ends at the end of the file, inside its header, deflate data or trailer. */
    final boolean shortAtEnd;

    Damage(String message, boolean shortAtEnd) {
      super(message);
      this.shortAtEnd = shortAtEnd;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] one = new byte[1];
  private int length;
  private int position;
  private long bufferStart;
  private long memberStart;
  private int members;
  private boolean inMember;
  private boolean ended;

  GzipMemberStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember) {
        if (position == length && !fill()) {
          ended = true; // the file ends right after a complete member (or is empty)
          break;
        }
        readHeader();
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw damage("bad deflate data: " + e.getMessage(), false);
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        position = length - inflater.getRemaining();
        readTrailer();
      } else if (inflater.needsDictionary()) {
        throw damage("deflate data asks for a dictionary", false);
      } else if (inflater.needsInput()) {
        if (!fill()) {
          throw damage("deflate data cut short at the end of the file", true);
        }
        inflater.setInput(buffer, position, length - position);
        position = length;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }

  private void readHeader() throws IOException {
    memberStart = bufferStart + position;
    for (int i = 0; i < GzipMembers.HEADER; i++) {
      int c = nextByte();
      if (c < 0) {
        throw damage("header cut short at the end of the file", true);
      }
      if (i < MAGIC.length && c != MAGIC[i]) {
        throw damage("not a gzip member header", false);
      }
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    if (position < length) {
      inflater.setInput(buffer, position, length - position);
      position = length;
    }
  }

  private void readTrailer() throws IOException {
    long expectedCrc = 0;
    long expectedSize = 0;
    for (int i = 0; i < GzipMembers.TRAILER; i++) {
      int c = nextByte();
      if (c < 0) {
        throw damage("trailer cut short at the end of the file", true);
      }
      if (i < 4) {
        expectedCrc |= (long) c << (8 * i);
      } else {
        expectedSize |= (long) c << (8 * (i - 4));
      }
    }
    if (expectedCrc != crc.getValue()) {
      throw damage("CRC does not match the content", false);
    }
    if (expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw damage("size does not match the content", false);
    }
    members++;
    inMember = false;
  }

  private int nextByte() throws IOException {
    if (position == length && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xff;
  }

  /** Reads the next block of the file into the (fully consumed) buffer; false at end of file. */
  private boolean fill() throws IOException {
    bufferStart += length;
    position = 0;
    length = 0;
    int n;
    while ((n = in.read(buffer)) == 0) {
      // a stream may return 0 for a non-empty buffer only transiently
    }
    if (n < 0) {
      return false;
    }
    length = n;
    return true;
  }

  private Damage damage(String problem, boolean shortAtEnd) {
    return new Damage(
        "gzip member " + (members + 1) + " at byte " + memberStart + " (" + problem + ")",
        shortAtEnd);
  }
}
