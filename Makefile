# tinyip: one binary per cmd/*.c, over lib/libtinyip.a and libmnl.

CMDS = nsadd nslist nsdel nsexec vethadd bradd vxlanadd linkset linkdel \
       addradd addrdel routeadd routedel \
       linklist addrlist routelist nsmap
LIBOBJS = rtnl netns link addr route parse names show snapshot print print_detail print_bridge json report cli \
          explain topo topo_show jsonread batch pool

CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS = -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wformat=2 \
           -Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers
ifeq ($(SANITIZE),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif
MNL_CFLAGS = $(shell pkg-config --cflags libmnl 2>/dev/null)
MNL_LIBS = $(shell pkg-config --libs libmnl 2>/dev/null || echo -lmnl)
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)
# Small binaries: drop unused functions, and no page-aligned code segment.
# No unwind tables either: C without exceptions never unwinds at run
# time, and -g still gives debuggers and valgrind their frames
# (.debug_frame) until the binary is stripped.
SMALL_CFLAGS = -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables
SMALL_LDFLAGS = -Wl,--gc-sections -Wl,-z,noseparate-code
ALL_CFLAGS = $(WARNINGS) $(SMALL_CFLAGS) $(CFLAGS) -Ilib $(MNL_CFLAGS)

BINS = $(addprefix bin/,$(CMDS))
# The guide scripts in scripts/, installed as tinyip-NAME-guide.
GUIDES = veth bridge overview two-host
LIB = build/libtinyip.a
UNIT = build/unit-tests

all: $(BINS) bin/tinyip

# The packages each goal needs (scripts/deps names them). A build only
# checks, and stops naming what is missing and how to install it; the
# goals that run tests or tools install what is missing, saying which.
DEPS_check = test
DEPS_unit = test
DEPS_e2e = test
DEPS_distcheck = test
DEPS_valgrind = test valgrind
DEPS_lint = lint
DEPS_fuzz = fuzz
INSTALLING_GOALS = check unit e2e distcheck valgrind lint fuzz
deps:
	@scripts/deps $(if $(filter $(INSTALLING_GOALS),$(MAKECMDGOALS)),--install) \
		build $(sort $(foreach goal,$(MAKECMDGOALS),$(DEPS_$(goal))))

build/%.o: lib/%.c lib/*.h | build deps
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Explain mode (-v) is a library of its own, loaded only when asked, so
# that no command carries the decoder and its tables; it runs once a
# message, for a person to read: built for size.
LIBDIR ?= $(PREFIX)/lib
EXPLAIN_LIB = bin/tinyip-explain.so
EXPLAIN_OBJS = $(addprefix build/pic/,explainer.o decode.o names.o)
build/pic/%.o: lib/%.c lib/*.h | build deps
	@mkdir -p build/pic
	$(CC) $(ALL_CFLAGS) -Os -fPIC -fvisibility=hidden -c -o $@ $<
$(EXPLAIN_LIB): $(EXPLAIN_OBJS) | bin
	$(CC) -shared $(SMALL_LDFLAGS) $(LDFLAGS) -o $@ $^
all: $(EXPLAIN_LIB)
build/explain.o: ALL_CFLAGS += -DTINYIP_EXPLAIN_LIB='"$(LIBDIR)/tinyip/tinyip-explain.so"'

$(LIB): $(addprefix build/,$(addsuffix .o,$(LIBOBJS)))
	$(AR) rcs $@ $^

bin/%: cmd/%.c $(LIB) lib/*.h | bin
	$(CC) $(ALL_CFLAGS) $(SMALL_LDFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(MNL_LIBS)

# The commands without their main, for running them in one process.
CMD_OBJS = $(addprefix build/cmd/,$(addsuffix .o,$(CMDS)))
build/cmd/%.o: cmd/%.c lib/*.h | build deps
	@mkdir -p build/cmd
	$(CC) $(ALL_CFLAGS) -DTINYIP_NO_MAIN -c -o $@ $<

# Every command in one program: tinyip CMD, and tinyip -b FILE.
bin/tinyip: cmd/tinyip.c $(CMD_OBJS) $(LIB) lib/*.h | bin
	$(CC) $(ALL_CFLAGS) $(SMALL_LDFLAGS) $(LDFLAGS) -o $@ $< $(CMD_OBJS) $(LIB) $(MNL_LIBS)

$(UNIT): tests/unit/*.c tests/unit/*.h $(CMD_OBJS) build/decode.o $(LIB) lib/*.h | build
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) $(LDFLAGS) -o $@ tests/unit/*.c \
		$(CMD_OBJS) build/decode.o $(LIB) $(MNL_LIBS) $(CHECK_LIBS)

# scripts/bench-lab's floor: its lab done by one process, no more than
# the kernel needs.
build/lab-floor: scripts/lab-floor.c | build deps
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(MNL_LIBS)

# The tests' fault injector (tests/e2e/fault.c), preloaded by
# t-faults.sh: plain, so that it loads into a sanitized command too.
FAULT_SO = build/fault.so
$(FAULT_SO): tests/e2e/fault.c | build
	$(CC) $(WARNINGS) -O2 -g -fPIC -shared $(LDFLAGS) -o $@ $< -ldl

build bin:
	mkdir -p $@

check: deps all $(UNIT) $(FAULT_SO) man-check install-check
	$(UNIT)
	tests/e2e/run
	$(MAKE) -s e2e-explain

# The e2e suite again with every command explaining (-vv) to a file of
# its own (TINYIP_EXPLAIN_FD): every check of stdout, stderr and exit
# status must hold as without it. For CI's time, not the tests that only
# compare more listings with ip, drive the guides' checks or inject
# faults: their commands explain themselves in the other tests.
E2E_EXPLAIN_SKIP = t-workshop t-nsmap t-faults t-batch-guides t-json t-lists t-requests t-details t-two-host-guide
E2E_EXPLAIN_TESTS = $(filter-out $(E2E_EXPLAIN_SKIP:%=tests/e2e/%.sh),$(sort $(wildcard tests/e2e/t-*.sh)))
e2e-explain: all $(FAULT_SO)
	@log=$$(mktemp) && out=$$(mktemp) && \
	TINYIP_EXPLAIN=2 TINYIP_EXPLAIN_FD=9 tests/e2e/run $(E2E_EXPLAIN_TESTS) >$$out 9>>$$log; status=$$?; \
	sed 's/^e2e:/e2e with -vv:/' $$out; lines=$$(wc -l <$$log); rm -f $$log $$out; \
	echo "e2e-explain: the commands explained themselves in $$lines lines"; \
	[ "$$status" = 0 ] && [ "$$lines" -gt 1000 ]

# Every command has its page, and every page lints clean with mandoc and
# renders without a warning with groff.
man-check:
	@for cmd in $(CMDS) tinyip; do \
		test -f man/$$cmd.8 || { echo "man/$$cmd.8 is missing" >&2; exit 1; }; \
	done
	@command -v mandoc >/dev/null 2>&1 || \
		{ echo "man-check: needs mandoc (apt-get install mandoc)" >&2; exit 1; }
	@warnings=$$(mandoc -Tlint -Wwarning man/*.8 man/tinyip.7 2>&1; \
		groff -mandoc -ww -z man/*.8 man/tinyip.7 2>&1); \
		[ -z "$$warnings" ] || { echo "$$warnings" >&2; exit 1; }

unit: deps all $(UNIT)
	$(UNIT)

e2e: deps all $(FAULT_SO)
	tests/e2e/run

# The commands run in one process (the unit suite "commands"), then the
# end-to-end tests with every tinyip command, under valgrind: any error
# or leak fails. The tests of scale (20 namespaces, 401
# links) are left out: under valgrind they alone take minutes.
VALGRIND_TESTS = tests/e2e/t-veth-guide.sh tests/e2e/t-netns.sh \
	tests/e2e/t-link.sh tests/e2e/t-bridge.sh tests/e2e/t-errors.sh tests/e2e/t-explain.sh \
	tests/e2e/t-batch.sh
valgrind: deps all $(UNIT)
	CK_FORK=no CK_RUN_SUITE=commands valgrind -q --error-exitcode=99 \
		--leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
		--child-silent-after-fork=yes $(UNIT)
	scripts/valgrind-bin build/valgrind-bin
	TINYIP_BIN=$(CURDIR)/build/valgrind-bin E2E_JOBS=2 tests/e2e/run $(VALGRIND_TESTS)

# libFuzzer targets (clang) for the parsers and for reading replies; each
# runs FUZZ_SECONDS and keeps what it finds new in tests/fuzz/corpus/NAME.
FUZZ_TARGETS = fuzz_names fuzz_prefix fuzz_mac fuzz_words fuzz_replies fuzz_decode fuzz_jsonread fuzz_split
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
# lib/ is built once for all the targets (no libFuzzer main in it), and
# each target links it.
FUZZ_FLAGS = $(WARNINGS) -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all \
	-Ilib $(MNL_CFLAGS)
FUZZ_LIB_OBJS = $(patsubst lib/%.c,build/fuzz/lib/%.o,$(wildcard lib/*.c))
build/fuzz/lib/%.o: lib/%.c lib/*.h | deps
	@mkdir -p build/fuzz/lib
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
build/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_LIB_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJS) $(MNL_LIBS)
# One run a target, so that make -j2 fuzz runs two at once.
FUZZ_RUNS = $(addprefix fuzz-run-,$(FUZZ_TARGETS))
fuzz: $(FUZZ_RUNS)
$(FUZZ_RUNS): fuzz-run-%: deps build/fuzz/%
	@mkdir -p tests/fuzz/corpus/$*
	@build/fuzz/$* -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -print_final_stats=1 \
		tests/fuzz/corpus/$* 2>build/fuzz/$*.log || { tail -40 build/fuzz/$*.log; exit 1; }
	@grep -h 'stat::number_of_executed_units' build/fuzz/$*.log | sed "s/^/$*: /"

# The veth guide in a throwaway sandbox: nothing on the host changes.
demo:
	scripts/demo

# cppcheck reads libmnl.h first, for its macros (mnl_attr_for_each_nested
# under an if is an unknown macro to it otherwise).
MNL_HEADER = $(or $(shell pkg-config --variable=includedir libmnl 2>/dev/null),/usr/include)/libmnl/libmnl.h
lint: deps
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
		--inline-suppr -Ilib --include=$(MNL_HEADER) lib cmd
	clang-tidy --quiet lib/*.c cmd/*.c -- $(WARNINGS) -Ilib $(MNL_CFLAGS)

# Where make install puts things; DESTDIR is put before each.
PREFIX ?= /usr/local
SBINDIR ?= $(PREFIX)/sbin
MANDIR ?= $(PREFIX)/share/man
# bash-completion's own directory for this PREFIX, where pkg-config knows it.
BASHCOMPDIR ?= $(or $(shell pkg-config --define-variable=prefix=$(PREFIX) \
	--variable=completionsdir bash-completion 2>/dev/null), \
	$(PREFIX)/share/bash-completion/completions)

install: all
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(BASHCOMPDIR)
	install -m 755 $(BINS) bin/tinyip $(DESTDIR)$(SBINDIR)
	install -d $(DESTDIR)$(LIBDIR)/tinyip
	install -m 644 $(EXPLAIN_LIB) $(DESTDIR)$(LIBDIR)/tinyip
	install -m 644 $(addprefix man/,$(addsuffix .8,$(CMDS) tinyip)) $(DESTDIR)$(MANDIR)/man8
	install -m 644 man/tinyip.7 $(DESTDIR)$(MANDIR)/man7
	install -m 644 completion/tinyip.bash $(DESTDIR)$(BASHCOMPDIR)/tinyip
	# bash-completion loads a command's completion by the command's name.
	for cmd in $(CMDS) $(foreach guide,$(GUIDES),tinyip-$(guide)-guide); do \
		ln -sf tinyip $(DESTDIR)$(BASHCOMPDIR)/$$cmd; done
	# The guide scripts, as tinyip-NAME-guide, with their library; they find
	# the commands and the library where they are installed.
	for guide in $(GUIDES); do \
		sed -e 's|^PATH=.*|PATH="$${TINYIP_BIN:-$(SBINDIR)}:$$PATH"|' \
		    -e 's|^guide_lib=.*|guide_lib=$${TINYIP_GUIDE_LIB:-$(LIBDIR)/tinyip/guide-lib.sh}|' \
		    scripts/$$guide-guide.sh >$(DESTDIR)$(SBINDIR)/tinyip-$$guide-guide && \
		chmod 755 $(DESTDIR)$(SBINDIR)/tinyip-$$guide-guide && \
		echo '.so man8/tinyip-guides.8' >$(DESTDIR)$(MANDIR)/man8/tinyip-$$guide-guide.8 || exit 1; \
	done
	install -m 644 scripts/guide-lib.sh scripts/guide-check.awk $(DESTDIR)$(LIBDIR)/tinyip
	install -m 644 man/tinyip-guides.8 $(DESTDIR)$(MANDIR)/man8

uninstall:
	rm -f $(addprefix $(DESTDIR)$(SBINDIR)/,$(CMDS) tinyip)
	rm -f $(foreach guide,$(GUIDES),$(DESTDIR)$(SBINDIR)/tinyip-$(guide)-guide \
		$(DESTDIR)$(MANDIR)/man8/tinyip-$(guide)-guide.8) $(DESTDIR)$(MANDIR)/man8/tinyip-guides.8
	rm -f $(DESTDIR)$(LIBDIR)/tinyip/guide-lib.sh $(DESTDIR)$(LIBDIR)/tinyip/guide-check.awk
	rm -f $(DESTDIR)$(LIBDIR)/tinyip/tinyip-explain.so
	-rmdir $(DESTDIR)$(LIBDIR)/tinyip 2>/dev/null
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man8/,$(addsuffix .8,$(CMDS) tinyip))
	rm -f $(DESTDIR)$(MANDIR)/man7/tinyip.7
	rm -f $(DESTDIR)$(BASHCOMPDIR)/tinyip $(addprefix $(DESTDIR)$(BASHCOMPDIR)/,$(CMDS)) \
		$(foreach guide,$(GUIDES),$(DESTDIR)$(BASHCOMPDIR)/tinyip-$(guide)-guide)

# Install into a scratch DESTDIR, run what was installed, uninstall.
install-check: all
	@dest=$$(mktemp -d) && \
	$(MAKE) -s install DESTDIR=$$dest PREFIX=/usr && \
	$$dest/usr/sbin/nsadd --version | grep -q '^nsadd (tinyip) $(VERSION)$$' && \
	for cmd in $(CMDS); do \
		test -x $$dest/usr/sbin/$$cmd && test -f $$dest/usr/share/man/man8/$$cmd.8 && \
		test -e $$dest/usr/share/bash-completion/completions/$$cmd || \
		{ echo "install-check: $$cmd is not all installed" >&2; exit 1; }; \
	done && test -f $$dest/usr/share/man/man7/tinyip.7 && \
	test -f $$dest/usr/share/man/man8/tinyip.8 && \
	$$dest/usr/sbin/tinyip -V | grep -q '^tinyip $(VERSION)$$' && \
	echo 'nsadd -V' | $$dest/usr/sbin/tinyip -b - | grep -q '^nsadd (tinyip) $(VERSION)$$' && \
	test -f $$dest/usr/lib/tinyip/tinyip-explain.so && \
	for guide in $(GUIDES); do \
		test -x $$dest/usr/sbin/tinyip-$$guide-guide && \
		test -f $$dest/usr/share/man/man8/tinyip-$$guide-guide.8 && \
		test -e $$dest/usr/share/bash-completion/completions/tinyip-$$guide-guide || \
		{ echo "install-check: tinyip-$$guide-guide is not all installed" >&2; exit 1; }; \
	done && test -f $$dest/usr/lib/tinyip/guide-check.awk && \
	grep -qx 'PATH="$${TINYIP_BIN:-/usr/sbin}:$$PATH"' $$dest/usr/sbin/tinyip-veth-guide && \
	TINYIP_GUIDE_LIB=$$dest/usr/lib/tinyip/guide-lib.sh $$dest/usr/sbin/tinyip-bridge-guide --help | \
		grep -q '^usage: tinyip-bridge-guide ' && \
	TINYIP_GUIDE_LIB=$$dest/usr/lib/tinyip/guide-lib.sh $$dest/usr/sbin/tinyip-two-host-guide --batch | \
		grep -q '^vxlanadd -n hostA vxlan0 id 42 ' && \
	$(MAKE) -s uninstall DESTDIR=$$dest PREFIX=/usr && \
	test -z "$$(find $$dest -type f -o -type l)" && rm -rf $$dest && \
	echo "install-check: installed, ran, uninstalled"

# A release tarball that builds and tests on its own: the committed tree
# (HEAD).
VERSION = $(shell sed -n 's/^#define TINYIP_VERSION "\(.*\)"/\1/p' lib/cli.h)
DIST = tinyip-$(VERSION)
dist:
	rm -rf build/$(DIST) && mkdir -p build
	git archive --prefix=$(DIST)/ HEAD | tar -xf - -C build
	tar -czf $(DIST).tar.gz -C build $(DIST)
	rm -rf build/$(DIST)
	@echo "dist: $(DIST).tar.gz"

# The tarball, unpacked elsewhere, builds and passes its unit tests and
# the guide tests.
distcheck: dist
	dir=$$(mktemp -d) && tar -xzf $(DIST).tar.gz -C $$dir && \
	$(MAKE) -C $$dir/$(DIST) -s all unit man-check && \
	$$dir/$(DIST)/tests/e2e/run $$dir/$(DIST)/tests/e2e/t-veth-guide.sh \
		$$dir/$(DIST)/tests/e2e/t-guide-scripts.sh && rm -rf $$dir

clean:
	rm -rf build bin tinyip-*.tar.gz

.PHONY: $(FUZZ_RUNS) all deps check e2e-explain man-check install-check dist distcheck uninstall fuzz unit e2e valgrind demo lint install clean
.SECONDARY:
