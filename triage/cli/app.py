"""The Typer application, its shared options, and the one-line error handling."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from triage import bootstrap, config
from triage.domain.errors import TriageError
from triage.services import Deps


class OneLineErrors(TyperGroup):
    """Every failure reaches the user as one line and exit status 1, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except TriageError as error:
            fail(str(error))
        except Exception as error:
            if is_click_control_flow(error):
                raise
            # The one place a surprise becomes a line; --verbose logging keeps the traceback.
            logging.getLogger(__name__).debug("unexpected error", exc_info=True)
            fail(f"{type(error).__name__}: {error}")


def is_click_control_flow(error: Exception) -> bool:
    # typer ships its own copy of Click, so its usage errors are not instances of the click
    # package's classes; they are recognised by the exit code they carry instead.
    return isinstance(error, typer.Exit | typer.Abort) or hasattr(error, "exit_code")


def fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(1)


app = typer.Typer(
    cls=OneLineErrors,
    help="Triage a medical practice's social-media inbox.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help=f"Config file (or set {config.CONFIG_ENV})."),
]
UserOption = Annotated[str, typer.Option("--as", help="Your user id, as listed under [roles].")]


class State:
    config_file: Path | None = None


@app.callback()
def main_options(config_file: ConfigOption = None) -> None:
    State.config_file = config_file


def settings() -> config.Settings:
    return config.load(config.config_path(str(State.config_file) if State.config_file else None))


def deps() -> Deps:
    return bootstrap.build(settings())


def deps_or_example() -> Deps:
    """For tools that only need practice facts: the example practice when no config is given."""
    if not config.is_given(str(State.config_file) if State.config_file else None):
        err.print(f"note: no config given; using the example practice in {config.EXAMPLE_CONFIG}")
        return bootstrap.build(config.load(config.EXAMPLE_CONFIG))
    return deps()


def write_json_line(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()
