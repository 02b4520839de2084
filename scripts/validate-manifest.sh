#!/usr/bin/env bash
# Validates manifest.xml (and dist/manifest.xml after a build) against the Office manifest schemas, offline.
# The schemas live next to the repository in ../shared/manifest-schemas; without them, use `npm run validate`.
set -euo pipefail
cd "$(dirname "$0")/.."

schemas="../shared/manifest-schemas"
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "Skipping offline manifest validation: $schemas not found (run 'npm run validate' online instead)."
  exit 0
fi
if ! command -v xmllint >/dev/null; then
  echo "xmllint is missing: install it with 'apt-get install libxml2-utils'." >&2
  exit 1
fi

for manifest in manifest.xml dist/manifest.xml; do
  if [ -f "$manifest" ]; then
    xmllint --noout --nonet --schema "$schemas/OfficeAppManifestV1_1.xsd" "$manifest"
  fi
done
