"""Fetch one station's observations for one hour (placeholder entry point)."""
import argparse


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--station", required=True)
    parser.add_argument("--hour", required=True)
    args = parser.parse_args()
    print(f"fetching {args.station} at {args.hour}")


if __name__ == "__main__":
    main()
