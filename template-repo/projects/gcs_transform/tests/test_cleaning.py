import pytest

from gcs_transform.cleaning import SchemaError, clean_csv, normalise_header, parse_value, to_jsonl
from gcs_transform.tables import TABLES, Column

ORDERS = TABLES["orders"]
CUSTOMERS = TABLES["customers"]

ORDERS_CSV = (
    "\ufeffOrder No, Customer ID ,Order Date,Total,Currency,Gift,Channel\r\n"
    "1001,42,2024-01-01 09:30,\"$1,234.50\",usd,yes,web\r\n"
    "1002,43,01/02/2024 23:15:00,(12.00),USD,no,store\r\n"
    "1003,,2024-01-01T10:00:00Z,5,USD,,web\r\n"
    "1004,44,yesterday-ish,5,USD,,web\r\n"
    "\r\n"
    "1001,42,2024-01-01 09:30,1234.55,USD,Y,web\r\n"
    "1005,45,2024-01-01 08:00:00+01:00,7.1,EUR,maybe,web\r\n"
    "1006,46\r\n"
)


def test_headers_are_normalised():
    assert normalise_header(" Order Date ") == "order_date"
    assert normalise_header("OrderDate") == "order_date"
    assert normalise_header("\ufeffcustomer-ID") == "customer_id"


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        ("  Jane   Doe ", "string", "Jane Doe"),
        ("N/A", "string", None),
        ("1,234", "int", 1234),
        ("$1,234.50", "decimal", "1234.50"),
        ("(12.00)", "decimal", "-12.00"),
        ("1.5e3", "decimal", "1.5E+3"),
        ("Yes", "bool", True),
        ("0", "bool", False),
    ],
)
def test_parse_value_types_each_cell(raw, kind, expected):
    assert parse_value(raw, Column("c", kind), ORDERS) == expected


@pytest.mark.parametrize(("raw", "kind"), [("12a", "int"), ("1.2.3", "decimal"), ("NaN", "decimal"), ("maybe", "bool"), ("soon", "date")])
def test_parse_value_says_what_is_wrong(raw, kind):
    with pytest.raises(ValueError, match=repr(raw).replace("(", r"\(").replace(")", r"\)")):
        parse_value(raw, Column("c", kind), ORDERS)


def test_timestamps_without_offset_are_in_the_tables_zone_and_written_in_utc():
    column = Column("t", "timestamp")
    assert parse_value("2024-07-01 09:30", column, ORDERS) == "2024-07-01T13:30:00Z"  # New York, summer time
    assert parse_value("2024-01-01 09:30", column, ORDERS) == "2024-01-01T14:30:00Z"
    assert parse_value("2024-01-01T08:00:00+01:00", column, ORDERS) == "2024-01-01T07:00:00Z"


def test_dates_follow_the_tables_day_first_convention():
    column = Column("d", "date")
    assert parse_value("03/04/2024", column, CUSTOMERS) == "2024-04-03"
    assert parse_value("03/04/2024", column, ORDERS) == "2024-03-04"


def test_clean_csv_types_rejects_and_deduplicates():
    result = clean_csv(ORDERS_CSV, ORDERS)
    assert [row["order_id"] for row in result.rows] == [1001, 1002]
    # The later row of order 1001 (a correction) wins.
    assert result.rows[0] == {"order_id": 1001, "customer_id": 42, "ordered_at": "2024-01-01T14:30:00Z", "amount": "1234.55", "currency": "USD", "gift": True}
    assert result.rows[1]["amount"] == "-12.00" and result.rows[1]["ordered_at"] == "2024-01-03T04:15:00Z"
    assert [(reject["line"], reject["reason"]) for reject in result.rejects] == [
        (4, "customer_id: required"),
        (5, "ordered_at: not a timestamp: 'yesterday-ish'"),
        (8, "gift: not a yes/no value: 'maybe'"),
        (9, "2 fields, the header has 7"),
    ]
    assert result.stats() == {"read": 7, "written": 2, "rejected": 4, "duplicates": 1, "ignored_columns": ["Channel"]}


def test_a_header_without_a_required_column_is_a_schema_error():
    with pytest.raises(SchemaError, match=r"lacks required column\(s\) customer_id, amount"):
        clean_csv("order_id,ordered_at\n1,2024-01-01\n", ORDERS)
    with pytest.raises(SchemaError, match="empty"):
        clean_csv("", ORDERS)
    with pytest.raises(SchemaError, match="appears twice"):
        clean_csv("id,order_id,customer_id,ordered_at,amount\n", ORDERS)


def test_jsonl_is_deterministic_and_keeps_unicode():
    rows = [{"b": 1, "a": "Zoë"}]
    assert to_jsonl(rows) == '{"a":"Zoë","b":1}\n'.encode()
    assert to_jsonl([]) == b""
