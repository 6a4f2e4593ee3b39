# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run. Usage: cc_setup BUILD_DIR [cmake arguments...]

CC_PACKAGES=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n                # Qt's own buttons (Close, Cancel) in French
  libpsl-dev publicsuffix               # registrable domains (first or third party)
  libxml2-dev                          # reading charter pages (HTML) as a browser does
  qt6-declarative-dev                  # QJSEngine: banner configurations are JavaScript
  qt6-charts-dev qt6-svg-dev           # the overview's charts (Qt Charts) and their SVG
  libqt6sql6-psql libpq-dev postgresql # the team server: Qt's driver, libpq (COPY), a server for tests
  sqlite3 python3
  fonts-dejavu-core chromium
  poppler-utils                        # pdftotext: the PDF tests search the text
  clang libclang-rt-14-dev             # libFuzzer (scripts/test --fuzz)
  dpkg-dev file appstream desktop-file-utils # the Debian package and its checks
)

# One configuration for build/: scripts/run and scripts/test pass the same flags, so neither
# undoes the other's build (a newcomer runs one, then the other).
CC_BUILD_FLAGS=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOOKIE_CHARTER_WERROR=ON)

cc_install_missing() {
  local missing=()
  for package in "${CC_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cc_setup() {
  local build_dir=$1
  shift
  cc_install_missing
  cmake -S "$CC_ROOT" -B "$build_dir" "$@" >/dev/null
  cmake --build "$build_dir" -j2
}
