/// Colour names outside the CSS4 table: matplotlib's base letters and the Tableau palette.
enum NamedColors {
    /// The single-letter colours of format strings (`'r'`, `'k'`, …), as matplotlib defines them.
    static let base: [String: Color] = [
        "b": Color(red: 0, green: 0, blue: 1),
        "g": Color(red: 0, green: 0.5, blue: 0),
        "r": Color(red: 1, green: 0, blue: 0),
        "c": Color(red: 0, green: 0.75, blue: 0.75),
        "m": Color(red: 0.75, green: 0, blue: 0.75),
        "y": Color(red: 0.75, green: 0.75, blue: 0),
        "k": Color(red: 0, green: 0, blue: 0),
        "w": Color(red: 1, green: 1, blue: 1),
    ]

    /// The Tableau 10 palette under matplotlib's `tab:` names (`'tab:grey'` is an alias).
    static let tableau: [String: UInt32] = [
        "tab:blue": 0x1f77b4, "tab:orange": 0xff7f0e, "tab:green": 0x2ca02c,
        "tab:red": 0xd62728, "tab:purple": 0x9467bd, "tab:brown": 0x8c564b,
        "tab:pink": 0xe377c2, "tab:gray": 0x7f7f7f, "tab:grey": 0x7f7f7f,
        "tab:olive": 0xbcbd22, "tab:cyan": 0x17becf,
    ]
}
