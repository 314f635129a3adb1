"""Ingest stage, decoding: raw bytes -> clean Unicode text (encoding detected, NFC, no control characters)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

# Magic numbers of binary formats people mistake for articles (a download saved as .html, a PDF renamed .txt).
BINARY_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)
# A BOM is the author's own statement of the encoding, so it wins over any guess.
# UTF-32 first: its little-endian BOM begins with the UTF-16 one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes examined to recognise BOM-less UTF-16: ASCII text in it has a NUL in every other byte.
UTF16_SAMPLE_BYTES = 4096
# BOM-less UTF-16 has NULs on one side of its byte pairs only: at least this share there (spaces and
# digits alone give that in non-Latin text) and at most the second share on the other side.
UTF16_MIN_NUL_SHARE = 0.1
UTF16_MAX_OTHER_NUL_SHARE = 0.01
# UTF-8 with stray cp1252 bytes pasted in ("naïve" from an old file) has valid multi-byte sequences and
# invalid non-ASCII runs that are short (one accented letter or quote mark); legacy Cyrillic or CJK text
# has long invalid runs (whole words), even where a byte pair happens to be valid UTF-8.
MAX_STRAY_RUN_BYTES = 2
MIXED_MAX_INVALID_PER_VALID = 4
# Decoded text where more than this share of characters are control characters is binary data.
MAX_CONTROL_SHARE = 0.1
# cp1252 is what most mislabelled Western pages really are (browsers read "latin-1" as cp1252 too), but
# Cyrillic or Greek bytes also decode as cp1252 into letter soup ("Ïðåçèäåíò"); real Western text has
# most of its letters in ASCII, so above this share of non-ASCII letters cp1252 is the wrong guess.
MAX_NON_ASCII_LETTER_SHARE = 0.3
# When several legacy encodings explain the bytes equally well, the ones most used for news text win.
PREFERRED_ENCODINGS = (
    "cp1251", "cp1250", "cp1253", "cp1254", "cp1256", "cp1255", "cp1257", "koi8_r",
    "gb18030", "cp932", "euc_jp", "cp949", "big5", "iso8859_15",
)
# Charset-normalizer scores are floats; matches this close to the least chaotic count as equally good.
CHAOS_TOLERANCE = 0.01

_GIVE_TEXT = "(give a text, Markdown, HTML or feed file)"
_STRAY_BYTES = "briefgen-stray-bytes"
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
# Line and page separators become newlines so that every line break is "\n" (offsets count on it).
_LINE_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
# C0 controls except tab and newline, DEL, C1 controls, and stray byte-order marks inside the text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def _decode_stray_byte(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Error handler: an invalid byte in otherwise-UTF-8 text is read as cp1252 (latin-1 where undefined)."""
    bad = exc.object[exc.start:exc.end]
    chars = []
    for byte in bad:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars), exc.end


codecs.register_error(_STRAY_BYTES, _decode_stray_byte)


def sniff_binary(data: bytes) -> str | None:
    """The name of the binary format `data` starts with, or None for data that may be text."""
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 data, judged by where its NUL bytes fall, or None."""
    sample = data[:UTF16_SAMPLE_BYTES]
    pairs = len(sample) // 2
    if len(data) % 2 or not pairs:
        return None
    even_nuls = sample[0::2].count(0) / pairs
    odd_nuls = sample[1::2].count(0) / pairs
    if odd_nuls >= UTF16_MIN_NUL_SHARE and even_nuls <= UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even_nuls >= UTF16_MIN_NUL_SHARE and odd_nuls <= UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether non-UTF-8 data is UTF-8 with a few stray single-byte characters in it."""
    valid = invalid = 0
    for run in _NON_ASCII_RUN.finditer(data):
        try:
            run.group().decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            if len(run.group()) > MAX_STRAY_RUN_BYTES:
                return False
            invalid += 1
    return bool(valid) and invalid <= MIXED_MAX_INVALID_PER_VALID * valid


def _plausible_western(text: str) -> bool:
    """Whether text decoded as cp1252 reads like a Western language rather than mis-decoded letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for ch in letters if ord(ch) > 0x7F)
    return non_ascii / len(letters) <= MAX_NON_ASCII_LETTER_SHARE


def _detect_legacy(data: bytes) -> str | None:
    """The text of non-UTF-8 bytes in the most plausible legacy encoding, or None when nothing fits."""
    # Checked before charset-normalizer, which on short Western text often prefers cp1250 or even a
    # CJK code page ("terça" as big5); bytes cp1252 leaves undefined are read as latin-1.
    western = data.decode("cp1252", errors=_STRAY_BYTES)
    if _plausible_western(western):
        return western
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    best = [m for m in matches if m.chaos <= least + CHAOS_TOLERANCE]

    def rank(match) -> tuple[float, int]:
        """Best language fit (charset-normalizer's coherence) first, then the commonest encoding."""
        names = (match.encoding, *match.could_be_from_charset)
        order = min((PREFERRED_ENCODINGS.index(n) for n in names if n in PREFERRED_ENCODINGS),
                    default=len(PREFERRED_ENCODINGS))
        return (-match.coherence, order)

    return str(min(best, key=rank))


def normalize_text(text: str) -> str:
    """Text with "\\n" line breaks, control characters removed (tab and newline kept), NFC-normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def _to_unicode(data: bytes, source: str) -> str:
    """Bytes decoded by BOM, then as UTF-8, then as mostly-UTF-8, then by detection."""
    kind = sniff_binary(data)
    if kind:
        raise InputError(f"{source}: binary data (looks like {kind}), not text {_GIVE_TEXT}")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{source}: starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(byte {exc.start}); re-save the file as UTF-8"
                ) from None
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
        raise InputError(f"{source}: binary data (contains NUL bytes), not text {_GIVE_TEXT}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_STRAY_BYTES)
    text = _detect_legacy(data)
    if text is None:
        raise InputError(f"{source}: unknown text encoding (not UTF-8 and no legacy encoding fits); re-save as UTF-8")
    return text


def decode(data: bytes, source: str) -> str:
    """Clean text from bytes in any common encoding: BOMs, UTF-16, legacy code pages and mislabelled pages."""
    raw = _to_unicode(data, source)
    # Carriage returns are line breaks, not noise, so they do not count towards the share.
    controls = len(_CONTROL.findall(raw.replace("\r", "")))
    if controls > MAX_CONTROL_SHARE * len(raw):
        raise InputError(f"{source}: binary data (mostly control characters), not text (give a text file)")
    return normalize_text(raw)
