#!/bin/sh
# The share of frame text (sentences every comparison gets from page.ftl) in the Key
# Differences and When to Use Which sections, over all 1,770 pairs in English.
set -eu
cd "$(dirname "$0")/.."
cargo test --release --quiet --test frame_share -- --ignored --nocapture 2>&1 | grep '^frame-share:'
