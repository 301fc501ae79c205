"""Named Arabic code points and character classes, written as escapes (see STYLE.md)."""

from typing import Final

TATWEEL: Final = "\u0640"
# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS: Final[str] = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE)
)
# Bidi controls, zero-width characters, BOM, soft hyphen.
INVISIBLES: Final = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u2060\ufeff\u00ad\u061c"
)
ALEF_FORMS: Final = "\u0622\u0623\u0625\u0671\u0672\u0673"  # آ أ إ ٱ ٲ ٳ -> ا
ALEF: Final = "\u0627"
ALEF_MAQSURA: Final = "\u0649"
YA: Final = "\u064a"
TA_MARBUTA: Final = "\u0629"
HA: Final = "\u0647"
WAW_HAMZA: Final = "\u0624"
WAW: Final = "\u0648"
YA_HAMZA: Final = "\u0626"
FARSI_YA: Final = "\u06cc"
KEHEH: Final = "\u06a9"
KAF: Final = "\u0643"
ARABIC_DIGITS: Final = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS: Final = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
ARABIC_COMMA: Final = "\u060c"
ARABIC_SEMICOLON: Final = "\u061b"
ARABIC_QUESTION: Final = "\u061f"
ARABIC_FULL_STOP: Final = "\u06d4"
ARABIC_DECIMAL_SEP: Final = "\u066b"
ARABIC_THOUSANDS_SEP: Final = "\u066c"
ARABIC_PERCENT: Final = "\u066a"
QUOTE_MARKS: Final = "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a\u300c\u300d"  # « » “ ” „ ‟ ‹ ›
QUOTE_NORM: Final = '"'  # what normalisation writes for every mark of QUOTE_MARKS
# The marks Arabic news opens and closes a quotation or a name with, in the raw text, named once
# so that the stages that step over them agree.
OPENING_QUOTES: Final = "\u00ab\u201c\""  # « “ "
CLOSING_QUOTES: Final = "\u00bb\u201d\""  # » ” "
NAME_QUOTES: Final = "\u00ab\u00bb\""  # « » ": around a name or a quoted phrase
CLAUSE_MARKS: Final = (ARABIC_COMMA, ",", ";", ARABIC_SEMICOLON, ":")  # ، , ; ؛ : end a clause within a sentence
# punctuation a word may carry before the next space («الثلاثاء،»، «عائلة،»): no letter, digit nor space
WORD_TRAIL: Final = "\u060c\u061b\u061f,;:.!?\"')]}%*\u00bb"
PRESENTATION_FORMS: Final = "[\ufb50-\ufdff\ufe70-\ufeff]"
