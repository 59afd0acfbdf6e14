package org.ossatlas.graph.load;

import java.util.List;

/** A curated node label: its key is {@code id}, the properties are the ones the sheets own. */
record NodeSpec(String label, List<String> properties) {}
