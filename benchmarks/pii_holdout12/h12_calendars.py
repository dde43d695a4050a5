"""Calendars of hold-out 12: Japanese eras, the Thai Buddhist era, tabular Islamic and Solar Hijri dates."""

from __future__ import annotations

import datetime as dt
import math

# --- Calendars -----------------------------------------------------------------------------------
# Japanese eras (Cabinet orders): Showa from 1926-12-25, Heisei from 1989-01-08, Reiwa from
# 2019-05-01; the first year is written 元年.
JP_ERAS = [
    (dt.date(2019, 5, 1), "令和", "R"),
    (dt.date(1989, 1, 8), "平成", "H"),
    (dt.date(1926, 12, 25), "昭和", "S"),
]


def jp_era(d: dt.date) -> tuple[str, str, int]:
    for start, name, letter in JP_ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


# Thai solar calendar: Buddhist era year = CE + 543 (since 1941 the year starts on 1 January).
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]  # fmt: skip
TH_MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                  "ต.ค.", "พ.ย.", "ธ.ค."]  # fmt: skip
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# Tabular (civil) Islamic calendar, epoch 1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 in
# the proleptic Gregorian calendar; leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of 30
# (the arithmetic in Dershowitz and Reingold, Calendrical Calculations). It can differ by a day
# from Umm al-Qura, which the UAE prints.
HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()


def _hijri_to_ordinal(y: int, m: int, d: int) -> int:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + HIJRI_EPOCH - 1


def to_hijri(g: dt.date) -> tuple[int, int, int]:
    o = g.toordinal()
    y = (30 * (o - HIJRI_EPOCH) + 10646) // 10631
    m = min(12, math.ceil((o - 29 - _hijri_to_ordinal(y, 1, 1)) / 29.5) + 1)
    return y, m, o - _hijri_to_ordinal(y, m, 1) + 1


# Solar Hijri (Iran): 1 Farvardin 1403 = 20 March 2024; between 1210 and 1635 SH a year is leap
# when its remainder mod 33 is one of {1, 5, 9, 13, 17, 22, 26, 30} (Borkowski, "The Persian
# calendar for 3000 years", 1996). Months: six of 31 days, five of 30, Esfand 29 or 30.
IR_LEAP = {1, 5, 9, 13, 17, 22, 26, 30}
IR_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
             "دی", "بهمن", "اسفند"]  # fmt: skip


def _sh_year_len(y: int) -> int:
    return 366 if y % 33 in IR_LEAP else 365


def to_jalali(g: dt.date) -> tuple[int, int, int]:
    y, start = 1403, dt.date(2024, 3, 20).toordinal()
    o = g.toordinal()
    while o < start:
        y -= 1
        start -= _sh_year_len(y)
    while o >= start + _sh_year_len(y):
        start += _sh_year_len(y)
        y += 1
    day = o - start
    for m in range(12):
        length = 31 if m < 6 else 30
        if day < length or m == 11:
            return y, m + 1, day + 1
        day -= length
    raise AssertionError(g)
