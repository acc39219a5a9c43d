#!/bin/bash
# Submits a round: N shard tasks, then the merge when all of them succeeded.
#   slurm/run.sh /shared/round/in /shared/round/out 4
set -euo pipefail
IN=${1:?input folder}
OUT=${2:?output folder}
N=${3:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
ARRAY=$(sbatch --parsable --array=1-"$N" "$HERE/screen.sbatch" "$IN" "$OUT")
sbatch --dependency=afterok:"$ARRAY" "$HERE/merge.sbatch" "$OUT"
