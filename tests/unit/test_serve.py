"""Team mode (#16): `fleetdesk serve` — sync forever with a health line; here two passes."""

from __future__ import annotations

from fleetdesk.cli import main


def test_serve_runs_passes_and_prints_a_health_line_on_each_engine(engine_url, tmp_path, capsys):
    url = engine_url.display() if not engine_url.is_sqlite else f"sqlite:///{engine_url.path}"
    code = main(
        ["--data-dir", str(tmp_path / "d"), "--database", url, "serve", "--passes", "2", "--interval", "0"]
    )
    err = capsys.readouterr().err
    lines = [
        line for line in err.splitlines() if line.startswith("fleetdesk serve") or line.startswith("serve:")
    ]
    assert code == 0 and len(lines) == 2, err
    engine = "SQLite" if engine_url.is_sqlite else "PostgreSQL"
    assert f"database {engine}; outbox 0 sent, 0 unsent, 0 need attention" in lines[0]


def test_the_systemd_unit_runs_serve():
    from pathlib import Path

    unit = (Path(__file__).parents[2] / "packaging" / "linux" / "fleetdesk-serve.service").read_text()
    assert "ExecStart=/opt/fleetdesk/fleetdesk serve" in unit and "Restart=on-failure" in unit
