#!/usr/bin/env bash
# Installs the Debian packages Restripe needs, only those missing, with apt-get (sudo when not root).
#   releng/debian-packages.sh run    what the workbench needs to start (GTK 3, unzip for the Maven wrapper)
#   releng/debian-packages.sh test   the above plus what the tests drive: Xvfb, socat, ser2net, snmpd, snmp,
#                                    imagemagick (screenshots), xdotool (real input events), postgresql
#                                    (the store tests start their own server in a temporary directory)
set -euo pipefail
run_packages=(libgtk-3-0 unzip curl)
test_packages=(xvfb xauth socat ser2net snmpd snmp imagemagick xdotool dbus-x11 fonts-dejavu-core asciinema postgresql)
case "${1:-run}" in
  run) wanted=("${run_packages[@]}") ;;
  test) wanted=("${run_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
if ! command -v javac >/dev/null 2>&1; then
  wanted+=(openjdk-17-jdk-headless)
fi
# one dpkg-query for all (README command 1 runs this at every start: a query per package cost 0.2 s)
installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}\n' "${wanted[@]}" 2>/dev/null || true)
missing=()
for p in "${wanted[@]}"; do
  grep -qx "ii |$p" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# the Debian snmpd package starts a system agent on port 161; our tests use their own agents on high ports
