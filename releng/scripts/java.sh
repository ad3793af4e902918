# Sourced by ./mvnw, ./finsam and bench scripts: picks a JDK 21+ even when the machine's default java is older.
# Sets FINSAM_JAVA_HOME or prints one line (in Swedish when finsam_lang=sv) and exits.

# Written with the shell's builtins where it can: each program started costs a command about 5 ms (issue 16).

# finsam_release_value FILE KEY: sets $finsam_value to KEY's value in a JDK's release file (quotes removed).
finsam_release_value() {
  local line
  finsam_value=
  [ -f "$1" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "$2="*) line="${line#*=}"; line="${line#\"}"; finsam_value="${line%\"}"; return 0 ;;
    esac
  done < "$1"
}

finsam_java_major() {
  # Prints the feature version of the java at $1 (a JDK home), or nothing.
  local v
  finsam_release_value "$1/release" JAVA_VERSION
  v="${finsam_value%%[!0-9]*}"
  if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  echo "$v"
}

finsam_find_java() {
  local candidate major best= best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(finsam_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      FINSAM_JAVA_HOME="$JAVA_HOME"; return 0
    fi
  fi
  # The newest, so a machine with 21 and 25 uses 25. Read from the release files, with no program started.
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
        "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    finsam_release_value "$candidate/release" JAVA_VERSION
    major="${finsam_value%%[!0-9]*}"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    FINSAM_JAVA_HOME="$best"; return 0
  fi
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
  finsam_release_value "$1/release" JAVA_RUNTIME_VERSION
  if [ -z "$finsam_value" ]; then
    finsam_release_value "$1/release" JAVA_VERSION
    [ -n "$finsam_value" ] && finsam_value="$finsam_value-jlink-$(stat -c '%s-%Y' "$1/lib/modules" 2>/dev/null)"
  fi
  printf '%s' "$finsam_value"
}
