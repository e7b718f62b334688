#!/usr/bin/env sh
# The browser tests drive Debian's Chromium (a test tool's own browser download is not
# possible here). Installs it when missing; needs root, as on the project's machines.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
echo "Installing Debian's chromium for the browser tests…"
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing: run 'sudo apt-get install chromium'" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
