# Shared by ./build and ./anodyne: finds a JDK 21 or newer.
# Order: JAVA_HOME, then the JDKs in /usr/lib/jvm (newest first). Prints its home directory.
# Eclipse platform bundles on Maven Central require JavaSE-21; the machine's default java may be older.

anodyne_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

anodyne_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(anodyne_java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. Temurin 21+) or set JAVA_HOME to it; the Eclipse platform bundles need JavaSE-21." >&2
  return 1
}
