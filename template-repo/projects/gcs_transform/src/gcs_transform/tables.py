"""The exports this project cleans: one spec per table. Add a table here and to dag.yaml's matrix."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One output column: its type, whether a row without it is rejected, other header spellings."""

    name: str
    type: str  # string | int | decimal | bool | date | timestamp
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """One export: its columns, its primary key (duplicates: the last row wins) and its conventions."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    day_first: bool = False  # 03/04/2024 is 3 April (True) or March 4 (False)
    timezone: str = "UTC"  # zone of timestamps written without an offset


TABLES: dict[str, Table] = {
    "orders": Table(
        name="orders",
        key=("order_id",),
        timezone="America/New_York",
        columns=(
            Column("order_id", "int", required=True, aliases=("id", "order_no")),
            Column("customer_id", "int", required=True),
            Column("ordered_at", "timestamp", required=True, aliases=("order_date", "created")),
            Column("amount", "decimal", required=True, aliases=("total",)),
            Column("currency", "string"),
            Column("gift", "bool"),
        ),
    ),
    "customers": Table(
        name="customers",
        key=("customer_id",),
        day_first=True,
        columns=(
            Column("customer_id", "int", required=True, aliases=("id",)),
            Column("email", "string", required=True),
            Column("country", "string"),
            Column("signup_date", "date", aliases=("signed_up",)),
            Column("marketing_opt_in", "bool", aliases=("opt_in",)),
        ),
    ),
    "refunds": Table(
        name="refunds",
        key=("refund_id",),
        columns=(
            Column("refund_id", "int", required=True),
            Column("order_id", "int", required=True),
            Column("refunded_at", "timestamp", required=True),
            Column("amount", "decimal", required=True),
            Column("reason", "string"),
        ),
    ),
}
