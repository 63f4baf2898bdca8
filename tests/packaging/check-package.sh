#!/bin/sh
# Builds the .deb with CPack into a scratch folder, checks its files and relations, unpacks it into
# a temporary root and runs the programs from there, then validates the desktop entry and the
# AppStream metainfo with their own tools when those are installed (packaging/dev.sh installs them).
#   check-package.sh <build dir>
set -eu
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$scratch"/out/*.deb)"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -c "$deb" | awk '{print $6}' >"$scratch/files"
for file in ./usr/bin/shopdesk ./usr/bin/shopdesk-cli ./usr/bin/shopdesk-sandbox \
    ./usr/share/applications/shopdesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/shopdesk.svg \
    ./usr/share/metainfo/invalid.shopdesk.ShopDesk.metainfo.xml; do
    grep -qxF "$file" "$scratch/files" || fail "the package lacks $file"
done

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6charts6 libqt6svg6 qt6-wayland libqt6keychain1 libsecret-1-0; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qxF "$package" ||
        fail "Depends lacks $package"
done
recommends="$(dpkg-deb -f "$deb" Recommends)"
for package in fonts-noto-cjk gnome-keyring; do
    echo "$recommends" | grep -qw -- "$package" || fail "Recommends lacks $package"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/shopdesk-cli" --help >/dev/null || fail "the installed shopdesk-cli does not run"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/shopdesk" --version | grep -q "ShopDesk" ||
    fail "the installed shopdesk does not run"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/shopdesk.desktop" || fail "desktop-file-validate refused the entry"
    echo "desktop-file-validate: ok"
else
    echo "desktop-file-validate is not installed (desktop-file-utils): entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.shopdesk.ShopDesk.metainfo.xml" ||
        fail "appstreamcli refused the metainfo"
else
    echo "appstreamcli is not installed (appstream): metainfo not validated"
fi
echo "package: ok"
