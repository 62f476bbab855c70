#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# `make coverage`: runs the C unit tests and the test programs on a gcov
# build (ports/host/build.mk with OPT=-O1 SAN=--coverage, made by the top
# Makefile) and prints the line coverage of core/ and modules/, per folder
# and for the files with the most lines never run. Uses gcov -n (in gcc).
import argparse
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ('core', 'modules')


def say(*cmd):
    print('+ ' + ' '.join(cmd), flush=True)


def reset_counters(build):
    for f in glob.glob(os.path.join(build, '**', '*.gcda'), recursive=True):
        os.remove(f)


def unit_tests(build):
    # Each tests/unit/*.c linked with the build's libespy.a, as test.sh does.
    ok = True
    os.makedirs(os.path.join(build, 'unit'), exist_ok=True)
    for src in sorted(glob.glob('tests/unit/*.c')):
        exe = os.path.join(build, 'unit', os.path.basename(src)[:-2])
        cmd = ['gcc', '-std=c11', '-O0', '-g', '--coverage', '-D_GNU_SOURCE',
               '-Wall', '-Wextra', '-Werror', '-Icore', '-Imodules',
               '-Iports/host', '-I' + build, '-o', exe, src,
               os.path.join(build, 'libespy.a'), '-lm']
        say(*cmd)
        if subprocess.call(cmd) != 0 or subprocess.call([exe]) != 0:
            print('coverage: unit test %s failed' % src)
            ok = False
    return ok


def test_folders():
    # Every folder of test programs (tests/unit holds the C tests).
    return sorted(d for d in glob.glob('tests/*/')
                  if not d.startswith('tests/unit')
                  and glob.glob(d + '**/*.py', recursive=True))


def test_programs(build, jobs, heaps):
    # Tests with `# skip-coverage:` are skipped (gcov needs more C stack).
    ok = True
    for heap in heaps:
        cmd = [sys.executable, 'tests/run.py', '--espy',
               os.path.join(build, 'espy'), '--timeout-scale', '4',
               '-j', str(jobs), '--name', 'coverage', '--tag', 'coverage']
        if heap:
            cmd += ['--heapsize', heap]
        cmd += test_folders()
        say(*cmd)
        ok = subprocess.call(cmd) == 0 and ok
    return ok


def gcov_lines(build, folder):
    # {source: (lines run, lines)} for folder/*.c compiled into the build.
    srcs = [s for s in sorted(glob.glob(folder + '/*.c'))
            if os.path.exists(os.path.join(build, s[:-2] + '.gcno'))]
    if not srcs:
        return {}
    out = subprocess.run(['gcov', '-n', '-o', os.path.join(build, folder)]
                         + srcs, capture_output=True, text=True).stdout
    result, name = {}, None
    for line in out.splitlines():
        m = re.match(r"File '(.*)'", line)
        if m:
            name = m.group(1)
            continue
        m = re.match(r'Lines executed:([\d.]+)% of (\d+)', line)
        if m and name in srcs:
            total = int(m.group(2))
            result[name] = (round(float(m.group(1)) * total / 100), total)
        name = None
    for s in srcs:  # never run at all: gcov may not list it
        result.setdefault(s, (0, 0))
    return result


def pct(run, total):
    return 100.0 * run / total if total else 100.0


def report(build, worst):
    figures = {}
    for folder in DIRS:
        files = gcov_lines(build, folder)
        run = sum(r for r, _ in files.values())
        total = sum(t for _, t in files.values())
        figures[folder] = pct(run, total)
        print('\n%s/: %.1f%% of lines run (%d of %d, %d files)'
              % (folder, figures[folder], run, total, len(files)))
        gaps = sorted(files.items(), key=lambda kv: kv[1][0] - kv[1][1])
        for name, (r, t) in gaps[:worst]:
            print('  %-28s %6.1f%%  %5d of %5d lines, %5d never run'
                  % (name, pct(r, t), r, t, t - r))
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--build', default='build/coverage')
    ap.add_argument('-j', type=int, default=4, help='parallel test programs')
    ap.add_argument('--worst', type=int, default=12,
                    help='files listed per folder, most lines never run first')
    ap.add_argument('--report-only', action='store_true',
                    help='only print the figures of the last run')
    ap.add_argument('--fail-under', type=float, default=0,
                    help='exit 1 when core/ is below this percentage')
    args = ap.parse_args()
    os.chdir(ROOT)
    ok = True
    if not args.report_only:
        reset_counters(args.build)
        ok = unit_tests(args.build)
        ok = test_programs(args.build, args.j, ['', '64k']) and ok
    figures = report(args.build, args.worst)
    print('\ncoverage: core/ %.1f%%, modules/ %.1f%% (line coverage, gcov)'
          % (figures['core'], figures['modules']))
    if figures['core'] < args.fail_under:
        print('coverage: core/ is below %.0f%%' % args.fail_under)
        ok = False
    if not ok:
        print('coverage: some tests failed (figures above still count them)')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
