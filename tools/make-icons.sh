#!/bin/sh
# Renders the application icon from its one source, src/main/packaging/blockdesk.svg:
# the PNG set the windows use at run time (src/main/resources/dev/blockdesk/ui/icons/),
# and the installers' icons: Linux PNG, Windows .ico (16-256), macOS .icns (16-512).
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert, and png2icns (icnsutils).
set -eu
cd "$(dirname "$0")/.."
svg=src/main/packaging/blockdesk.svg
icons=src/main/resources/dev/blockdesk/ui/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$icons/blockdesk-$size.png"
done
cp "$icons/blockdesk-256.png" src/main/packaging/linux/blockdesk.png
convert "$icons/blockdesk-16.png" "$icons/blockdesk-24.png" "$icons/blockdesk-32.png" "$icons/blockdesk-48.png" \
    "$icons/blockdesk-64.png" "$icons/blockdesk-128.png" "$icons/blockdesk-256.png" src/main/packaging/windows/blockdesk.ico
png2icns src/main/packaging/macos/blockdesk.icns "$icons/blockdesk-16.png" "$icons/blockdesk-32.png" \
    "$icons/blockdesk-48.png" "$icons/blockdesk-128.png" "$icons/blockdesk-256.png" "$icons/blockdesk-512.png" >/dev/null
echo "icons written from $svg"
