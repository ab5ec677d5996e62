#!/usr/bin/env bash
# make-base-image.sh OUTPUT.tar: the base of every SSPF image, Debian's OpenJDK 17 JRE on a minimal Debian,
# made from Debian's packages with mmdebstrap (no registry, no Docker), written in the `docker save` layout
# (manifest.json, config, one gzipped layer) that Jib takes as a tar:// base.
#
# The image keeps no shell, no package manager and no interpreter but java: nothing in a container of ours
# needs them, and what is not there cannot be used against it. uid 10001 (sspf) is in /etc/passwd so that the
# JVM knows its user. Needs root (mmdebstrap's root mode chroots to run the packages' scripts) and the
# machine's own apt sources, read from /etc/apt/sources.list.d/debian.sources unless SSPF_APT_SOURCES is set.
#
# The result is kept under SSPF_BASE_IMAGE_CACHE (default ~/.cache/sspf/base-image) by the hash of this
# script, which holds every input (release, packages, what is removed): a changed input makes a new base,
# an unchanged one is made once per machine.
set -euo pipefail

RELEASE=bookworm
PACKAGES=openjdk-17-jre-headless
JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
# Fixed file times and creation date (the Debian 12.0 release), so the same packages make the same bytes.
export SOURCE_DATE_EPOCH=1686355200

output=$1
cache=${SSPF_BASE_IMAGE_CACHE:-$HOME/.cache/sspf/base-image}
key=$(sha256sum "$0" | cut -c1-16)
cached="$cache/jre17-$RELEASE-$key.tar"

if [[ ! -s $cached ]]; then
  command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }
  [[ $(id -u) == 0 ]] || { echo "making the base image needs root (mmdebstrap's root mode)" >&2; exit 1; }
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/make.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  started=$SECONDS
  echo "making the base image $cached from Debian's packages (once per machine)"
  # The customize hook runs outside the chroot with the root file system as $1, after every package is set up.
  mmdebstrap --quiet --variant=minbase --include="$PACKAGES" \
    --customize-hook='echo "sspf:x:10001:10001:sspf:/tmp:/usr/sbin/nologin" >>"$1/etc/passwd"' \
    --customize-hook='echo "sspf:x:10001:" >>"$1/etc/group"' \
    --customize-hook='rm -rf "$1"/usr/share/doc "$1"/usr/share/man "$1"/usr/share/info "$1"/usr/share/locale' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/* "$1"/var/log/*' \
    --customize-hook='rm -f "$1"/usr/bin/sh "$1"/usr/bin/bash "$1"/usr/bin/rbash "$1"/usr/bin/dash' \
    --customize-hook='rm -f "$1"/usr/bin/perl* "$1"/usr/bin/apt* "$1"/usr/bin/dpkg*' \
    "$RELEASE" "$work/rootfs.tar" "${SSPF_APT_SOURCES:-/etc/apt/sources.list.d/debian.sources}"
  gzip -n -6 <"$work/rootfs.tar" >"$work/layer.tar.gz"
  diff_id=$(sha256sum "$work/rootfs.tar" | cut -d' ' -f1)
  created=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
  cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$JAVA_HOME",
  "LANG=C.UTF-8"],"User":"10001:10001","WorkingDir":"/tmp"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"$created","created_by":"mmdebstrap --variant=minbase --include=$PACKAGES $RELEASE"}]}
JSON
  printf '[{"Config":"config.json","RepoTags":["sspf/jre:17-%s"],"Layers":["layer.tar.gz"]}]\n' "$RELEASE" \
    >"$work/manifest.json"
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -C "$work" \
    -cf "$work/image.tar" manifest.json config.json layer.tar.gz
  mv "$work/image.tar" "$cached"
  echo "made the base image in $((SECONDS - started)) s ($(du -h "$cached" | cut -f1))"
fi
mkdir -p "$(dirname "$output")"
ln -sf "$cached" "$output"
