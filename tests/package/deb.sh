#!/usr/bin/env bash
# The Debian package (cmake/package.cmake), as an office gets it: builds
# cppcc_VERSION_ARCH.deb with `cpack -G DEB` in the build directory, checks what it holds
# and what it depends on, then uses the installed files: `cppcc --version`, `man -w cppcc`,
# a database made by the installed binary and a completion query through the installed
# bash completion. As root (CI) it installs the package with dpkg -i and removes it with
# dpkg -r at the end; otherwise it extracts it with dpkg-deb -x into a scratch directory
# and checks the same files there.
#
#   tests/package/deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-deb.XXXXXX")
installed=0
cleanup() {
  ((installed)) && dpkg -r cppcc >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "deb.sh: $*" >&2; exit 1; }

(cd "$build" && rm -f cppcc_*.deb && cpack -G DEB >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$build"/cppcc_*.deb)
[[ $(basename "$deb") =~ ^cppcc_[0-9.]+_$(dpkg --print-architecture)\.deb$ ]] ||
  fail "unexpected package name $(basename "$deb")"

# Depends is dpkg-shlibdeps' reading of the binary's libraries.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libsqlite3-0 libyaml-cpp libfmt libzip libstdc++6; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

listing=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
for file in /usr/bin/cppcc /usr/bin/cppcc-remind /usr/share/man/man1/cppcc.1.gz \
  /usr/share/man/man1/cppcc-proposal.1.gz /usr/share/bash-completion/completions/cppcc \
  /usr/share/zsh/vendor-completions/_cppcc /usr/share/doc/cppcc/examples/cppcc-remind \
  /usr/share/doc/cppcc/examples/crontab.example /usr/share/doc/cppcc/examples/cppcc.yaml \
  /usr/share/doc/cppcc/examples/mapping.yaml /usr/share/doc/cppcc/README.md \
  /usr/share/doc/cppcc/examples/sample-2023/提案台账.xlsx; do
  grep -qxF "$file" <<<"$listing" || fail "the package has no $file"
done
# One manual page per command group, as built.
pages=$(grep -c '^/usr/share/man/man1/cppcc.*\.1\.gz$' <<<"$listing")
(($(ls "$build"/man/*.1.gz | wc -l) == pages)) || fail "$pages manual pages in the package"

if (($(id -u) == 0)); then
  # Some images exclude manual pages and docs from packages; this package's are its point.
  dpkg --path-include='/usr/share/man/*' --path-include='/usr/share/doc/cppcc/*' -i "$deb" \
    >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
  installed=1
  root=""
  bin=/usr/bin/cppcc
  where=$(man -w cppcc) || fail "man -w cppcc found nothing"
else
  dpkg-deb -x "$deb" "$work/root"
  root=$work/root
  bin=$root/usr/bin/cppcc
  where=$(MANPATH=$root/usr/share/man man -w cppcc) || fail "man -w cppcc found nothing"
fi
[[ $where == "$root/usr/share/man/man1/cppcc.1.gz" ]] || fail "man -w cppcc: $where"
# Each output is read whole before it is searched: with pipefail, grep -q leaving early
# would make the writer's SIGPIPE fail the check.
page=$(man -l "$where" 2>/dev/null) || fail "man -l $where failed"
grep -q 'records toolkit for a CPPCC' <<<"$page" || fail "cppcc(1) does not render"

version=$("$bin" --version)
grep -qE '^cppcc [0-9]' <<<"${version%%$'\n'*}" || fail "cppcc --version: $version"
"$bin" --version

# The installed binary on a database of its own, with the installed examples.
examples=$root/usr/share/doc/cppcc/examples
cd "$work"
"$bin" --db office.db -q db init
shown=$("$bin" --db office.db --config "$examples/cppcc.yaml" config show)
grep -q 汉滨区政协 <<<"$shown" ||
  fail "the example cppcc.yaml is not read"
"$bin" --db office.db -q unit add --name 区水利局 --kind government

# A completion query through the installed bash completion, as bash calls it on Tab.
reply=$(CPPCC_DB=$work/office.db bash -c '
  source "$1"
  COMP_WORDS=("$2" proposal assign P1 --lead 区水) COMP_CWORD=5
  COMP_LINE="${COMP_WORDS[*]}" COMP_POINT=${#COMP_LINE}
  _cppcc
  printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/cppcc" "$bin")
[[ $reply == 区水利局 ]] || fail "completion of 'proposal assign P1 --lead 区水': '$reply'"
echo "deb.sh: $(basename "$deb") ($(du -k "$deb" | cut -f1) KB) $( ((installed)) && echo installed with dpkg -i || echo extracted), checked"
