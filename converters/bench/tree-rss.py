#!/usr/bin/env python3
"""tree-rss.py OUT cmd...: runs cmd; writes "seconds peak_kib" to OUT, where peak_kib is the largest sum of
the resident set sizes of cmd's whole process tree, sampled every 50 ms. /usr/bin/time's %M is the peak of
the largest single process: `esimder convert` runs in a child JVM with a bounded heap (BoundedHeapLauncher),
and the launching JVM's memory counts too. The exit code is cmd's."""
import os, subprocess, sys, time


def tree(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()
                children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(entry))
            except OSError:
                pass
    found, todo = [root], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rss_kib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


out, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
process = subprocess.Popen(cmd)
peak = 0
while process.poll() is None:
    peak = max(peak, sum(rss_kib(pid) for pid in tree(process.pid)))
    time.sleep(0.05)
with open(out, "w") as f:
    f.write(f"{time.monotonic() - start:.2f} {peak}\n")
sys.exit(process.returncode)
