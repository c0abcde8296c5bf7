#!/usr/bin/env bash
# Applies the one formatter profile (releng/style/anodyne-formatter.xml) to every hand-written Java
# file under bundles/*/src and releng/*/src (src-gen/ is the EMF generator's and is left alone), and
# adds the EPL-2.0 header (releng/style/license-header.txt) where it is missing. Run it once, from a
# clean tree, and commit the result on its own so that it hides no other change; then turn the check
# on (see CONTRIBUTING.md, "Formatting and licence headers").
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "$(git status --porcelain)" ]; then
  echo "reformat.sh: the work tree has changes; commit or stash them first, so the reformat is a commit of its own" >&2
  exit 1
fi
# The style profile carries the plugins' configuration; format and apply are their fixing goals.
./build -Danodyne.style.check=true -DskipTests -Dtycho.mode=maven \
  net.revelc.code.formatter:formatter-maven-plugin:2.29.0:format \
  com.mycila:license-maven-plugin:5.1.2:format "$@"
git status --short | wc -l | xargs echo "reformat.sh: files changed:"
