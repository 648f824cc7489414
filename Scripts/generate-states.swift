// Generates Sources/RelGraphExtraction/Resources/lexicon/states.lex from the CLDR
// region names that Foundation's Locale carries, so that no state name is typed by hand.
//
//     swift Scripts/generate-states.swift > Sources/RelGraphExtraction/Resources/lexicon/states.lex
//
// For every UN member state (193), the two observer states (Holy See, Palestine), Taiwan and
// Kosovo it writes one `actor` record (English label), and `name` records with the German and
// English CLDR names. Adjectives, demonyms, capitals, seats of government and other common names
// are hand-written in states-forms.lex. The output is sorted by id and is the same on every run
// (for one CLDR version).
import Foundation

/// ISO 3166-1 alpha-2 -> alpha-3: the 193 UN member states, then the observers and the
/// two states that are widely named in the news without being UN members.
let states: [(alpha2: String, alpha3: String)] = [
    ("AF", "AFG"), ("AL", "ALB"), ("DZ", "DZA"),
    ("AD", "AND"), ("AO", "AGO"), ("AG", "ATG"),
    ("AR", "ARG"), ("AM", "ARM"), ("AU", "AUS"),
    ("AT", "AUT"), ("AZ", "AZE"), ("BS", "BHS"),
    ("BH", "BHR"), ("BD", "BGD"), ("BB", "BRB"),
    ("BY", "BLR"), ("BE", "BEL"), ("BZ", "BLZ"),
    ("BJ", "BEN"), ("BT", "BTN"), ("BO", "BOL"),
    ("BA", "BIH"), ("BW", "BWA"), ("BR", "BRA"),
    ("BN", "BRN"), ("BG", "BGR"), ("BF", "BFA"),
    ("BI", "BDI"), ("CV", "CPV"), ("KH", "KHM"),
    ("CM", "CMR"), ("CA", "CAN"), ("CF", "CAF"),
    ("TD", "TCD"), ("CL", "CHL"), ("CN", "CHN"),
    ("CO", "COL"), ("KM", "COM"), ("CG", "COG"),
    ("CD", "COD"), ("CR", "CRI"), ("CI", "CIV"),
    ("HR", "HRV"), ("CU", "CUB"), ("CY", "CYP"),
    ("CZ", "CZE"), ("DK", "DNK"), ("DJ", "DJI"),
    ("DM", "DMA"), ("DO", "DOM"), ("EC", "ECU"),
    ("EG", "EGY"), ("SV", "SLV"), ("GQ", "GNQ"),
    ("ER", "ERI"), ("EE", "EST"), ("SZ", "SWZ"),
    ("ET", "ETH"), ("FJ", "FJI"), ("FI", "FIN"),
    ("FR", "FRA"), ("GA", "GAB"), ("GM", "GMB"),
    ("GE", "GEO"), ("DE", "DEU"), ("GH", "GHA"),
    ("GR", "GRC"), ("GD", "GRD"), ("GT", "GTM"),
    ("GN", "GIN"), ("GW", "GNB"), ("GY", "GUY"),
    ("HT", "HTI"), ("HN", "HND"), ("HU", "HUN"),
    ("IS", "ISL"), ("IN", "IND"), ("ID", "IDN"),
    ("IR", "IRN"), ("IQ", "IRQ"), ("IE", "IRL"),
    ("IL", "ISR"), ("IT", "ITA"), ("JM", "JAM"),
    ("JP", "JPN"), ("JO", "JOR"), ("KZ", "KAZ"),
    ("KE", "KEN"), ("KI", "KIR"), ("KP", "PRK"),
    ("KR", "KOR"), ("KW", "KWT"), ("KG", "KGZ"),
    ("LA", "LAO"), ("LV", "LVA"), ("LB", "LBN"),
    ("LS", "LSO"), ("LR", "LBR"), ("LY", "LBY"),
    ("LI", "LIE"), ("LT", "LTU"), ("LU", "LUX"),
    ("MG", "MDG"), ("MW", "MWI"), ("MY", "MYS"),
    ("MV", "MDV"), ("ML", "MLI"), ("MT", "MLT"),
    ("MH", "MHL"), ("MR", "MRT"), ("MU", "MUS"),
    ("MX", "MEX"), ("FM", "FSM"), ("MD", "MDA"),
    ("MC", "MCO"), ("MN", "MNG"), ("ME", "MNE"),
    ("MA", "MAR"), ("MZ", "MOZ"), ("MM", "MMR"),
    ("NA", "NAM"), ("NR", "NRU"), ("NP", "NPL"),
    ("NL", "NLD"), ("NZ", "NZL"), ("NI", "NIC"),
    ("NE", "NER"), ("NG", "NGA"), ("MK", "MKD"),
    ("NO", "NOR"), ("OM", "OMN"), ("PK", "PAK"),
    ("PW", "PLW"), ("PA", "PAN"), ("PG", "PNG"),
    ("PY", "PRY"), ("PE", "PER"), ("PH", "PHL"),
    ("PL", "POL"), ("PT", "PRT"), ("QA", "QAT"),
    ("RO", "ROU"), ("RU", "RUS"), ("RW", "RWA"),
    ("KN", "KNA"), ("LC", "LCA"), ("VC", "VCT"),
    ("WS", "WSM"), ("SM", "SMR"), ("ST", "STP"),
    ("SA", "SAU"), ("SN", "SEN"), ("RS", "SRB"),
    ("SC", "SYC"), ("SL", "SLE"), ("SG", "SGP"),
    ("SK", "SVK"), ("SI", "SVN"), ("SB", "SLB"),
    ("SO", "SOM"), ("ZA", "ZAF"), ("SS", "SSD"),
    ("ES", "ESP"), ("LK", "LKA"), ("SD", "SDN"),
    ("SR", "SUR"), ("SE", "SWE"), ("CH", "CHE"),
    ("SY", "SYR"), ("TJ", "TJK"), ("TZ", "TZA"),
    ("TH", "THA"), ("TL", "TLS"), ("TG", "TGO"),
    ("TO", "TON"), ("TT", "TTO"), ("TN", "TUN"),
    ("TR", "TUR"), ("TM", "TKM"), ("TV", "TUV"),
    ("UG", "UGA"), ("UA", "UKR"), ("AE", "ARE"),
    ("GB", "GBR"), ("US", "USA"), ("UY", "URY"),
    ("UZ", "UZB"), ("VU", "VUT"), ("VE", "VEN"),
    ("VN", "VNM"), ("YE", "YEM"), ("ZM", "ZMB"),
    ("ZW", "ZWE"), ("VA", "VAT"), ("PS", "PSE"),
    ("TW", "TWN"),
    // Kosovo has no ISO code; XK / XKX are the user-assigned codes in general use.
    ("XK", "XKX"),
]

/// English labels where CLDR's name is not the one the news (and our gold files) use.
let labelOverrides: [String: String] = [
    "CD": "DR Congo",                 // CLDR: "Congo - Kinshasa"
    "CG": "Republic of the Congo",    // CLDR: "Congo - Brazzaville"
    "CI": "Côte d'Ivoire",            // CLDR writes a typographic apostrophe
    "MM": "Myanmar",                  // CLDR: "Myanmar (Burma)"
    "PS": "Palestine",                // CLDR: "Palestinian Territories"
    "TR": "Turkey",                   // CLDR: "Türkiye"; "Turkey" is the gold-file label
    "KN": "Saint Kitts and Nevis",    // CLDR: "St. Kitts & Nevis"
    "LC": "Saint Lucia",              // CLDR: "St. Lucia"
    "VC": "Saint Vincent and the Grenadines",
    "VA": "Vatican City",
    "CN": "China",                    // this CLDR build: "China mainland"
]

/// Names to use instead of CLDR's where CLDR's is no form that running text uses
/// (this CLDR build names CN "China mainland" / "China, Festland").
let nameOverrides: [String: (de: String, en: String)] = [
    "CN": (de: "China", en: "China"),
]

/// The surface forms a CLDR name stands for in running text:
/// "A & B" -> "A and B" / "A und B"; "Congo - Kinshasa" -> "Congo-Kinshasa";
/// "Myanmar (Burma)" -> "Myanmar", "Burma"; a typographic apostrophe is also written plain.
func forms(of cldr: String, language: String) -> [String] {
    var base = cldr.replacingOccurrences(of: " - ", with: "-")
    base = base.replacingOccurrences(of: " & ", with: language == "de" ? " und " : " and ")
    var result: [String] = []
    if let open = base.firstIndex(of: "("), let close = base.lastIndex(of: ")"), open < close {
        let outside = base[..<open].trimmingCharacters(in: .whitespaces)
        let inside = base[base.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        result = [outside, inside]
    } else {
        result = [base]
    }
    for form in result where form.contains("\u{2019}") {
        result.append(form.replacingOccurrences(of: "\u{2019}", with: "'"))
    }
    var seen = Set<String>()
    return result.filter { !$0.isEmpty && seen.insert($0).inserted }
}

let german = Locale(identifier: "de")
let english = Locale(identifier: "en")
var records: [(id: String, lines: [String])] = []
var failures: [String] = []

for (alpha2, alpha3) in states {
    guard let de = german.localizedString(forRegionCode: alpha2),
          let en = english.localizedString(forRegionCode: alpha2),
          de != alpha2, en != alpha2 else {
        failures.append(alpha2)
        continue
    }
    let id = "state:" + alpha3.lowercased()
    let override = nameOverrides[alpha2]
    let enForms = forms(of: override?.en ?? en, language: "en")
    let deForms = forms(of: override?.de ?? de, language: "de")
    let label = labelOverrides[alpha2] ?? enForms[0]
    records.append((id, [
        "actor | \(id) | state | \(label)",
        "name | \(id) | de | " + deForms.joined(separator: "; "),
        "name | \(id) | en | " + enForms.joined(separator: "; "),
    ]))
}

if !failures.isEmpty {
    FileHandle.standardError.write(Data("no CLDR name for: \(failures.joined(separator: ", "))\n".utf8))
    exit(1)
}

print("# GENERATED FILE, do not edit: the German and English CLDR names of the states.")
print("# Regenerate with:")
print("#     swift Scripts/generate-states.swift > Sources/RelGraphExtraction/Resources/lexicon/states.lex")
print("# Hand-written forms (adjectives, demonyms, capitals, other names) are in states-forms.lex.")
print("# \(records.count) states, sorted by id.")
for record in records.sorted(by: { $0.id < $1.id }) {
    print("")
    for line in record.lines { print(line) }
}
