#!/usr/bin/env bash
# Machine ceiling: the speed-up a second thread can give on this machine, whatever the program. The same piece of
# work is timed on one thread and on two at once, for pure computation, for memory-latency-bound walks over
# working sets of 256 KiB to 64 MiB per thread, and for a memory-bandwidth-bound stream (bench/Cores.java says
# how). Compare bench/experiment.sh's speed-up with these: a simulation run walks its own objects (latency-bound)
# and allocates a stream of new ones, so it cannot scale better than the chase and stream rows allow.
#
#   bench/cores.sh            (about a minute; JDK 11 or later, nothing else)
#
# On a virtual machine the vCPUs may be hyper-threads of one core, or share a cache level with each other and
# with other machines: compute near 2.00 but chase well under it at 1-4 MiB means a shared cache. Other
# processes distort the figures: the load average is printed with them.
set -euo pipefail
cd "$(dirname "$0")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# A fixed heap, allocated up front, and the serial collector: no collector threads competing with the workers.
java -Xms512m -Xmx512m -XX:+UseSerialGC -XX:+AlwaysPreTouch Cores.java
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
