#!/usr/bin/env bash
# The Windows x86_64 zip: the product materialized for win32 (SWT for Windows), finsam.cmd that finds a Java 21+
# and LÄSMIG.txt for the förbund's IT. Made with the JDK's jar tool (no zip needed on the build machine).
# Usage: windows-archive.sh ROOT PRODUCT_DIR OUT_DIR VERSION
set -euo pipefail
root="$1" product="$2" out="$3" version="$4"
. "$root/releng/scripts/java.sh"
finsam_lang=en finsam_find_java
name="finsam-$version-windows-x86_64"
stage="$out/windows/$name"
rm -rf "$out/windows" && mkdir -p "$stage"
cp -a "$product" "$stage/product"
# Windows reads .cmd and the read-me with CRLF line ends.
sed 's/$/\r/' "$root/releng/se.finsam.product/archive/windows/finsam.cmd" > "$stage/finsam.cmd"
sed 's/$/\r/' "$root/releng/se.finsam.product/archive/windows/LÄSMIG.txt" > "$stage/LÄSMIG.txt"
cp "$root/bundles/se.finsam.ui/icons/finsam256.png" "$stage/finsam.png"
rm -f "$out/$name.zip"
(cd "$out/windows" && "$FINSAM_JAVA_HOME/bin/jar" --create --no-manifest --file "$out/$name.zip" "$name")
echo "$out/$name.zip ($(du -sm "$stage" | cut -f1) MB unpacked)"
