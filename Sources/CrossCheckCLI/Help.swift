/// Help texts, one per command.
enum Help {
    static let main = """
    crosscheck — check facts for consistency across news sources

    Usage:
      crosscheck check <folder | files...> [options]   compare the sources of one story cluster
      crosscheck claims <folder | files...> [options]  list every extracted claim per source
      crosscheck eval recognizers <dir>               measure the recognizers on peer spec files
      crosscheck --version
      crosscheck <command> --help

    Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, input or rule error.

    """

    static let check = """
    Usage: crosscheck check <folder | files...> [options]

    Options:
      --rules PATH          add a rule file or folder (repeatable; same id overrides a built-in rule)
      --no-default-rules    start without the built-in rules
      --format FORMAT       markdown (default) or json
      --output FILE         write the report to FILE (atomically) instead of standard output
      --fail-on LEVEL       error (default), warning, info or never: exit 1 when a finding is at or above it
      --help                show this help

    """

    static let claims = """
    Usage: crosscheck claims <folder | files...> [options]

    Lists every claim extracted from each source: kind, rule, key, value, file:line:column and text.

    Options:
      --rules PATH          add a rule file or folder (repeatable)
      --no-default-rules    start without the built-in rules
      --format FORMAT       text (default) or json
      --help                show this help

    """

    static let eval = """
    Usage: crosscheck eval recognizers <dir> [options]

    Runs the peer's number, range, percent, ordinal, dimension, date and duration spec files
    (Recognizers-Text format, e.g. ../shared/reference/recognizers-text) through the recognizers and
    prints, per file, the cases in scope for news claims, how many pass, the pass rate, what was left out
    of scope and why, and each failure. Exit code 0.

    Options:
      --max-failures N      list at most N failures per file
      --no-failures         print the table and scope only
      --help                show this help

    """
}
