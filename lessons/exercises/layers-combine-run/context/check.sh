#!/bin/sh
# Uptime probe: requests every URL in the list and fails if any of them is down.
set -u
list="${1:-/opt/uptime/urls.txt}"
failed=0
while IFS= read -r url; do
  case "$url" in ''|'#'*) continue ;; esac
  if curl --fail --silent --show-error --max-time 10 --output /dev/null "$url"; then
    echo "up   $url"
  else
    echo "DOWN $url"
    failed=1
  fi
done < "$list"
exit "$failed"
