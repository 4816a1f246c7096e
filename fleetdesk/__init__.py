"""FleetDesk."""

import time

__version__ = "0.1.0"
#: when the process imported FleetDesk (for "time to first paint")
STARTED_AT = time.perf_counter()
