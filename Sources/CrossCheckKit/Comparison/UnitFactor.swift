/// Conversion factors between common units of one dimension, for comparing "10 km" with "6 miles".
/// (Used until the numbers stage's converter is available; units it does not know are not compared.)
enum UnitFactor {
    /// Unit → (dimension, factor to the dimension's base unit).
    static let table: [String: (String, Double)] = [
        "m": ("length", 1), "meter": ("length", 1), "metre": ("length", 1), "km": ("length", 1000),
        "kilometer": ("length", 1000), "kilometre": ("length", 1000), "cm": ("length", 0.01), "mm": ("length", 0.001),
        "mi": ("length", 1609.344), "mile": ("length", 1609.344), "miles": ("length", 1609.344),
        "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048), "yd": ("length", 0.9144),
        "in": ("length", 0.0254), "inch": ("length", 0.0254), "nmi": ("length", 1852),
        "kg": ("mass", 1), "g": ("mass", 0.001), "t": ("mass", 1000), "tonne": ("mass", 1000), "lb": ("mass", 0.45359237),
        "km2": ("area", 1e6), "sq km": ("area", 1e6), "mi2": ("area", 2_589_988.11), "sq mi": ("area", 2_589_988.11),
        "ha": ("area", 1e4), "hectare": ("area", 1e4), "acre": ("area", 4046.8564224),
        "l": ("volume", 1), "liter": ("volume", 1), "litre": ("volume", 1), "gal": ("volume", 3.785411784),
        "km/h": ("speed", 1), "kph": ("speed", 1), "mph": ("speed", 1.609344), "knot": ("speed", 1.852), "kn": ("speed", 1.852),
    ]

    /// Factor that turns a value in `from` into `to`, when both are known and of one dimension.
    static func factor(from: String, to: String) -> Double? {
        guard let (da, fa) = table[from.lowercased()], let (db, fb) = table[to.lowercased()], da == db else { return nil }
        return fa / fb
    }
}
