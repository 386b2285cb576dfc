#!/usr/bin/env bash
# Lays out, in DIR, the checkouts scripts/eval-real.sh scores: each project at the commit its
# findings were judged on, with only the folders the checker reads.
#
# Usage: scripts/eval-checkouts.sh DIR
# With MIRROR set, reads bare clones at $MIRROR/<owner>+<name>/repo instead of GitHub.
# Thunderbird's English comes from ../shared/corpus/thunderbird/en (the same day as the
# thunderbird-l10n commit).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?a folder to put the checkouts in}
mkdir -p "$dir"
here=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name  owner/repo  commit  paths (none: the whole tree)
projects=(
    "anki ankitects/anki-core-i18n 571f3f13"
    "profiler firefox-devtools/profiler df31314e1 locales"
    "monitor mozilla/blurts-server 3b6c89004 locales"
    "relay mozilla-l10n/fx-private-relay-l10n 54e03dfa"
    "cosmic pop-os/cosmic-files 7cebbef i18n"
    "ruffle ruffle-rs/ruffle f3a1263 core/assets/texts desktop/assets/texts web/packages/core/texts"
    "coreutils uutils/coreutils-l10n bf01d8b2"
    "send mozilla/send ade10e49 public/locales"
    "cosmic-settings pop-os/cosmic-settings c7481ba3"
    "cosmic-store pop-os/cosmic-store f56cb48"
    "cosmic-applets pop-os/cosmic-applets 0441c67b"
    "cosmic-edit pop-os/cosmic-edit 4ac0da3"
    "cosmic-term pop-os/cosmic-term 032a107"
    "rustlang rust-lang/www.rust-lang.org 086fd078 locales"
    "pdfjs mozilla/pdf.js 0f26334f9 l10n"
    "popsicle pop-os/popsicle 1e36998 i18n"
    "screenshots mozilla-services/screenshots b99f2c0f locales"
    "testpilot mozilla/testpilot 52a95193 locales"
    "lockwise mozilla-lockwise/lockwise-addon 56b75cc src/locales"
    "thunderbird thunderbird/thunderbird-l10n 24b19e37"
    "zotero zotero/zotero f2a42bec chrome/locale app/assets/branding/locale/brand.ftl"
    "cosmic-initial-setup pop-os/cosmic-initial-setup 24a9b1e"
    "cosmic-greeter pop-os/cosmic-greeter e9ab9e7"
    "cosmic-player pop-os/cosmic-player 7550c30"
    "cosmic-launcher pop-os/cosmic-launcher b742d13"
    "nimbus mozilla-l10n/nimbus-l10n b480c22a57"
    "vpnweb mozilla-l10n/mozilla-vpn-website-l10n fe6d3877ba"
    "nala volitank/nala 6d84cb1dda locales"
    "everglot everglotapp/everglot 27fd4ed4f3 locales"
    "tweaks cosmic-utils/tweaks dfca310a01 i18n"
    "cosmic-portal pop-os/xdg-desktop-portal-cosmic 2948dd491c i18n"
    "cosmic-screenshot pop-os/cosmic-screenshot b917c631d1 i18n"
    "cosmic-workspaces pop-os/cosmic-workspaces-epoch cd729d045b i18n"
    "cosmic-app-library pop-os/cosmic-app-library ce33b9e1cc i18n"
    "cosmic-osd pop-os/cosmic-osd 1921053e00 i18n"
    "tasks cosmic-utils/tasks 2a4e556d73 i18n"
    "camera cosmic-utils/camera 700e5e4dba i18n"
    "web-apps cosmic-utils/web-apps e74e1bcf9b i18n"
    "clipboard-manager cosmic-utils/clipboard-manager d473e8f09e i18n"
    "forecast cosmic-utils/forecast 22a7de05c4 i18n"
    "cosmic-ext-disks cosmic-utils/cosmic-ext-disks 3f8c340e8a storage-app/i18n"
)
for line in "${projects[@]}"; do
    read -r name repo commit paths <<<"$line"
    [[ -d $dir/$name ]] && continue
    if [[ -n ${MIRROR:-} ]]; then
        git_dir=$MIRROR/${repo/\//+}/repo
    else
        git_dir=$tmp/${repo/\//+}
        git clone --quiet --bare --filter=blob:none "https://github.com/$repo" "$git_dir"
    fi
    echo "$name: $repo @$commit" >&2
    mkdir -p "$dir/$name"
    # shellcheck disable=SC2086 # paths is a list
    git --git-dir="$git_dir" archive "$commit" $paths | tar -x -C "$dir/$name"
done
if [[ ! -d $dir/thunderbird/en ]]; then
    cp -a "$here/../shared/corpus/thunderbird/en" "$dir/thunderbird/en"
fi
