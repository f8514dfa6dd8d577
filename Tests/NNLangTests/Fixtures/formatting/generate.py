#!/usr/bin/env python3
"""Generate cases.json: expected Python text formatting, produced by CPython 3.11.

Every expected string in the fixture comes from the running interpreter (repr, format,
printf-style %, round, ascii), never from nn. Run from anywhere:

    python3 Tests/NNLangTests/Fixtures/formatting/generate.py

Floats travel as the hex of their IEEE-754 bits so that no value is re-rounded on the way.
A case's expectation is either {"out": text} or {"err": "ExceptionName: message"}.
"""
import itertools
import json
import math
import os
import random
import struct
import sys

if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
    sys.exit("generate.py must run under CPython 3.11 (found %s %s)"
             % (sys.implementation.name, sys.version.split()[0]))

SEED = 20240611      # each table reseeds, so editing one table leaves the others unchanged


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def outcome(fn):
    try:
        return {"out": fn()}
    except (ValueError, TypeError, OverflowError) as e:
        return {"err": "%s: %s" % (type(e).__name__, e)}


# ---------------------------------------------------------------------------------------
# repr(float)

def repr_values():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5,
            100.0, 1e15, 1e16, 1e17, 9999999999999998.0, 9999999999999999.0, 2.0 ** 53,
            2.0 ** 53 + 2, 2e16 + 8, 123456789012345678.0, 1e22, 1e23, 1e100, 1e300, 1e308,
            1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
            5e-324, 1e-323, 1e-4, 1e-5, 0.0001, 0.00001, 0.000123, 0.00012345678,
            1.2345e-5, 3.141592653589793, 2.718281828459045, 1e-7, 123.456, -123.456,
            0.30000000000000004, 1.0000000000000002, 0.9999999999999999, 4.35, 2.675,
            1.1, 2.2, 3.3, 1e21, 1e-320, 6.02214076e23, 6.62607015e-34, 299792458.0,
            float("inf"), float("-inf"), float("nan")]
    for e in range(-30, 31):
        vals.append(10.0 ** e)
        vals.append(-(10.0 ** e) * 1.5)
    for e in range(-1074, 1024, 7):
        vals.append(2.0 ** e)
    for _ in range(1500):                      # arbitrary bit patterns
        x = from_bits(random.getrandbits(64))
        if math.isfinite(x):
            vals.append(x)
    for _ in range(1000):                      # short decimals of every size
        digits = random.randint(1, 17)
        mant = random.randint(10 ** (digits - 1), 10 ** digits - 1)
        vals.append(float("%de%d" % (mant, random.randint(-330, 300))))
    for _ in range(500):                       # ordinary magnitudes, near the switch points
        vals.append(random.uniform(-1, 1) * 10.0 ** random.randint(-6, 18))
    return vals


def float_repr_cases():
    random.seed(SEED)
    return [{"x": bits(v), "out": repr(v)} for v in repr_values()]


# ---------------------------------------------------------------------------------------
# format(x, spec)

FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005,
                3.141592653589793, -3.141592653589793, 1234567.891, -1234567.891,
                0.000123456, 123456789012.345, 9.9999995, 0.9999996, 99999.95, 999999.5,
                1e16, 1e15, 1e22, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
                1e300, -1e-300, -0.0004, 100.0, 12345.6789, 2 / 3,
                float("inf"), float("-inf"), float("nan"), -float("nan")]

FLOAT_SPECS = [
    "", "f", "F", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", "10.3f", "<10.3f", ">10.3f",
    "^10.3f", "=10.3f", "*^12.2f", "_<9.1f", "+", "+.2f", " ", " .3e", "-", "-.1f",
    "z", "z.1f", "+z.1f", "z.0%", "z.2e", "z.3g", "z", "#", "#.0f", "#.0e", "#g", "#.3g",
    "#.0", "#.3", "0", "010", "010.2f", "08.3e", "+010.2f", " 012.4e", "0=12", "0<12",
    "0^12", "x=+12.3f", ",", "_", ",.2f", "_.3f", "15,.2f", "015,.2f", "020_.4f",
    "020,", "+013,.1f", ",e", ",g", "_%", "e", "E", ".3e", ".0e", ".10e", "12.3E",
    "g", "G", ".0g", ".1g", ".3g", ".10g", ".17g", "10g", "n", ".3n", "010n", "%",
    ".1%", ".0%", "10.2%", "F", ".3F", ".3", ".0", ".1", ".16", ".17", "12.5", "^+15.3",
    ".30e", ".40g", "é>12.3f", "😀^14,.2f", "٣", "0٣.1f", "_^+20_.6e", "\x00",
    # errors
    "d", "c", "s", "x", "b", "q", ".2q", ",b", ",,", ",_", "_,", ",n", "_n", ",s", ".",
    "z+", "1.2.3", "99999999999999999999", ".99999999999999999999", ".2147483648f",
    "=s", "#=q", ">", "<<", "\x00", "\x01", "é", "10.2ff",
]

INT_VALUES = [0, 1, -1, 7, 42, 65, 255, -255, 1000, 1234567, -1234567, 2 ** 31,
              2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 0x1F600, 0x110000, 10 ** 15, 97]

INT_SPECS = [
    "", "d", "5", "<5", ">5", "^5", "^6", "=5", "*^9", "x<05", "05", "010", "0=10",
    "+", "-", " ", "+d", " d", "+5", " 5", "+05", ",", "_", ",d", "_d", "015,", "015_d",
    "b", "o", "x", "X", "#b", "#o", "#x", "#X", "#010x", "#010X", "+#x", " #o", "_b",
    "_o", "_x", "_X", "#_b", "#_x", "020_b", "#020_x", "=+#12X", "c", "5c", "<5c", "^5c",
    "05c", "n", "10n", "e", "E", ".2e", "f", ".2f", "F", "g", ".3g", "G", "%", ".1%",
    ",.2f", "z.1f", "010.3f", "#.0f", "é>8", "😀^9,", "٣", "0٣", "\U0001F600=+#12_x",
    # errors
    ".2", ".2d", "z", "zd", "z.2", "#c", "+c", " c", "z#c", "+zc", ",c", "_c", ",x", ",b",
    ",o", "_n", ",n", ",s", "s", "q", ".2q", "zq", ",,", ",_", "_,", "z+c", ".", "=s",
    "99999999999999999999", "\x00", "é", "ss", "5.5.5", ",\x01", "_\x00",
]

STRING_VALUES = ["", "a", "ab", "abc", "hello world", "é", "e\u0301", "😀", "日本語",
                 "tab\there"]

STRING_SPECS = [
    "", "s", "5", "<5", ">5", "^5", "^6", "*^7", "😀^7", "_<4", ".2", ".0", "10.2",
    ">10.3s", "0<5", "05", "010s", "0^7", "^", "<", "5s", ".10", "3.5",
    # errors
    "+", "-", " ", "#", "=5", "z", "+z", "+#", "#=", "=#", "=z", "z=", "z#", "d", "x",
    "%", ",", "_", ",s", "_s", ",,", "5.", "q", ".2q", "+q", "+#=", "ss", "\x01",
    "99999999999999999999",
]

BOOL_SPECS = ["", "d", ">5", "x", "f", ".1%", "s", "c", "5"]


def format_cases():
    random.seed(SEED + 1)
    floats = [{"x": bits(v), "spec": s, **outcome(lambda: format(v, s))}
              for v in FLOAT_VALUES for s in FLOAT_SPECS]
    ints = [{"x": str(v), "spec": s, **outcome(lambda: format(v, s))}
            for v in INT_VALUES for s in INT_SPECS]
    strings = [{"x": v, "spec": s, **outcome(lambda: format(v, s))}
               for v in STRING_VALUES for s in STRING_SPECS]
    bools = [{"x": v, "spec": s, **outcome(lambda: format(v, s))}
             for v in (True, False) for s in BOOL_SPECS]
    # Grouping with zero padding at every width, where the separators meet the zeros.
    for w, g in itertools.product(range(1, 14), (",", "_")):
        for v in (1, -1, 1234, 12345678):
            s = "0%d%s" % (w, g)
            ints.append({"x": str(v), "spec": s, **outcome(lambda: format(v, s))})
        for v in (1.5, -1234.25):
            s = "0%d%s" % (w, g)
            floats.append({"x": bits(v), "spec": s, **outcome(lambda: format(v, s))})
    for w in range(1, 22):
        s = "0%d_b" % w
        ints.append({"x": "37", "spec": s, **outcome(lambda: format(37, s))})
    # Random specifiers built from every component, on random values.
    for _ in range(2500):
        s = random_spec("eEfFgGn%" + "\0" * 3)
        v = random.choice(FLOAT_VALUES + [random.uniform(-1, 1) * 10.0 ** random.randint(-12, 20)])
        floats.append({"x": bits(v), "spec": s, **outcome(lambda: format(v, s))})
    for _ in range(1500):
        s = random_spec("bcdoxXneEfFgG%" + "\0" * 3)
        v = random.choice(INT_VALUES + [random.randint(-10 ** 12, 10 ** 12)])
        ints.append({"x": str(v), "spec": s, **outcome(lambda: format(v, s))})
    return floats, ints, strings, bools


def format_object_cases():
    """Types without their own __format__: str(x) for '', a TypeError otherwise."""
    values = [None, [1, 2], (1,), {"a": 1}, object, len]
    return [{"x": {"type": type(v).__name__, "str": str(v)}, "spec": s,
             **outcome(lambda: format(v, s))}
            for v in values for s in ("", ">5", "s", "d")]


def random_spec(types):
    """A format specifier with each component present or not, in Python's order."""
    def maybe(options, p=0.4):
        return random.choice(options) if random.random() < p else ""
    align = maybe("<>=^")
    fill = maybe("*0 x_é", 0.5) if align else ""
    width = maybe([str(random.randint(0, 25))], 0.6)
    precision = maybe(["." + str(random.randint(0, 20))], 0.5)
    kind = random.choice(types).replace("\0", "")
    return (fill + align + maybe("+- ") + maybe("z", 0.15) + maybe("#", 0.2)
            + maybe("0", 0.25) + width + maybe(",_", 0.3) + precision + kind)


# ---------------------------------------------------------------------------------------
# printf-style  fmt % args

def encode_arg(a):
    """An argument as nn's caller passes it; anything else travels as (type, str, repr)."""
    if isinstance(a, bool):
        return {"bool": a}
    if isinstance(a, int):
        return {"int": str(a)}
    if isinstance(a, float):
        return {"float": bits(a)}
    if isinstance(a, str):
        return {"str": a}
    return {"obj": {"type": type(a).__name__, "str": str(a), "repr": repr(a)}}


PERCENT_FIXED = [
    ("%5%", ()), ("%5%", (1,)), ("%-5%|", (1,)), ("% %", (1,)), ("%%%s", (1,)), ("%d%%", (50,)),
    ("%.3d", (5,)), ("%#.3x", (5,)), ("%05d", (-3,)), ("%-05d|", (-3,)), ("%010f", (float("inf"),)),
    ("%010f", (float("-inf"),)), ("%+f", (float("nan"),)), ("%d", (3.7,)), ("%d", (-3.7,)),
    ("%d", (1e300,)), ("%d", (-1e20,)), ("%.25d", (2.0 ** 70,)), ("%d", (float("nan"),)),
    ("%d", (float("inf"),)), ("%i", (float("-inf"),)), ("%x", (3.0,)), ("%o", (3.0,)),
    ("%X", ("a",)), ("%d", ("a",)), ("%i", ("a",)), ("%u", ("a",)), ("%d", (None,)),
    ("%f", ("a",)), ("%e", (None,)), ("%g", ([1],)), ("%c", (65,)), ("%c", ("ab",)),
    ("%c", (1.5,)), ("%c", (-1,)), ("%c", ("",)), ("%c", (0x110000,)), ("%c", (0x1F600,)),
    ("%c", ("é",)), ("%5.1c|", ("x",)), ("%#c", (65,)), ("%+c", (65,)), ("%05c", (66,)),
    ("%-5c|", (67,)), ("%c", (True,)), ("%c", (None,)),
    ("%s %s", (1,)), ("%s", (1, 2)), ("%", ()), ("abc%", ()), ("%q", (1,)), ("%(a)s", (1,)),
    ("%(a", ()), ("%*d", (5, 1)), ("%*d", (-5, 1)), ("%*d", ("a", 1)), ("%*s", (True, "a")),
    ("%.*f", (-1, 1.5)), ("%.*f", (2, 1.5)), ("%.*s", (3.0, "abcd")), ("%*.*f", (10, 2, 3.14159)),
    ("%-*d|", (4, 7)), ("%hd %ld %Lf", (1, 2, 3.0)), ("%lld", (1,)), ("%l", ()), ("%5", ()),
    ("%.", (1,)), ("%.f", (1.5,)), ("%-", (1,)), ("%*", (1,)), ("%*.*", (1, 2)),
    ("%\x01", (1,)), ("%é", (1,)), ("ab%yc", (1,)), ("日本%é", (1,)),
    ("%99999999999999999999d", (1,)), ("%.99999999999999999999d", (1,)),
    ("%r %a", ("é\n", "é\n")), ("%s", (True,)), ("%d", (True,)), ("%r", (False,)),
    ("%i %u", (1, 2)), ("%e %E %g %G %F", (1e-5, 1e-5, 1e-5, 1e20, float("inf"))),
    ("%#o %#x %#X %o", (8, 255, 255, -8)), ("% d % d", (5, -5)), ("%+.2e", (12345.678,)),
    ("%#g", (1.0,)), ("%g", (1e16,)), ("%g", (100000.0,)), ("%g", (1e6,)), ("%.0f", (0.5,)),
    ("%10.3s|", ("abcdef",)), ("%-10s|", ("ab",)), ("%5c|", (65,)), ("%x", (-255,)),
    ("%#x", (-255,)), ("%#5x", (0,)), ("%.0d", (0,)), ("%+5s", ("a",)), ("%010s", ("a",)),
    ("% 010.3f", (3.14159,)), ("%05s", (1,)), ("% x", (255,)), ("%+o", (8,)),
    ("%#.0e", (5.0,)), ("%.20f", (0.1,)), ("%s", ()), ("hello", (1,)), ("hello", ()),
    ("%s", ([1],)), ("%.3s", (12345,)), ("%r", (1.5,)), ("%s", (1e16,)), ("%s", (-0.0,)),
    ("%x", (True,)), ("%o", (0,)), ("%#o", (0,)), ("%e", (1,)), ("%f", (True,)),
    ("%+d", (0,)), ("%-+5d|", (3,)), ("%0-5d|", (3,)), ("% +d", (3,)), ("%+ d", (3,)),
    ("%00005d", (3,)), ("%.3x", (-5,)), ("%#.3o", (5,)), ("%10.3d|", (-5,)),
    ("%-#10.3x|", (5,)), ("%010.3d", (5,)), ("%#010x", (-255,)), ("%.60f", (1.0,)),
    ("%s", (None,)), ("%r", (None,)), ("%a", (None,)), ("%s|%r|%a", ("it's", "it's", "it's")),
    ("%r", ('say "hi"',)), ("%r", ("both ' and \"",)), ("%a", ("日本😀\x7f",)),
    ("%s", ((1, 2),)), ("%r", ({"k": "é"},)), ("%a", ({"k": "é"},)), ("%.2r", ("abc",)),
    ("%-8r|", ("x",)), ("%s and %s", ("a", "b")), ("%3$s", (1,)),
    ("loss: %.4f, acc: %5.1f%%", (0.123456, 97.25)), ("epoch %3d/%d", (7, 100)),
    ("%-10s|%10s|", ("left", "right")), ("%+.3e", (-0.0,)), ("%g", (-0.0,)),
    ("%.3g", (0.0001234,)), ("%#.3g", (1.0,)), ("%#x", (0,)), ("%#X", (-0,)),
    ("%d", (2 ** 63 - 1,)), ("%d", (-2 ** 63,)), ("%x", (-2 ** 63,)), ("%o", (2 ** 63 - 1,)),
    ("%G", (float("nan"),)), ("%e", (float("-inf"),)), ("% f", (float("inf"),)),
    ("%-010f|", (float("nan"),)), ("%.3f", (2.675,)), ("%.2f", (1.005,)), ("%.1f", (0.25,)),
    ("%5.1f|%-7.2e|%+g", (3.14159, 2.71828, 1.0)),
    ("%.*f", (2 ** 31, 1.5)), ("%.*f", (-2 ** 31 - 1, 1.5)), ("%.*f", (2 ** 31 - 1 - 2 ** 31, 1.5)),
    ("%.*s", (False, "abc")), ("%*s|", (-3, "a")), ("%s %s %s", ("a", 1, 2.5)),
]


def percent_cases():
    random.seed(SEED + 2)
    cases = list(PERCENT_FIXED)
    # Every flag combination with widths and precisions over each conversion.
    flags = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#0", "- "]
    shapes = ["", "6", "12", ".0", ".3", "8.2", "1.1", "10.5"]
    values = {
        "d": [0, 7, -42, 123456, 2.9, -2.9, True],
        "i": [0, -42], "u": [5],
        "x": [0, 255, -255, 2 ** 40], "X": [255, -255], "o": [0, 8, -64],
        "e": [0.0, -0.0, 1.5, -123.456, 1e-10, 7, float("inf"), float("nan")],
        "E": [1.5, -1e100], "f": [0.0, -0.0, 2.5, -1.005, 1234.5678, 1e20, 3, float("-inf")],
        "F": [1.5, float("inf"), float("nan")],
        "g": [0.0, 1e-5, 123456.0, 1234567.0, -0.00012345, 5, float("nan")],
        "G": [1e-5, 1e20], "s": ["ab", "héllo", 42, 1.5, None, True],
        "r": ["ab", 3.25, None], "a": ["é"], "c": [65, "x"],
    }
    for conv, vals in values.items():
        for fl, sh, v in itertools.product(flags, shapes, vals):
            cases.append(("%" + fl + sh + conv, (v,)))
    # Random directives: any flags in any order, widths, precisions, values of every kind.
    pool = [0, 1, -7, 255, 2 ** 40, -2 ** 63, 0.0, -0.0, 0.5, -2.5, 1e-7, 123.456, 1e22,
            float("inf"), float("nan"), True, False, "", "text", "é😀", None, [1, 2]]
    for _ in range(1500):
        fl = "".join(random.choice("-+ #0") for _ in range(random.randint(0, 3)))
        width = random.choice(["", "", str(random.randint(0, 20))])
        precision = random.choice(["", "", "." + str(random.randint(0, 12)), "."])
        conv = random.choice("diuoxXeEfFgGcsra")
        cases.append(("<%" + fl + width + precision + conv + ">", (random.choice(pool),)))
    return [{"fmt": f, "args": [encode_arg(a) for a in args], **outcome(lambda: f % args)}
            for f, args in cases]


# ---------------------------------------------------------------------------------------
# round(x, n)

def round_cases():
    random.seed(SEED + 3)
    xs = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.015, 1.0 / 3,
          -1.0 / 3, 123.456, -123.456, 1234567.891, 5.0, 15.0, 25.0, 50.0, 150.0, 250.0,
          -250.0, 12345.0, 99999.5, 0.05, 0.15, 0.25, 0.35, 4.35, 1e15 + 0.5, 1e16, 1e22,
          1e300, 1.7976931348623157e308, 5e-324, 1e-300, 2.5e-5, 7e30, 5e30, 4.5e30,
          float("inf"), float("-inf"), float("nan"), 2.0 ** 60 + 2.0 ** 8, 9.995, 0.0049999]
    ns = [-400, -309, -308, -300, -30, -25, -16, -3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 20,
          300, 323, 324, 400]
    cases = []
    for x in xs:
        for n in ns:
            r = outcome(lambda: round(x, n))
            if "out" in r:
                r = {"out": bits(r["out"])}
            cases.append({"x": bits(x), "n": n, **r})
    for _ in range(400):
        x = random.uniform(-1, 1) * 10.0 ** random.randint(-8, 20)
        n = random.randint(-12, 12)
        cases.append({"x": bits(x), "n": n, "out": bits(round(x, n))})
    return cases


# ---------------------------------------------------------------------------------------
# repr(str) and ascii(str)

def string_repr_cases():
    strings = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r",
               "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é日本語😀", "e\u0301",
               "\u200b\u2028\u2029\u3000\ufeff", "\ue000\U000F0000", "\u0378",
               "\U0001F600\U0001F9D1\u200d\U0001F4BB", "ÿĀ", "\\n", "'", '"', "''\"",
               "ascii only text 123 !@#$%^&*()", "\x0b\x0c", "Ω≈ç√∫", "\u00a0nbsp"]
    return [{"s": s, "repr": repr(s), "ascii": ascii(s)} for s in strings]


def main():
    floats, ints, strings, bools = format_cases()
    data = {
        "generator": "CPython %s" % sys.version.split()[0],
        "floatRepr": float_repr_cases(),
        "formatFloat": floats,
        "formatInt": ints,
        "formatString": strings,
        "formatBool": bools,
        "formatObject": format_object_cases(),
        "percent": percent_cases(),
        "round": round_cases(),
        "stringRepr": string_repr_cases(),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json")
    with open(out, "w", encoding="utf-8") as f:           # one case per line: readable diffs
        f.write("{\n")
        for i, (key, value) in enumerate(data.items()):
            f.write("%s: " % json.dumps(key))
            if isinstance(value, list):
                f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False, sort_keys=True)
                                            for c in value) + "\n]")
            else:
                f.write(json.dumps(value))
            f.write(",\n" if i + 1 < len(data) else "\n")
        f.write("}\n")
    counts = ", ".join("%s %d" % (k, len(v)) for k, v in data.items() if isinstance(v, list))
    print("wrote %s: %s" % (out, counts))


if __name__ == "__main__":
    main()
