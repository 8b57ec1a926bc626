"""Print where a notebook kernel started in FOLDER imports helpers from; fail if under any EXCLUDED folder.

    python .ci/kernel_imports.py FOLDER EXCLUDED...

The kernel is this Python's own ipykernel (as nbval --nbval-current-env starts it), with FOLDER as
its working folder, as nbval gives each notebook its own folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager


class CurrentPython(KernelSpecManager):
    """Every kernel name means this Python's ipykernel."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        return KernelSpec(argv=argv, display_name="current", language="python")


def kernel_helpers_file(folder: Path) -> Path:
    """The file ``import helpers`` loads in a fresh kernel working in ``folder``."""
    manager = KernelManager(kernel_name="current", kernel_spec_manager=CurrentPython())
    manager.start_kernel(cwd=str(folder))
    client = manager.client()
    client.start_channels()
    printed: list[str] = []

    def keep_stdout(message: dict) -> None:
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive("import helpers; print(helpers.__file__)", output_hook=keep_stdout, timeout=60)
        if reply["content"]["status"] != "ok":
            raise SystemExit(f"The kernel could not import helpers: {reply['content'].get('evalue')}")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    return Path("".join(printed).strip()).resolve()


def main(argv: list[str]) -> int:
    folder, *excluded = (Path(a).resolve() for a in argv)
    found = kernel_helpers_file(folder)
    print(f"a kernel in {folder} imports helpers from {found}")
    for bad in excluded:
        if found.is_relative_to(bad):
            print(f"helpers came from {bad}, not from the installed package: the check proves nothing.")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
