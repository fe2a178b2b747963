# Shared by scripts/demo and scripts/test: install what is missing, then build.
# Sourced, not run.

CPPCC_PACKAGES=(cmake g++ ninja-build pkg-config libcli11-dev libsqlitecpp-dev libsqlite3-dev
  libfmt-dev libyaml-cpp-dev doctest-dev sqlite3 libzip-dev libexpat1-dev libfreexl-dev
  libxlsxwriter-dev python3-openpyxl python3-xlwt
  libfreetype-dev
  python3-docx chromium poppler-utils fonts-noto-cjk
  scdoc man-db dpkg-dev file zsh)
# FreeType draws the text of a .docx's charts (cppcc paints them as PNG itself) in the
# Chinese font of fonts-noto-cjk (schemas/documents.yaml, chart_fonts). The tests read the
# office's files back as a reader would: python3-openpyxl (.xlsx), python3-docx (.docx), Chromium (the
# HTML page, its screenshot and PDF) and pdftotext (poppler-utils); fonts-noto-cjk lets
# Chromium draw Chinese in the PDF the demo prints. scdoc makes the manual pages (man/*.scd)
# at build time; man-db's `man -w` finds them in the package test; dpkg-dev (dpkg-shlibdeps)
# and file let `cpack -G DEB` derive the package's Depends from the binary; zsh runs the zsh
# completion function in cli.complete.
# The fuzz targets (scripts/fuzz, the fuzz step of scripts/test) need clang and its
# libFuzzer runtime (libclang-common-14-dev, pulled in by clang).
CPPCC_FUZZ_PACKAGES=(clang)

# Installs the Debian packages that are not installed yet (CPPCC_PACKAGES and any
# given as arguments); silent when all are.
cppcc_install_missing() {
  local missing=() pkg
  for pkg in "${CPPCC_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "installing: ${missing[*]}" >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Configures (once) and builds in build/ at the repository root; extra args go to cmake.
# Builds in $CPPCC_BUILD_DIR (default build/); extra arguments go to the first cmake.
cppcc_build() {
  local root dir
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  dir=${CPPCC_BUILD_DIR:-$root/build}
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCPPCC_WERROR=ON "$@" >/dev/null
  fi
  cmake --build "$dir" -j "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\]' || true
  [[ -x $dir/cppcc ]]
}

# Configures (once) and builds the libFuzzer targets of tests/fuzz/ with clang++ in
# build-fuzz/ (a CMake project of its own: the gcc build is untouched).
cppcc_fuzz_build() {
  local root dir
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  dir=$root/build-fuzz
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$root/tests/fuzz" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
  fi
  local log
  log=$(cmake --build "$dir" -j "$(nproc)" 2>&1) && return 0
  grep -vE '^\[[0-9]+/[0-9]+\]' <<<"$log" >&2
  return 1
}
