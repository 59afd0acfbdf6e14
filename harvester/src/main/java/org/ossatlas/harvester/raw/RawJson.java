package org.ossatlas.harvester.raw;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of raw lines, so that writers and readers agree. */
final class RawJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  static final ObjectWriter WRITER = MAPPER.writerFor(RawRecord.class);
  static final ObjectReader READER = MAPPER.readerFor(RawRecord.class);

  private RawJson() {}
}
