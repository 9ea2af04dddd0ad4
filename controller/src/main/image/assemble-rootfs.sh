#!/bin/sh
# Assembles the root filesystem under the controller image (ADR 0011): the files of the pinned
# Debian packages in packages.lock (each .deb checked against its sha256), a Java runtime made by
# jlink from the build JDK with the modules in modules.txt, and /etc/passwd naming the non-root
# user 65532. No base image is pulled; Jib adds this folder as a layer on `scratch`.
#
# usage: assemble-rootfs.sh OUT_DIR DEB_CACHE_DIR
# The .deb files are fetched with `apt-get download` into DEB_CACHE_DIR unless already there.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=$1
debs=$2
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}

rm -rf "$out"
mkdir -p "$out" "$debs"

grep -v '^#' "$here/packages.lock" | while read -r name version sha; do
  [ -n "$name" ] || continue
  file="$debs/${name}_$(printf %s "$version" | sed 's/:/%3a/')_amd64.deb"
  if [ ! -f "$file" ]; then
    (cd "$debs" && apt-get download -q "$name=$version" >/dev/null) \
      || { echo "cannot download $name=$version with apt-get; put $(basename "$file") into $debs" >&2; exit 1; }
  fi
  echo "$sha  $file" | sha256sum --check --quiet - \
    || { echo "$file does not have the sha256 pinned in packages.lock" >&2; exit 1; }
  dpkg-deb --extract "$file" "$out"
done

# Only shared libraries and licences stay: no shells, binaries, locales or package metadata.
rm -rf "$out/etc" "$out/sbin" "$out/usr/bin" "$out/usr/sbin" "$out/usr/libexec" "$out/var" \
  "$out/usr/share/lintian" "$out/usr/share/locale" "$out/usr/share/gcc" "$out/usr/share/gdb" \
  "$out/usr/lib/x86_64-linux-gnu/gconv" "$out/usr/lib/x86_64-linux-gnu/audit"
find "$out/usr/share/doc" -type f ! -name copyright -delete

"$java_home/bin/jlink" --add-modules "$(grep -v '^#' "$here/modules.txt" | paste -sd, -)" \
  --output "$out/opt/java" --strip-debug --no-header-files --no-man-pages --compress=2

# Jib stores file contents, not links: each link to a file inside the root becomes a copy of it;
# links to what was removed (package documentation folders) go.
find "$out" -type l | sort | while read -r link; do
  target=$(readlink "$link")
  case $target in
    /*) resolved="$out$target" ;;
    *) resolved="$(dirname "$link")/$target" ;;
  esac
  if [ -f "$resolved" ]; then
    cp --remove-destination "$(readlink -f "$resolved")" "$link"
  else
    rm "$link"
  fi
done

mkdir -p "$out/etc" "$out/tmp" "$out/home/nonroot" "$out/var/cache/gantry"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$out/etc/group"
