"""Process pools that a Ctrl-C stops at once, however many times it is pressed.

A terminal's Ctrl-C reaches the whole process group: the workers, the fork server and the
parent. The parent alone decides: on its first KeyboardInterrupt it kills the workers and
leaves without waiting for them, and ignores the Ctrl-Cs that follow. Before, the workers
died of their own KeyboardInterrupt (a traceback each), one of them mid-read of the task pipe,
and a second Ctrl-C cut short the pool's exit: the interpreter's exit then waited forever for
a worker blocked on the torn pipe or its lock.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

# How long a killed worker is given to be reaped (SIGKILL cannot be refused: a formality).
REAP_SECONDS = 5.0


def ignore_interrupts() -> None:
    """Each worker's initializer: a Ctrl-C is the parent's to act on, not the workers'."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool(ProcessPoolExecutor):
    def submit(self, *args, **kwargs):
        # Workers (and the fork server, at the first) start in submit: SIGINT blocked here is
        # blocked in them from their first instruction, before the initializer runs; the fork
        # server would otherwise die of a Ctrl-C while it imports the audit. In this process
        # a Ctrl-C is only held back until submit returns.
        with _interrupts_held():
            return super().submit(*args, **kwargs)


@contextlib.contextmanager
def worker_pool(jobs: int, mp_context=None) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are killed, not awaited, when the block raises (a Ctrl-C,
    or an error that ends the run): nothing they hold is worth waiting for, since the parent
    writes every row."""
    with _first_interrupt_only():
        pool = _Pool(max_workers=jobs, mp_context=mp_context, initializer=ignore_interrupts)
        try:
            yield pool
        except BaseException:
            _kill(pool)
            raise
        pool.shutdown(wait=True)


def _kill(pool: ProcessPoolExecutor) -> None:
    processes = list((pool._processes or {}).values())  # emptied by shutdown: read it first
    for process in processes:
        process.kill()
    # A worker killed while it sent a result leaves half a message, which the pool's thread
    # would wait to complete forever (and the interpreter's exit joins that thread): with
    # this process's copy of the pipe's writing end closed, it reads the end of file instead.
    if pool._result_queue is not None:
        pool._result_queue._writer.close()
    manager = pool._executor_manager_thread
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(REAP_SECONDS)
    # The pool's thread closes its wake-up pipe as it ends; the interpreter's exit writes to
    # that pipe unless it is closed, and a write racing the close printed "Exception ignored
    # … Bad file descriptor" with a traceback (1 run in 5 of a double Ctrl-C): let it end first.
    if manager is not None:
        manager.join(REAP_SECONDS)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: the initializer alone
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def _first_interrupt_only() -> Iterator[None]:
    """The first Ctrl-C raises KeyboardInterrupt, later ones are ignored: the process is then
    stopping its workers and exiting, and another KeyboardInterrupt would only cut that short.
    SIGINT stays ignored after an interrupt (the run is over); else the handler is restored.
    Left alone off the main thread, or when SIGINT has a handler of the caller's own."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return

    def interrupted(signum, frame):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise
    finally:
        if signal.getsignal(signal.SIGINT) is interrupted:
            signal.signal(signal.SIGINT, signal.default_int_handler)
