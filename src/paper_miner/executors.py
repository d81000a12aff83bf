"""Where papers are derived: in this process, in a local process pool, or on a Dask cluster.

An executor maps a picklable function over work items and yields results in input order,
so every executor feeds the single store the same sequence and produces the same database.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

Executor = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


def serial(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    return map(fn, items)


def processes(jobs: int) -> Executor:
    """A pool of ``jobs`` worker processes on this machine."""

    def run(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            # chunksize 1: papers vary from 1 to 100+ pages, so small chunks balance the load
            yield from pool.map(fn, items, chunksize=1)

    return run


def dask(address: str) -> Executor:
    """Workers of a running Dask cluster, e.g. ``tcp://scheduler:8786``.

    Only derivation runs on the cluster; results come back here and are written through the
    one store, so SQLite never has more than one writer.
    """
    try:
        from distributed import Client
    except ImportError as err:  # an optional extra: say how to get it
        raise RuntimeError(
            "the dask executor needs dask.distributed: pip install 'paper-miner[dask]'"
        ) from err

    def run(fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        with Client(address) as client:
            futures = client.map(fn, list(items), pure=False)
            for future in futures:
                yield future.result()
                future.release()  # keep memory flat on long runs

    return run


def choose(jobs: int = 1, dask_address: str | None = None) -> Executor:
    if dask_address:
        return dask(dask_address)
    return processes(jobs) if jobs > 1 else serial
