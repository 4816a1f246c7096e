"""Entry script of the frozen app (PyInstaller runs this as ``__main__``)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a child process is ever spawned
    from fleetdesk.__main__ import main

    sys.exit(main())
