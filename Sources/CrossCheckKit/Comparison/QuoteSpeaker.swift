/// Who a quotation is given to, as the attribution check compares speakers.
enum QuoteSpeaker {
    /// The speaker's canonical name, or only its surname when the text names the speaker by surname
    /// alone ("Mrs Oduya said", "Brandvik said"): the people scan then resolves the surname to the one
    /// full name of that family the source gives, which may be another person of it (the dead girl,
    /// where another source names her mother, Grace Oduya). The surname agrees with every bearer, so
    /// a family's two members are never reported as two speakers of one quotation; different surnames
    /// still are.
    static func key(canonical: String, surface: String?) -> String {
        guard let surface else { return canonical }
        let names = canonical.split(separator: " ")
        guard names.count >= 2, let first = names.first, let last = names.last else { return canonical }
        let written = surface.split(whereSeparator: { $0 == " " || $0 == "." }).map { $0.lowercased() }
        guard written.contains(last.lowercased()), !written.contains(first.lowercased()) else { return canonical }
        return String(last)
    }
}
