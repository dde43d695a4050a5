"""The engines the feature expressions run on: one small adapter each, differences as data.

The features are Ibis expressions; an adapter only connects, reads a Parquet table and says
how to spell the few things Ibis leaves to the backend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ibis

from consentry.errors import ConsentryError


@dataclass(frozen=True)
class Backend:
    name: str
    connect: Callable[[], Any]
    read: Callable[[Any, Path, str], Any]
    # its memory is this process's (DuckDB): closed once the engine queries are done, so its
    # buffers (gigabytes at 50M exchanges) go back before the pandas stages
    in_process: bool = False


def _duckdb_connect() -> Any:
    import tempfile

    from consentry.config import get_settings

    settings = get_settings()
    con = ibis.duckdb.connect()
    con.raw_sql("SET preserve_insertion_order = false")
    # bounded memory: what does not fit spills to the system's temporary folder (DuckDB
    # removes its files when the connection closes), not to the working directory
    con.raw_sql(f"SET memory_limit = '{settings.detect_memory}'")
    spill = Path(tempfile.gettempdir()) / "consentry-duckdb"
    con.raw_sql(f"SET temp_directory = '{spill}'")
    if settings.detect_threads is not None:
        con.raw_sql(f"SET threads = {settings.detect_threads}")
    return con


def _duckdb_read(con: Any, path: Path, name: str) -> Any:
    if path.is_dir():
        return con.read_parquet(f"{path}/**/*.parquet", table_name=name, hive_partitioning=True)
    return con.read_parquet(str(path), table_name=name)


_SPARK: dict[str, Any] = {}


def _spark_connect() -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConsentryError(
            "the spark backend needs PySpark: pip install 'consentry[spark]' (and Java 17)."
        ) from None
    from consentry.config import get_settings

    master = get_settings().spark_master
    if master not in _SPARK:
        session = (
            SparkSession.builder.master(master)
            .appName("consentry-detect")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.memory", "4g")
            .config("spark.sql.ansi.enabled", "false")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        _SPARK[master] = session
    return ibis.pyspark.connect(_SPARK[master])


def _spark_read(con: Any, path: Path, name: str) -> Any:
    return con.read_parquet(str(path), table_name=name)


BACKENDS: dict[str, Backend] = {
    "duckdb": Backend("duckdb", _duckdb_connect, _duckdb_read, in_process=True),
    "spark": Backend("spark", _spark_connect, _spark_read),
}


def get_backend(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise ConsentryError(
            f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}."
        ) from None
