#!/usr/bin/env bash
# Uploads what a build changed to an S3-compatible bucket, and deletes what it no longer produces.
#
#   .ci/deploy-s3.sh CHANGES SITE_DIR s3://BUCKET[/PREFIX]
#
# CHANGES is the file `versus build --changes` wrote: lines "created PATH", "changed PATH" and
# "deleted PATH". Created and changed files are copied into a scratch tree and synced in one
# `aws s3 sync` (parallel multi-file uploads); deleted ones are removed in batches of 1,000 keys.
# Set AWS_ENDPOINT_URL for R2, MinIO, B2 and other S3-compatible stores.
set -euo pipefail
changes=$1 site=$2 target=${3%/}
[[ $target == s3://* ]] || { echo "deploy-s3: target must be s3://bucket[/prefix], got $target" >&2; exit 2; }
bucket=${target#s3://}; bucket=${bucket%%/*}
prefix=${target#s3://$bucket}; prefix=${prefix#/}; [[ -z $prefix ]] || prefix=$prefix/

scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
awk '$1 == "created" || $1 == "changed" { print $2 }' "$changes" > "$scratch/upload.txt"
awk '$1 == "deleted" { print $2 }' "$changes" > "$scratch/delete.txt"

if [[ -s $scratch/upload.txt ]]; then
  mkdir "$scratch/upload"
  # Hard links: no copy of the bytes, and each file's path kept.
  (cd "$site" && while IFS= read -r path; do
     mkdir -p "$scratch/upload/$(dirname "$path")"
     ln "$path" "$scratch/upload/$path" 2>/dev/null || cp "$path" "$scratch/upload/$path"
   done) < "$scratch/upload.txt"
  aws s3 sync "$scratch/upload" "s3://$bucket/$prefix" --no-progress
fi

if [[ -s $scratch/delete.txt ]]; then
  split -l 1000 "$scratch/delete.txt" "$scratch/delete-batch-"
  for batch in "$scratch"/delete-batch-*; do
    keys=$(awk -v p="$prefix" '{ gsub(/"/, "\\\""); printf "%s{\"Key\":\"%s%s\"}", (NR > 1 ? "," : ""), p, $0 }' "$batch")
    aws s3api delete-objects --bucket "$bucket" --delete "{\"Objects\":[$keys],\"Quiet\":true}" >/dev/null
  done
fi
echo "deploy-s3: uploaded $(wc -l < "$scratch/upload.txt"), deleted $(wc -l < "$scratch/delete.txt") to $target"
