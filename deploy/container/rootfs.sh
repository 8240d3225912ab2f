#!/usr/bin/env bash
# The image's operating-system part, laid out as a directory that Jib copies onto `scratch` (see the pom's
# `image-rootfs` and `image` executions and deploy/README.md): a Java runtime made with jlink from the build's JDK,
# the shared libraries that runtime links against, CA certificates, time-zone data, and the few files a JVM running
# as uid 10001 needs. No registry image is pulled: everything comes from the build machine (Debian 12), and
# usr/share/doc/childcare-image/SOURCES records which Debian package each file came from, at which version.
#
#   deploy/container/rootfs.sh JDK_HOME OUTPUT_DIR
set -euo pipefail

jdk=$1
out=$2

# The modules Payara Micro 6 and the WAR use (jdeps over MICRO-INF/runtime/*.jar and WEB-INF/lib/*.jar: java.se and
# jdk.unsupported, jdk.attach, jdk.net, jdk.xml.dom, jdk.security.auth), plus those found only at run time through
# service loaders: elliptic curves for TLS and ES256 tokens, Chinese locale data and charsets, DNS, zip file systems,
# JMX and Flight Recorder for operators (jcmd is in bin/).
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.naming.dns
modules=$modules,jdk.naming.rmi,jdk.zipfs,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.attach
modules=$modules,jdk.jcmd,jdk.security.auth,jdk.security.jgss,jdk.net,jdk.xml.dom,jdk.httpserver

# Rebuilding the runtime costs most of this script's time: skip it when nothing it depends on changed.
stamp="$out.stamp"
want=$( (cat "$0" "$jdk/release"; echo "$jdk") | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$out/opt/java/bin/java" ]; then
  echo "rootfs.sh: $out is up to date"
  exit 0
fi

version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
if [ "$version" != 17 ]; then
  echo "rootfs.sh: $jdk is Java $version; the image's runtime is Java 17 (run Maven on JDK 17)" >&2
  exit 1
fi

rm -rf "$out" "$stamp"
mkdir -p "$out"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$out/opt/java"
java=$out/opt/java

# Debian's JDK keeps these outside the module files (symbolic links into /etc), so jlink does not copy them.
for f in cacerts blocked.certs default.policy public_suffix_list.dat; do
  cp -L "$jdk/lib/security/$f" "$java/lib/security/$f"
done

# Native parts that need a display, a sound card, fonts or a smart-card daemon: the app runs headless and renders
# no text into images, so they and the X11/freetype/ALSA/pcsclite libraries they would pull in are left out.
rm -f "$java"/lib/{libawt_xawt,libjawt,libsplashscreen,libfontmanager,libjsound,libj2pcsc}.so

sources=$out/usr/share/doc/childcare-image/SOURCES
mkdir -p "$(dirname "$sources")"
echo "# file in the image <- file on the build machine: Debian package (version)" >"$sources"

owner() { # the Debian package that installed a path (usrmerge: dpkg may know it without /usr)
  dpkg-query -S "$1" 2>/dev/null || dpkg-query -S "${1#/usr}" 2>/dev/null || true
}

lay_in() { # copy a file of the machine into the image, recording where it came from
  local from=$1 into=$2 real package version
  real=$(readlink -f "$from")
  mkdir -p "$out$(dirname "$into")"
  cp "$real" "$out$into"
  package=$(owner "$real" | head -1 | cut -d: -f1)
  if [ -n "$package" ]; then
    version=$(dpkg-query -W -f='${Version}' "$package")
    mkdir -p "$out/usr/share/doc/$package"
    cp -L "/usr/share/doc/$package/copyright" "$out/usr/share/doc/$package/copyright" 2>/dev/null || true
    echo "$into <- $real: $package ($version)" >>"$sources"
  else
    echo "$into <- $real: no package" >>"$sources"
  fi
}

# Every shared library the runtime's programs and libraries need, found with ldd, into the directory the dynamic
# loader searches when there is no ld.so.cache; the loader itself where the programs name it.
elves=$(find "$java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper -o -name jexec \))
interpreter=$(ldd "$java/bin/java" | awk '$1 ~ /^\/.*ld-linux/ {print $1}')
lay_in "$interpreter" "$interpreter"
for library in $(ldd $elves 2>/dev/null | awk -v own="$java/" '$2 == "=>" && $3 ~ /^\// && index($3, own) != 1 {print $3}' | sort -u); do
  lay_in "$library" "/usr/lib/x86_64-linux-gnu/$(basename "$library")"
done
missing=$(ldd $elves 2>/dev/null | awk '$2 == "=>" && $3 == "not" {print $1}' | sort -u | while read -r name; do
  # the runtime's own libraries (libjvm.so is already loaded when the others are)
  [ -n "$(find "$java" -name "$name")" ] || echo "$name"
done)
if [ -n "$missing" ]; then
  echo "rootfs.sh: the runtime needs libraries this machine lacks: $missing" >&2
  exit 1
fi
echo "/opt/java/lib/security/cacerts <- $jdk/lib/security/cacerts: made by ca-certificates-java from ca-certificates ($(dpkg-query -W -f='${Version}' ca-certificates 2>/dev/null || echo '?'))" >>"$sources"
echo "/opt/java <- jlink of $jdk: $(owner "$jdk/jmods/java.base.jmod" | head -1 | cut -d: -f1) ($(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$jdk/release"))" >>"$sources"

# The C.UTF-8 locale (LANG in the image's environment): without it the JVM's file and native encodings are ASCII.
for f in $(find /usr/lib/locale/C.utf8 -type f | sort); do
  lay_in "$f" "$f"
done

# Time zones: Java has its own (lib/tzdb.dat); these are for the C library. The default zone (/etc/localtime, which
# the JVM also reads when TZ is unset) is UTC, as in every test tier: the app names China's zone where it means it.
lay_in /usr/share/zoneinfo/Asia/Shanghai /usr/share/zoneinfo/Asia/Shanghai
lay_in /usr/share/zoneinfo/Etc/UTC /usr/share/zoneinfo/UTC
mkdir -p "$out/etc"
cp "$out/usr/share/zoneinfo/UTC" "$out/etc/localtime"

# The user the image runs as. Its home is /tmp, the one writable directory (Jib sets modes, not owners).
mkdir -p "$out/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:childcare:/tmp:/sbin/nologin\n' >"$out/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$out/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$out/etc/nsswitch.conf"

echo "$want" >"$stamp"
echo "rootfs.sh: $(du -sh "$out" | cut -f1) in $out"
