"""Transform one day's exports (placeholder entry point)."""
import argparse


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--day", required=True)
    print(f"transforming exports of {parser.parse_args().day}")


if __name__ == "__main__":
    main()
