#!/usr/bin/env bash
# The installable archives, written beside the materialized products. Usage: archives.sh ROOT TARGET VERSION
#  - Linux x86_64 .tar.gz: the product, a Java runtime made with jlink from the build JDK (only the modules the
#    product uses, Swedish and English locale data, class data sharing archive included), the finsam launcher, a
#    .desktop file and the icon.
#  - Windows x86_64 .zip: the product materialized for win32 (SWT for Windows), finsam.cmd that finds a Java 21+
#    and LÄSMIG.txt for the förbund's IT; made with the JDK's jar tool (no zip needed on the build machine).
set -euo pipefail
root="$1" target="$2" version="$3"
. "$root/releng/scripts/java.sh"
finsam_lang=en finsam_find_java
products="$target/products/se.finsam.product"
files="$root/releng/se.finsam.product/archive"

linux() {
  local name="finsam-$version-linux-x86_64" stage
  stage="$target/archive/$name"
  rm -rf "$target/archive" && mkdir -p "$stage"
  # java.se for the platform (AWT/ImageIO for charts, JDBC, naming, XML, http for p2), jdk.xml.dom for Batik,
  # jdk.dynalink for the report engine's scripts, jdk.unsupported for Eclipse Collections and SWT, jdk.zipfs for POI,
  # jdk.localedata for Swedish formats; the security providers a JDK has (EC, PKCS#11, Kerberos, JAAS modules).
  "$FINSAM_JAVA_HOME/bin/jlink" --add-modules \
    java.se,jdk.localedata,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.xml.dom,jdk.dynalink,jdk.jsobject,jdk.net,jdk.management,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.security.auth,jdk.security.jgss,jdk.naming.dns \
    --include-locales=sv,en --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
    --output "$stage/runtime"
  # The archive for heaps over 32 GB is never used with -Xmx2g.
  rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"
  cp -a "$products/linux/gtk/x86_64" "$stage/product"
  mkdir -p "$stage/releng/scripts"
  cp "$root/finsam" "$stage/finsam"
  cp "$root/releng/scripts/java.sh" "$stage/releng/scripts/java.sh"
  cp "$files/finsam.desktop" "$files/LÄSMIG.txt" "$files/finsam-install-desktop" "$stage/"
  cp "$root/bundles/se.finsam.ui/icons/finsam128.png" "$stage/finsam.png"
  chmod +x "$stage/finsam" "$stage/finsam-install-desktop"
  tar -C "$target/archive" -cf - "$name" | gzip -1 > "$target/$name.tar.gz.part"
  mv "$target/$name.tar.gz.part" "$target/$name.tar.gz"
  echo "$target/$name.tar.gz ($(du -sm "$stage" | cut -f1) MB unpacked)"
}

windows() {
  local name="finsam-$version-windows-x86_64" stage
  stage="$target/windows/$name"
  rm -rf "$target/windows" && mkdir -p "$stage"
  cp -a "$products/win32/win32/x86_64" "$stage/product"
  # Windows reads .cmd and the read-me with CRLF line ends.
  sed 's/$/\r/' "$files/windows/finsam.cmd" > "$stage/finsam.cmd"
  sed 's/$/\r/' "$files/windows/LÄSMIG.txt" > "$stage/LÄSMIG.txt"
  cp "$root/bundles/se.finsam.ui/icons/finsam256.png" "$stage/finsam.png"
  rm -f "$target/$name.zip"
  (cd "$target/windows" && "$FINSAM_JAVA_HOME/bin/jar" --create --no-manifest --file "$target/$name.zip" "$name")
  echo "$target/$name.zip ($(du -sm "$stage" | cut -f1) MB unpacked)"
}

linux
windows
