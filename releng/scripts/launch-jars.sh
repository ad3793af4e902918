#!/usr/bin/env bash
# Called by releng/se.finsam.product/pom.xml after the products are materialized, before the archives are made:
# launch-jars.sh ROOT TARGET. Removes the signature from the jars the JVM itself loads at every start: the Equinox
# launcher (-jar), the OSGi framework and the framework's extension compatibility.state (those two on the launcher's
# class loader). The JVM verifies a signed jar it loads classes from: the signature at opening, then a SHA-256
# digest of every class as it is read (835 entries in the framework), and it leaves classes of signed jars out of
# its class-data archive. That cost every command about 0.11 s (issue 16: `./finsam version` 1.08 → 0.97 s, medians
# of 6 interleaved), and the extension's signature another 0.05 s. Equinox loads every other bundle itself and
# checks no signature; p2 checked these when it installed them, and the per-entry digests left behind in their
# manifests verify nothing without the signature files, so they go too.
# Then the Linux product's jars keep the classes that the everyday starts load stored, not deflated (StoredJars.java,
# the list stored-classes.txt written by bench/stored-classes): Equinox reads each class's bytes from its jar even
# when the class-data archive holds the class, and inflating them cost the workbench's start and a cold report
# about 0.15 s each (issue 16, docs/performance.md). It costs some 27 MB of disk; storing every entry would cost 172.
set -euo pipefail
root="$1" target="$2"
. "$root/releng/scripts/java.sh"
finsam_lang=en finsam_find_java

unsign() {
  local jar="$1" work
  work=$(mktemp -d)
  (cd "$work" && "$FINSAM_JAVA_HOME/bin/jar" --extract --file "$jar")
  if compgen -G "$work/META-INF/*.SF" >/dev/null; then
    rm -f "$work"/META-INF/*.SF "$work"/META-INF/*.RSA "$work"/META-INF/*.DSA "$work"/META-INF/*.EC
    # The main section: up to the first empty line (the lines may end in CR LF).
    awk '/^\r?$/ { exit } { print }' "$work/META-INF/MANIFEST.MF" > "$work.mf"
    rm "$work/META-INF/MANIFEST.MF"
    "$FINSAM_JAVA_HOME/bin/jar" --create --file "$jar.part" --manifest "$work.mf" -C "$work" .
    mv "$jar.part" "$jar"
    echo "unsigned $(basename "$jar")"
  fi
  rm -rf "$work" "$work.mf"
}

for plugins in "$target"/products/se.finsam.product/*/*/*/plugins; do
  for jar in "$plugins"/org.eclipse.equinox.launcher_*.jar "$plugins"/org.eclipse.osgi_*.jar \
      "$plugins"/org.eclipse.osgi.compatibility.state_*.jar; do
    [ -f "$jar" ] && unsign "$jar"
  done
done
for plugins in "$target"/products/se.finsam.product/linux/*/*/plugins; do
  "$FINSAM_JAVA_HOME/bin/java" "$root/releng/scripts/StoredJars.java" --entries "$root/releng/scripts/stored-classes.txt" \
    "$plugins"
done
