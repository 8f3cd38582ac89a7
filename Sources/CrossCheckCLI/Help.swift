/// Help texts, one per command.
enum Help {
    static let main = """
    crosscheck — check facts for consistency across news sources

    Usage:
      crosscheck check <folder | files...> [options]   compare the sources of one story cluster
      crosscheck claims <folder | files...> [options]  list every extracted claim per source
      crosscheck baseline <folder | files...>          record current findings as reviewed (for --baseline)
      crosscheck rules test|list [PATH...]             run the rules' examples, or list the rules
      crosscheck score <folder> [--expected FILE]     measure a check against a hand-labelled expected.json
      crosscheck eval recognizers <dir>               measure the recognizers on peer spec files
      crosscheck batch [FILE | -] [options]            check many clusters: JSON Lines in, one report per line out
      crosscheck --version
      crosscheck <command> --help

    Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, input or rule error.

    """

    static let check = """
    Usage: crosscheck check <folder | files...> [options]

    Options:
      --rules PATH          add a rule file or folder (repeatable; same id overrides a built-in rule)
      --no-default-rules    start without the built-in rules
      --max-file-size SIZE  refuse input files larger than SIZE bytes (suffix K, M or G; default 256M)
      --format FORMAT       markdown (default) or json
      --output FILE         write the report to FILE (atomically) instead of standard output
      --fail-on LEVEL       error (default), warning, info or never: exit 1 when a finding is at or above it
      --baseline FILE       hide findings whose id is in FILE (written by `crosscheck baseline`); --fail-on
                            ignores them; the summary still counts them
      --min-severity LEVEL  error, warning or info (default): list only findings at or above LEVEL; the
                            summary still counts everything
      --help                show this help

    """

    static let baseline = """
    Usage: crosscheck baseline <folder | files...> [options]

    Checks the cluster and writes the stable ids of all its findings (JSON), so that
    `crosscheck check ... --baseline FILE` lists only findings that are new. Ids hash a finding's kind,
    key and values, not line numbers, so they still match when text moves (two findings that would
    share an id also hash which source gave which wording; each entry's `evidenceId` keeps that id, so
    a reviewed finding stays hidden when such a twin comes or goes).

    Options:
      --output FILE         write the baseline to FILE (atomically) instead of standard output
      --rules PATH          add a rule file or folder (repeatable)
      --no-default-rules    start without the built-in rules
      --max-file-size SIZE  refuse input files larger than SIZE bytes (suffix K, M or G; default 256M)
      --help                show this help

    """

    static let claims = """
    Usage: crosscheck claims <folder | files...> [options]

    Lists every claim extracted from each source: kind, rule, key, value, file:line:column and text.

    Options:
      --rules PATH          add a rule file or folder (repeatable)
      --no-default-rules    start without the built-in rules
      --max-file-size SIZE  refuse input files larger than SIZE bytes (suffix K, M or G; default 256M)
      --format FORMAT       text (default) or json
      --help                show this help

    """

    static let rules = """
    Usage: crosscheck rules test [PATH...] [--no-default-rules]
           crosscheck rules list [PATH...] [--no-default-rules]

    test   runs every rule's examples and prints PASS/FAIL per rule with the failing example and what
           the rule produced instead (and what a value's dimension refused). Exit 1 when an example fails,
           2 when a rule file is invalid.
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
      --max-file-size SIZE  refuse input files larger than SIZE bytes (suffix K, M or G; default 256M)
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

    static let batch = """
    Usage: crosscheck batch [FILE | -] [options]

    Reads JSON Lines from FILE (or standard input when FILE is - or absent), one record per line:
      {"cluster": ID, "source": ID, "text": "...", "outlet": "...", "published": "2024-06-19", "url": "...", "file": "..."}
        one source of a cluster (cluster, source and a non-empty text required; other keys optional)
      {"folder": PATH}   a whole cluster folder (optional "cluster" renames it)
    A cluster's records must be contiguous: the cluster ends when the cluster id changes; if the id
    appears again later, those records are reported as an error.

    Writes one line per cluster: its JSON report (as `check --format json`, on one line). A bad record
    (invalid JSON, a missing field, empty text) becomes {"cluster": ID or null, "error": "...", "line": N}
    and the run goes on. Streaming: memory is bounded by the largest cluster, not the input.

    Options:
      --output FILE         write to FILE (streamed to a temporary file, renamed when done)
      --shard K/N           check only clusters whose stable id hash mod N is K (run N shards anywhere,
                            concatenate their outputs: the same lines as one unsharded run)
      --parallelism N       sources extracted at once within a cluster (default: active processors)
      --rules PATH          add a rule file or folder (repeatable; same id overrides a built-in rule)
      --no-default-rules    start without the built-in rules
      --max-file-size BYTES largest source accepted (suffix K, M or G)
      --help                show this help

    Exit codes: 0 input processed (bad records are reported in the output and counted on standard
    error), 2 usage error or unreadable input.

    """
}
