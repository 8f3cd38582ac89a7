/// Help texts, one per command.
enum Help {
    static let main = """
    crosscheck — check facts for consistency across news sources

    Usage:
      crosscheck check <folder | files...> [options]   compare the sources of one story cluster
      crosscheck claims <folder | files...> [options]  list every extracted claim per source
      crosscheck rules test|list [PATH...]             run the rules' examples, or list the rules
      crosscheck score <folder> [--expected FILE]     measure a check against a hand-labelled expected.json
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

    static let rules = """
    Usage: crosscheck rules test [PATH...] [--no-default-rules]
           crosscheck rules list [PATH...] [--no-default-rules]

    test   runs every rule's examples and prints PASS/FAIL per rule with the failing example and what
           the rule produced instead. Exit 1 when an example fails, 2 when a rule file is invalid.
    list   prints id, kind, description and file of every rule, the recognizer classes and lexicons.

    PATH is a rule file or a folder of *.json5 files (repeatable). Without PATH: the built-in rules.
    With PATH: the rules of those files (the built-in lexicons stay available unless --no-default-rules).
    The rule language: Rules/README.md.

    """

    static let score = """
    Usage: crosscheck score <folder> [options]

    Checks the cluster and scores the report against an answer key (default: <folder>/expected.json):
    how many expected discrepancies are reported (and at the expected severity), how many agreements
    are flagged as error or warning, and whether anything in must_not_report is cited.

    Options:
      --expected FILE       the answer key
      --rules PATH          add a rule file or folder (repeatable)
      --no-default-rules    start without the built-in rules
      --verbose             list every key entry with what matched it
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
