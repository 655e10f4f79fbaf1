# Shared by scripts/smoke-bundle.sh and scripts/smoke-wheel.sh (sourced, not run).
passed=0 failed=0

check() {  # check NAME PATTERN COMMAND...: passes when COMMAND exits 0 and prints PATTERN
    local name=$1 pattern=$2 out
    shift 2
    if out=$("$@" 2>&1) && grep -q -- "$pattern" <<<"$out"; then
        passed=$((passed + 1)); echo "smoke: ok      $name"
    else
        failed=$((failed + 1)); echo "smoke: FAILED  $name"; sed 's/^/    /' <<<"$out"
    fi
}

count_passages() {  # count_passages FOLDER: the number of passages in the packs there
    python3 -c "import glob, json, sys
print(sum(len(json.load(open(f, encoding='utf-8'))['passages']) for f in glob.glob(sys.argv[1] + '/*.json')))" "$1"
}

finish() {  # the closing line CI reads, and the exit code
    echo "smoke: $passed passed, $failed failed"
    [ "$failed" = 0 ]
}
