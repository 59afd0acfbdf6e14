# OSS Atlas. `make site` builds the site, `make test` runs the tests, `make harvest` is for cron.
# Targets depend on real files, so a second `make site` with nothing changed does (almost) nothing.

MVN      ?= mvn -B -q
OSSATLAS ?= ./ossatlas
DATA     ?= data
OUT      ?= site-out
SHEETS   ?= curated-sheets

JAR          := cli/target/ossatlas.jar
BUILD_INPUTS := $(shell find pom.xml */pom.xml */src templates/pages templates/assets -type f 2>/dev/null)
SHEET_FILES  := $(wildcard $(SHEETS)/*.csv)
COMMITS      := $(wildcard $(DATA)/commits.csv.gz)

.PHONY: all build site test harvest compact deploy preview graph bench clean fmt
.DELETE_ON_ERROR:

all: site

build: $(JAR)

$(JAR): $(BUILD_INPUTS)
	$(MVN) -DskipTests -Dspotless.check.skip=true package
	@touch $@

# The site is rebuilt when the code, the sheets or the harvested commits change.
site: $(OUT)/index.html

$(OUT)/index.html: $(JAR) $(SHEET_FILES) $(COMMITS)
	$(OSSATLAS) site --sheets $(SHEETS) --data $(DATA) --out $(OUT)
	@touch $@

# Every test, the formatter check and the build gates (enforcer, warnings as errors).
test:
	mvn -B verify

# For cron: stopping at the request budget (exit 75) is a normal hourly outcome.
harvest: $(JAR)
	$(OSSATLAS) harvest --sheets $(SHEETS) --data $(DATA) --quiet || [ $$? -eq 75 ]

compact: $(JAR)
	$(OSSATLAS) compact --data $(DATA)

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

fmt:
	$(MVN) spotless:apply

clean:
	$(MVN) clean
	rm -rf $(OUT)
