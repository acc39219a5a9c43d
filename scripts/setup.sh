#!/usr/bin/env bash
# Installs what prescreen uses besides the Rust toolchain: Tesseract with its
# Simplified Chinese data, for OCR of scans (Debian: tesseract-ocr,
# tesseract-ocr-chi-sim). Without them prescreen still runs; scanned pages
# stay unread and their packages go to review, saying OCR is not available.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "setup: 需要 root 权限安装 tesseract-ocr 与 tesseract-ocr-chi-sim（OCR）；未安装，继续（扫描件将不做 OCR）" >&2
    exit 0
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: 不是 Debian/Ubuntu，请自行安装 Tesseract 及 chi_sim 语言包；继续（扫描件将不做 OCR）" >&2
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  tesseract-ocr tesseract-ocr-chi-sim >/dev/null
