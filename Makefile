# OSS Atlas. `make site` builds the site, `make test` runs the tests, `make harvest` is for cron.
# Targets depend on real files, so a second `make site` with nothing changed does (almost) nothing.

MVN      ?= mvn -B -q
OSSATLAS ?= ./ossatlas
DATA     ?= data
OUT      ?= site-out
SHEETS   ?= curated-sheets

JAR          := cli/target/ossatlas.jar
STAMPS       := $(DATA)/stamps
BUILD_INPUTS := $(shell find pom.xml */pom.xml */src templates/pages templates/assets -type f 2>/dev/null)
SHEET_FILES  := $(wildcard $(SHEETS)/*.csv)
RAW_FILES    := $(shell find $(DATA)/raw -name '*.jsonl.gz' 2>/dev/null)
COMMITS      := $(DATA)/commits.csv.gz

.PHONY: all build site test harvest compact deploy preview graph bench clean fmt html-check lighthouse sheets

all: site

build: $(JAR)

$(JAR): $(BUILD_INPUTS)
	$(MVN) -DskipTests -Dspotless.check.skip=true package
	@touch $@

# The pipeline as file dependencies, so that only the stages whose inputs changed run again:
#   raw store ──compact──► commits.csv.gz ─┐
#   sheets ──load──► stamps/graph.loaded ──┴─analyze──► stamps/analyze.done ──render──► site-out/
# Every command is atomic on its own (a failing stage leaves its outputs as they were), so there
# is no .DELETE_ON_ERROR: make must never delete a good site or commit table. A stage that fails
# after its work (a reconciliation mismatch) removes its stamp, so the next run repeats it.
ifneq ($(RAW_FILES),)
$(COMMITS): $(RAW_FILES) $(JAR)
	$(OSSATLAS) compact --sheets $(SHEETS) --data $(DATA)
	@touch $@
ANALYZE_INPUTS := $(COMMITS)
else
ANALYZE_INPUTS := $(wildcard $(COMMITS))
endif

$(STAMPS)/graph.loaded: $(JAR) $(SHEET_FILES)
	$(OSSATLAS) load --sheets $(SHEETS) --data $(DATA) || { rm -f $@; exit 1; }
	@touch $@

$(STAMPS)/analyze.done: $(STAMPS)/graph.loaded $(ANALYZE_INPUTS)
	$(OSSATLAS) analyze --data $(DATA) || { rm -f $@; exit 1; }
	@touch $@

site: $(OUT)/index.html

$(OUT)/index.html: $(STAMPS)/analyze.done
	$(OSSATLAS) render --data $(DATA) --out $(OUT)
	@touch $@

compact: $(JAR)
	$(OSSATLAS) compact --sheets $(SHEETS) --data $(DATA)

# Every test, the formatter check and the build gates (enforcer, warnings as errors).
test:
	mvn -B verify

# For cron: stopping at the request budget (exit 75) is a normal hourly outcome.
harvest: $(JAR)
	$(OSSATLAS) harvest --sheets $(SHEETS) --data $(DATA) --quiet || [ $$? -eq 75 ]

# The curators' Google Sheet: every published tab (links in ossatlas.properties), validated, then
# swapped into $(SHEETS) only when valid; prints what changed per sheet.
sheets: $(JAR)
	$(OSSATLAS) sheets pull --sheets $(SHEETS)

deploy: site
	$(OSSATLAS) deploy --data $(DATA) --out $(OUT)

preview: site
	$(OSSATLAS) serve --out $(OUT)

graph: $(JAR)
	$(OSSATLAS) graph --data $(DATA)

# Generated workloads at realistic scale, every stage beside its baseline; never part of `make test`.
# BENCH_ARGS="--scale quick" checks the harness in a minute.
BENCH_ARGS ?= --scale full
bench:
	$(MVN) -Pbench -DskipTests -Dspotless.check.skip=true package
	java -Xmx4g -Djava.awt.headless=true -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
	  org.ossatlas.bench.BenchMain $(BENCH_ARGS)

# Every page of the built site through the W3C Nu HTML checker (vnu, from Maven Central).
VNU_CP := tools/html-check/target/classpath.txt
$(VNU_CP): tools/html-check/pom.xml
	$(MVN) -f tools/html-check/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
html-check: site $(VNU_CP)
	java -cp "$$(cat $(VNU_CP))" nu.validator.client.SimpleCommandLineValidator \
	  --skip-non-html --errors-only --format gnu $(OUT)

fmt:
	$(MVN) spotless:apply

clean:
	$(MVN) clean
	rm -rf $(OUT)

# Lighthouse (performance >= 90, accessibility 100) on one page of every type; needs node and
# /usr/bin/chromium. Not part of `make test`.
lighthouse: site
	tools/lighthouse/run.sh $(OUT)
