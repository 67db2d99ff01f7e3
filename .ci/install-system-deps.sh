#!/usr/bin/env bash
# LibreOffice (headless Calc and Writer), the Noto CJK fonts and poppler's pdftoppm/pdffonts: the
# file-format tests open every .ods / .xlsx the product writes in a real application, and the
# year-end PDFs are made by Calc (the overview, with charts) and Writer (the published tables, with
# real table headers). Installed from Debian's packages only when missing.
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
need=()
installed libreoffice-calc || installed libreoffice-calc-nogui || need+=(libreoffice-calc-nogui)
installed libreoffice-writer || installed libreoffice-writer-nogui || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
