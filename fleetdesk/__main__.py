"""``python -m fleetdesk`` and the ``fleetdesk`` console script."""

import sys


def main(argv=None) -> int:
    from fleetdesk.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
