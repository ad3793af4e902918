#!/usr/bin/env bash
# The Linux x86_64 archive: the materialized product, a Java runtime made with jlink from the build JDK (only the
# modules the product uses, Swedish and English locale data, class data sharing archive included), the finsam
# launcher, a .desktop file and the icon. Usage: linux-archive.sh ROOT PRODUCT_DIR OUT_DIR VERSION
set -euo pipefail
root="$1" product="$2" out="$3" version="$4"
. "$root/releng/scripts/java.sh"
finsam_lang=en finsam_find_java
name="finsam-$version-linux-x86_64"
stage="$out/archive/$name"
rm -rf "$out/archive" && mkdir -p "$stage"
# java.se for the platform (AWT/ImageIO for charts, JDBC, naming, XML, http for p2), jdk.xml.dom for Batik,
# jdk.dynalink for the report engine's scripts, jdk.unsupported for Eclipse Collections and SWT, jdk.zipfs for POI,
# jdk.localedata for Swedish formats; the security providers a JDK has (EC, PKCS#11, Kerberos, JAAS modules).
"$FINSAM_JAVA_HOME/bin/jlink" --add-modules \
  java.se,jdk.localedata,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.xml.dom,jdk.dynalink,jdk.jsobject,jdk.net,jdk.management,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.security.auth,jdk.security.jgss,jdk.naming.dns \
  --include-locales=sv,en --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$stage/runtime"
# The archive for heaps over 32 GB is never used with -Xmx2g.
rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"
cp -a "$product" "$stage/product"
mkdir -p "$stage/releng/scripts"
cp "$root/finsam" "$stage/finsam"
cp "$root/releng/scripts/java.sh" "$stage/releng/scripts/java.sh"
cp "$root/releng/se.finsam.product/archive/finsam.desktop" "$root/releng/se.finsam.product/archive/LÄSMIG.txt" \
   "$root/releng/se.finsam.product/archive/finsam-install-desktop" "$stage/"
cp "$root/bundles/se.finsam.ui/icons/finsam128.png" "$stage/finsam.png"
chmod +x "$stage/finsam" "$stage/finsam-install-desktop"
tar -C "$out/archive" -cf - "$name" | gzip -1 > "$out/$name.tar.gz.part"
mv "$out/$name.tar.gz.part" "$out/$name.tar.gz"
echo "$out/$name.tar.gz ($(du -sm "$stage" | cut -f1) MB unpacked)"
