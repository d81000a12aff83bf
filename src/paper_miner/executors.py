"""Where papers are derived: in worker processes on this machine, on a Dask cluster, or (for
debugging) in this process.

An executor maps a picklable function over work items and yields results in input order,
so every executor feeds the single store the same sequence and produces the same database.

Local runs, ``--jobs 1`` included, derive each paper in a worker process watched from here
(:func:`isolated`): a paper that runs past its deadline has its worker killed, a worker that
dies (killed for memory, a crash in a native library) is replaced, and either way that paper
comes back as a :class:`Lost` value while the others go on.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Executor = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]
WINDOW = 4  # items handed out per worker ahead of the next one due, bounding held results
STOP_GRACE = 5.0  # seconds a worker gets to exit when the run is over


class Lost(BaseModel):
    """An item whose worker gave back no result, in place of that result."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["timeout", "crashed"]
    message: str
    stage: str | None = None  # the last stage the worker reported for it


def serial(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    """In this process, one item after another: no deadline, no isolation (for --debug)."""
    return map(fn, items)


# --- progress from inside a worker -----------------------------------------------------------

_reporter: Callable[[str], None] | None = None


def report(stage: str) -> None:
    """Tell the process watching this worker which stage the current item is in, so a
    timeout or a crash can say where it happened; nothing when not in a worker."""
    if _reporter is not None:
        _reporter(stage)


# --- worker processes with deadlines ---------------------------------------------------------

def isolated(workers: int = 1, timeout: float | None = None,
             warm_up: Callable[[], None] | None = None) -> Executor:
    """``workers`` processes on this machine; an item still running ``timeout`` seconds
    after its worker began it is stopped and comes back as ``Lost(kind="timeout")``, an
    item whose worker died as ``Lost(kind="crashed")``. ``warm_up`` runs once in each
    worker before its first item (imports), so it does not count against the deadline."""

    def run(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        yield from _Pool(fn, workers, timeout, warm_up).map(items)

    return run


def processes(jobs: int, timeout: float | None = None) -> Executor:
    """A pool of ``jobs`` worker processes on this machine (see :func:`isolated`)."""
    return isolated(jobs, timeout)


def _work(fn, conn: Connection, parent_end: Connection, warm_up) -> None:
    """A worker's loop: items in, ``("done", result)`` out, until told to stop (None) or
    the watching process is gone."""
    global _reporter
    parent_end.close()  # so that the watcher's exit is an end of file here
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the watcher's to handle
    _reporter = lambda stage: conn.send(("stage", stage))  # noqa: E731
    if warm_up:
        warm_up()
    try:
        while (item := conn.recv()) is not None:
            conn.send(("started", None))
            conn.send(("done", fn(item)))
    except EOFError:
        pass


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: int | None = None  # index of the item it holds
    started: float | None = None  # when it began that item (time.monotonic)
    stage: str | None = None


def _context():
    """Fork where there is fork: workers start in milliseconds with what is already imported."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _Pool:
    """Hands items to workers, watches their deadlines and deaths, yields results in order.
    Workers start when there is an item for them, and a dead one is left behind."""

    def __init__(self, fn, size: int, timeout: float | None, warm_up):
        self.fn, self.size, self.timeout, self.warm_up = fn, size, timeout, warm_up
        self.workers: list[_Worker] = []
        self.done: dict[int, Any] = {}

    def map(self, items: Iterable[Any]) -> Iterator[Any]:
        todo, due, handed = iter(enumerate(items)), 0, 0
        try:
            while True:
                given, more = self._hand_out(todo, due + WINDOW * self.size - handed)
                handed += given
                while due in self.done:
                    yield self.done.pop(due)
                    due += 1
                if due == handed and not more:
                    return
                if self._busy():
                    self._watch()
        finally:
            self._stop()

    def _hand_out(self, todo: Iterator, room: int) -> tuple[int, bool]:
        """Give idle workers (starting them as needed) the next items, at most ``room`` of
        them: (how many were given, whether items may remain)."""
        given = 0
        while given < room and (self._idle() or len(self.workers) < self.size):
            item = next(todo, None)
            if item is None:
                return given, False
            worker = self._idle() or self._start()
            worker.task, worker.started, worker.stage = item[0], None, None
            worker.conn.send(item[1])
            given += 1
        return given, True

    def _idle(self) -> _Worker | None:
        for worker in self.workers:
            if worker.task is None and not worker.process.is_alive():
                self._drop(worker)  # died while idle (killed from outside): nothing was lost
                return self._idle()
            if worker.task is None:
                return worker
        return None

    def _start(self) -> _Worker:
        ours, theirs = _context().Pipe()
        process = _context().Process(target=_work, args=(self.fn, theirs, ours, self.warm_up),
                                     daemon=True, name="paper-miner-worker")
        process.start()
        theirs.close()
        self.workers.append(_Worker(process, ours))
        return self.workers[-1]

    def _busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def _watch(self) -> None:
        """Wait for a message, a death or the next deadline, and deal with what happened."""
        busy = self._busy()
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._wait_for())
        for worker in busy:
            alive = self._receive(worker)
            if worker.task is None:
                continue
            if not alive or worker.process.sentinel in ready:
                self._lose(worker, "crashed")
            elif self._overdue(worker):
                self._lose(worker, "timeout")

    def _wait_for(self) -> float | None:
        """Seconds until the nearest deadline of a started item; None when there is none."""
        starts = [w.started for w in self._busy() if w.started is not None]
        if self.timeout is None or not starts:
            return None
        return max(0.0, min(starts) + self.timeout - time.monotonic())

    def _overdue(self, worker: _Worker) -> bool:
        return (self.timeout is not None and worker.started is not None
                and time.monotonic() - worker.started >= self.timeout)

    def _receive(self, worker: _Worker) -> bool:
        """Take every message waiting from ``worker``; False when it died while sending."""
        try:
            while worker.task is not None and worker.conn.poll():
                what, value = worker.conn.recv()
                if what == "started":
                    worker.started = time.monotonic()
                elif what == "stage":
                    worker.stage = value
                else:
                    self.done[worker.task], worker.task = value, None
        except (EOFError, OSError):
            return False
        return True

    def _lose(self, worker: _Worker, kind: Literal["timeout", "crashed"]) -> None:
        """Record the worker's item as lost and end the worker; a fresh one starts when
        there is work for it."""
        worker.process.kill()  # a dead worker keeps its exit status through this
        worker.process.join()
        message = (_death(worker.process.exitcode, worker.stage) if kind == "crashed"
                   else _overdue_message(self.timeout, worker.stage))
        self.done[worker.task] = Lost(kind=kind, message=message, stage=worker.stage)
        self._drop(worker)

    def _drop(self, worker: _Worker) -> None:
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    def _stop(self) -> None:
        for worker in self.workers:
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + STOP_GRACE
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()) if worker.task is None else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()


def _death(exitcode: int | None, stage: str | None) -> str:
    """What a dead worker's exit code says, for the failures table.

    >>> _death(-9, "extract")
    'the worker process was killed (SIGKILL), most often by the system for running out of memory, during stage extract; the other papers went on'
    """
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        why = {
            "SIGKILL": "was killed (SIGKILL), most often by the system for running out of memory",
            "SIGSEGV": "crashed (SIGSEGV), in a native library",
        }.get(name, f"was killed by {name}")
    else:
        why = f"exited with status {exitcode}"
    return f"the worker process {why}, during stage {stage or 'read'}; the other papers went on"


def _overdue_message(timeout: float | None, stage: str | None) -> str:
    """What a paper stopped at its deadline is reported with.

    >>> _overdue_message(600, "extract")
    'stopped after 600 s (the limit per paper) during stage extract; raise the limit with --timeout if the paper is simply long'
    """
    return (f"stopped after {timeout:g} s (the limit per paper) during stage {stage or 'read'}; "
            "raise the limit with --timeout if the paper is simply long")


# --- Dask ------------------------------------------------------------------------------------

def dask(address: str) -> Executor:
    """Workers of a running Dask cluster, e.g. ``tcp://scheduler:8786``.

    Only derivation runs on the cluster; results come back here and are written through the
    one store, so SQLite never has more than one writer. A paper whose task kept killing
    its Dask worker comes back as ``Lost(kind="crashed")``; Dask cannot stop a running task,
    so the time limit per paper does not apply on a cluster.
    """
    try:
        from distributed import Client
        from distributed.scheduler import KilledWorker
    except ImportError as err:  # an optional extra: say how to get it
        raise RuntimeError(
            "the dask executor needs dask.distributed: pip install 'paper-miner[dask]'"
        ) from err

    def run(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        with Client(address) as client:
            futures = client.map(fn, list(items), pure=False)
            for future in futures:
                try:
                    yield future.result()
                except KilledWorker as err:
                    yield Lost(kind="crashed", message=f"every Dask worker that took this paper died ({err})")
                future.release()  # keep memory flat on long runs

    return run


def choose(jobs: int = 1, dask_address: str | None = None, timeout: float | None = None,
           debug: bool = False, warm_up: Callable[[], None] | None = None) -> Executor:
    """The executor for a run: this process for ``debug``, else a Dask cluster when given
    its address, else ``jobs`` watched worker processes."""
    if debug:
        return serial
    if dask_address:
        return dask(dask_address)
    return isolated(jobs, timeout, warm_up)
