#!/usr/bin/env bash
# Train N vertebra segmenters with experiments/segmentation_gpu.yaml (seeds 0..N-1), then write one
# ensemble directory of them (README "Training on a GPU, and ensembles").
#   experiments/segmentation_gpu_ensemble.sh OUT_DIR N -d DATASET.json [-d DATASET.json ...] [--set key=value ...]
# OUT_DIR/seed_K/ holds each model, OUT_DIR/ensemble/ the ensemble, OUT_DIR/seed_K.log each log.
# PARALLEL=3 trains three at once (they share the GPU; give each fewer --set train.num_workers).
# A model directory already finished (weights.pt present) is kept: a re-run resumes the rest.
set -euo pipefail
OUT=${1:?usage: $0 OUT_DIR N -d DATASET.json [...] [--set key=value ...]}
N=${2:?usage: $0 OUT_DIR N -d DATASET.json [...]}
shift 2
PARALLEL=${PARALLEL:-1}
CONFIG=${CONFIG:-$(dirname "$0")/segmentation_gpu.yaml}
mkdir -p "$OUT"
members=()
running=0
for ((k = 0; k < N; k++)); do
  dir="$OUT/seed_$k"
  members+=("$dir")
  [[ -f "$dir/weights.pt" ]] && { echo "seed $k: $dir done, kept"; continue; }
  echo "seed $k: training into $dir (log $OUT/seed_$k.log)"
  spinelab segment train --config "$CONFIG" "$@" --set "train.seed=$k" -o "$dir" >"$OUT/seed_$k.log" 2>&1 &
  running=$((running + 1))
  if ((running >= PARALLEL)); then wait -n || true; running=$((running - 1)); fi
done
wait || true
for dir in "${members[@]}"; do
  [[ -f "$dir/weights.pt" ]] || { echo "error: $dir did not finish; see its log" >&2; exit 1; }
done
spinelab segment ensemble "${members[@]}" -o "$OUT/ensemble"
