/// Token hashes (`Token.hash(literal:)`) of the lower-case literals the number, date and time recognizers
/// compare tokens to, as integer constants: no hashing at run time. `LitHashTests` checks each against
/// `Token.hash(literal:)`.
enum LitHash {
    static let `a`: UInt64 = 0xaf63dc4c8601ec8c
    static let `after`: UInt64 = 0xbf82010f6f71eae9
    static let `ago`: UInt64 = 0xe715be190539325a
    static let `all`: UInt64 = 0xe6f09b190519daa4
    static let `am`: UInt64 = 0x089c3707b5458253
    static let `an`: UInt64 = 0x089c3807b5458406
    static let `and`: UInt64 = 0xe6f79719051ff286
    static let `another`: UInt64 = 0xb08377e5e235fd94
    static let `at`: UInt64 = 0x089c4e07b545a968
    static let `b`: UInt64 = 0xaf63df4c8601f1a5
    static let `before`: UInt64 = 0xd89aa06245afb2be
    static let `but`: UInt64 = 0x00611e19135a72cc
    static let `coming`: UInt64 = 0x9ecd097cb5f70c32
    static let `dawn`: UInt64 = 0x85577867309f9ca7
    static let `day`: UInt64 = 0xca8d3918f4578f1d
    static let `dozen`: UInt64 = 0xf40c43ab46208b49
    static let `earlier`: UInt64 = 0xdf040ecda350ea5b
    static let `equal`: UInt64 = 0x6a7933d70f43faaf
    static let `few`: UInt64 = 0xdcc67d18feea8c19
    static let `following`: UInt64 = 0x9f50e1df5bdfdcf8
    static let `for`: UInt64 = 0xdcb27818fed9da90
    static let `from`: UInt64 = 0x7f845078d7a5c0b5
    static let `full`: UInt64 = 0x865b7478db00e67c
    static let `g`: UInt64 = 0xaf63da4c8601e926
    static let `h`: UInt64 = 0xaf63e54c8601fbd7
    static let `half`: UInt64 = 0x2e33a6cc74123124
    static let `halves`: UInt64 = 0xdde6eccf68df8690
    static let `hence`: UInt64 = 0x92379c46764db19c
    static let `hundred`: UInt64 = 0x6ca4772e23f50ae3
    static let `in`: UInt64 = 0x08b73807b55c4bbe
    static let `k`: UInt64 = 0xaf63e64c8601fd8a
    static let `last`: UInt64 = 0x0456d2ad905847d9
    static let `later`: UInt64 = 0x9ee71cec3834bb69
    static let `less`: UInt64 = 0x24dc7fada2297118
    static let `local`: UInt64 = 0x249f1fb6f3a680e8
    static let `m`: UInt64 = 0xaf63e04c8601f358
    static let `march`: UInt64 = 0x9092e9a4e1895990
    static let `may`: UInt64 = 0x080f5019176d1e46
    static let `midday`: UInt64 = 0x5bd2ea8d7d245cbd
    static let `midnight`: UInt64 = 0xc4d884d268d517a1
    static let `mm`: UInt64 = 0x08a95707b550430f
    static let `month`: UInt64 = 0xf4bdc3936faf56a5
    static let `more`: UInt64 = 0x0d1be7a2c400c080
    static let `next`: UInt64 = 0xe5316cbaa025f028
    static let `night`: UInt64 = 0x4f77b2414b2c8001
    static let `no`: UInt64 = 0x08b35907b5589afa
    static let `noon`: UInt64 = 0x3c10f2bad16cff73
    static let `now`: UInt64 = 0x215ad519258e9d97
    static let `of`: UInt64 = 0x08b06007b5567108
    static let `oh`: UInt64 = 0x08b05e07b5566da2
    static let `old`: UInt64 = 0x1a0fad1921d08076
    static let `on`: UInt64 = 0x08b05807b5566370
    static let `one`: UInt64 = 0x1a08aa1921ca5caf
    static let `or`: UInt64 = 0x08b05407b5565ca4
    static let `out`: UInt64 = 0x19f79b1921bbcfff
    static let `over`: UInt64 = 0xc2a38db44454a06f
    static let `p`: UInt64 = 0xaf63ed4c8602096f
    static let `past`: UInt64 = 0x03b42b0debc88fdd
    static let `plus`: UInt64 = 0xa5c0590db6f268b5
    static let `pm`: UInt64 = 0x08d53b07b5754e66
    static let `point`: UInt64 = 0x73feab3544c345b1
    static let `pre`: UInt64 = 0x77fd511956a1edc6
    static let `predawn`: UInt64 = 0x6d88506302753e48
    static let `previous`: UInt64 = 0xec5f63ffe7e97248
    static let `quarter`: UInt64 = 0xffbe2660a81c5667
    static let `quarters`: UInt64 = 0xac714a3da82643fc
    static let `several`: UInt64 = 0x20311bc8cf7920ef
    static let `so`: UInt64 = 0x08d93907b57933d7
    static let `some`: UInt64 = 0x6035dc18f0bbd4d1
    static let `than`: UInt64 = 0x256cc7ef3232833a
    static let `the`: UInt64 = 0x56f5c9194461d57c
    static let `this`: UInt64 = 0x2587bcef32493841
    static let `time`: UInt64 = 0x1e5485ef2e9f9384
    static let `tmrw`: UInt64 = 0x42283bef433f632d
    static let `to`: UInt64 = 0x08c83907b56ac0a4
    static let `today`: UInt64 = 0xa411597d0674521e
    static let `tomorrow`: UInt64 = 0x480b227ca618e526
    static let `tonight`: UInt64 = 0x06e79a213afafd4a
    static let `week`: UInt64 = 0x3d80fff619edbfbd
    static let `year`: UInt64 = 0x7c64634977425edc
    static let `yesterday`: UInt64 = 0xf945458585f62267
    static let `zero`: UInt64 = 0x2229e8613760a383

    /// Every constant with its literal (for the test).
    static let table: [(String, UInt64)] = [
        ("a", `a`),
        ("after", `after`),
        ("ago", `ago`),
        ("all", `all`),
        ("am", `am`),
        ("an", `an`),
        ("and", `and`),
        ("another", `another`),
        ("at", `at`),
        ("b", `b`),
        ("before", `before`),
        ("but", `but`),
        ("coming", `coming`),
        ("dawn", `dawn`),
        ("day", `day`),
        ("dozen", `dozen`),
        ("earlier", `earlier`),
        ("equal", `equal`),
        ("few", `few`),
        ("following", `following`),
        ("for", `for`),
        ("from", `from`),
        ("full", `full`),
        ("g", `g`),
        ("h", `h`),
        ("half", `half`),
        ("halves", `halves`),
        ("hence", `hence`),
        ("hundred", `hundred`),
        ("in", `in`),
        ("k", `k`),
        ("last", `last`),
        ("later", `later`),
        ("less", `less`),
        ("local", `local`),
        ("m", `m`),
        ("march", `march`),
        ("may", `may`),
        ("midday", `midday`),
        ("midnight", `midnight`),
        ("mm", `mm`),
        ("month", `month`),
        ("more", `more`),
        ("next", `next`),
        ("night", `night`),
        ("no", `no`),
        ("noon", `noon`),
        ("now", `now`),
        ("of", `of`),
        ("oh", `oh`),
        ("old", `old`),
        ("on", `on`),
        ("one", `one`),
        ("or", `or`),
        ("out", `out`),
        ("over", `over`),
        ("p", `p`),
        ("past", `past`),
        ("plus", `plus`),
        ("pm", `pm`),
        ("point", `point`),
        ("pre", `pre`),
        ("predawn", `predawn`),
        ("previous", `previous`),
        ("quarter", `quarter`),
        ("quarters", `quarters`),
        ("several", `several`),
        ("so", `so`),
        ("some", `some`),
        ("than", `than`),
        ("the", `the`),
        ("this", `this`),
        ("time", `time`),
        ("tmrw", `tmrw`),
        ("to", `to`),
        ("today", `today`),
        ("tomorrow", `tomorrow`),
        ("tonight", `tonight`),
        ("week", `week`),
        ("year", `year`),
        ("yesterday", `yesterday`),
        ("zero", `zero`),
    ]
}
