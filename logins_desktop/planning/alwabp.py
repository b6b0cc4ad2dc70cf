"""ALWABP instances (Chaves, Miralles, Lorena 2007; Borba & Ritt 2014 supplement) and solutions.

File format: n; n rows of per-worker task times ("Inf" = this worker cannot do the task); precedence
arcs "i j" (1-based) until "-1 -1" or the end of the file (some published files have no terminator);
CRLF line endings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from logins_desktop.domain.errors import DomainError
from logins_desktop.messages import Message, msg


@dataclass(frozen=True)
class Instance:
    name: str
    times: tuple[tuple[int | None, ...], ...]  # times[task][worker], None = cannot
    arcs: tuple[tuple[int, int], ...]  # 0-based (i, j): i before j

    @property
    def tasks(self) -> int:
        return len(self.times)

    @property
    def workers(self) -> int:
        return len(self.times[0])

    def lower_bound(self) -> int:
        """Each task at its fastest worker, spread over all stations; and the longest single task."""
        fastest = [min(t for t in row if t is not None) for row in self.times]
        return max(max(fastest), -(-sum(fastest) // self.workers))


@dataclass
class Solution:
    cycle_time: int
    station_worker: list[int]  # station -> worker (0-based)
    task_station: list[int]  # task -> station (0-based)
    lower_bound: int = 0
    proven_optimal: bool = False
    seconds: float = 0.0
    loads: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        stations = []
        for s, w in enumerate(self.station_worker):
            stations.append({"station": s + 1, "worker": w + 1,
                             "tasks": [i + 1 for i, st in enumerate(self.task_station) if st == s]})
        return {"cycle_time": self.cycle_time, "lower_bound": self.lower_bound,
                "proven_optimal": self.proven_optimal, "stations": stations}


def read_instance(path: Path | str, name: str | None = None) -> Instance:
    path = Path(path)
    tokens_by_line = [line.split() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]
    try:
        n = int(tokens_by_line[0][0])
        rows = tokens_by_line[1:n + 1]
        times = tuple(tuple(None if v == "Inf" else int(v) for v in row) for row in rows)
        arcs = []
        for tokens in tokens_by_line[n + 1:]:
            i, j = int(tokens[0]), int(tokens[1])
            if (i, j) == (-1, -1):
                break
            arcs.append((i - 1, j - 1))
    except (IndexError, ValueError) as exc:
        raise DomainError(msg("planning.alwabp_unreadable", path=str(path), detail=str(exc))) from None
    if len(times) != n or len({len(r) for r in times}) != 1:
        raise DomainError(msg("planning.alwabp_times", path=str(path), n=n))
    if any(all(t is None for t in row) for row in times):
        raise DomainError(msg("planning.alwabp_no_operator", path=str(path)))
    return Instance(name or str(path), times, tuple(arcs))


def validate(instance: Instance, solution: Solution) -> list[Message]:
    """Everything wrong with a solution (empty: valid). Used before any result is reported."""
    problems = []
    k, n = instance.workers, instance.tasks
    if sorted(solution.station_worker) != list(range(k)):
        problems.append(msg("planning.one_station_per_operator"))
    if len(solution.task_station) != n or any(not 0 <= s < k for s in solution.task_station):
        problems.append(msg("planning.one_station_per_task"))
        return problems
    loads = [0] * k
    for i, s in enumerate(solution.task_station):
        t = instance.times[i][solution.station_worker[s]]
        if t is None:
            problems.append(msg("planning.operator_cannot", task=i + 1, station=s + 1, operator=solution.station_worker[s] + 1))
        else:
            loads[s] += t
    for i, j in instance.arcs:
        if solution.task_station[i] > solution.task_station[j]:
            problems.append(msg("planning.precedence", first=i + 1, second=j + 1))
    if max(loads) > solution.cycle_time:
        problems.append(msg("planning.cycle_time", load=max(loads), cycle=solution.cycle_time))
    return problems
