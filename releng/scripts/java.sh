# Sourced by ./mvnw, ./finsam and bench scripts: picks a JDK 21+ even when the machine's default java is older.
# Sets FINSAM_JAVA_HOME or prints one line (in Swedish when finsam_lang=sv) and exits.

finsam_java_major() {
  # Prints the feature version of the java at $1 (a JDK home), or nothing.
  local release="$1/release" v
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  echo "$v"
}

finsam_find_java() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(finsam_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      FINSAM_JAVA_HOME="$JAVA_HOME"; return 0
    fi
  fi
  # Newest first, so a machine with 21 and 25 uses 25.
  for candidate in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
        "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(finsam_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      FINSAM_JAVA_HOME="$candidate"; return 0
    fi
  done
  local onpath
  onpath=$(command -v java 2>/dev/null) && onpath=$(dirname "$(dirname "$(readlink -f "$onpath")")")
  if [ -n "$onpath" ]; then
    major=$(finsam_java_major "$onpath")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      FINSAM_JAVA_HOME="$onpath"; return 0
    fi
  fi
  if [ "${finsam_lang:-en}" = sv ]; then
    echo "finsam: Java 21 eller nyare behövs; installera en (t.ex. Temurin 21 eller 25) eller sätt JAVA_HOME till den." >&2
  else
    echo "finsam: a JDK 21 or newer is required; install one (e.g. Temurin 21 or 25) or set JAVA_HOME to it." >&2
  fi
  exit 1
}

finsam_java_version() {
  # The full runtime version of the JDK at $1, read from its release file (no JVM started for it). A jlink runtime
  # (the archive's) writes only JAVA_VERSION there: its modules file's size and time tell one build from another.
  local v
  v=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$v" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null | head -n 1)
    [ -n "$v" ] && v="$v-jlink-$(stat -c '%s-%Y' "$1/lib/modules" 2>/dev/null)"
  fi
  printf '%s' "$v"
}
