"""Date formats for blind_r, per language. Each format turns a datetime into (text, ISO value).
Pools are split by index parity like every wording: dev uses even formats, test odd ones."""

from __future__ import annotations

from kit import (
    DAYS_DE,
    DAYS_EN,
    DAYS_ES,
    DAYS_FR,
    MON_EN,
    MON_EN_AP,
    MON_ES,
    MONTHS_DE,
    MONTHS_EN,
    MONTHS_ES,
    MONTHS_FR,
    h12,
    iso,
    zone,
)


def _z(fam, dt):
    return zone(fam, dt.date())


def en0(dt):  # March 14, 2024 9:05 PM ET
    lab, off = _z("ET", dt)
    h, ap = h12(dt)
    return f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap} {lab}", iso(dt, off, False)


def en1(dt):  # Thursday, March 14, 2024 at 9:05 p.m. EDT
    lab, off = _z("ETx", dt)
    h, ap = h12(dt)
    return (f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month-1]} {dt.day}, {dt.year} at {h}:{dt.minute:02d} "
            f"{'a.m.' if ap == 'AM' else 'p.m.'} {lab}", iso(dt, off, False))


def en2(dt):  # 14 March 2024, 21:05 BST
    lab, off = _z("UK", dt)
    return f"{dt.day} {MONTHS_EN[dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False)


def en3(dt):  # Mar 14, 2024, 21:05 IST
    return f"{MON_EN[dt.month-1]} {dt.day}, {dt.year}, {dt.hour:02d}:{dt.minute:02d} IST", iso(dt, "+05:30", False)


def en4(dt):  # 2024-03-14 21:05:33
    return dt.strftime("%Y-%m-%d %H:%M:%S"), iso(dt, None)


def en5(dt):  # 2024-03-14T21:05:33+09:00 (shown)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+09:00", iso(dt, "+09:00")


def en6(dt):  # Mar. 14, 2024 / 9:05 PM PT
    lab, off = _z("PT", dt)
    h, ap = h12(dt)
    return f"{MON_EN_AP[dt.month-1]} {dt.day}, {dt.year} / {h}:{dt.minute:02d} {ap} {lab}", iso(dt, off, False)


def en7(dt):  # Thu 14 Mar 2024 21.05 AEDT
    lab, off = _z("AU", dt)
    return (f"{DAYS_EN[dt.weekday()][:3]} {dt.day} {MON_EN[dt.month-1]} {dt.year} "
            f"{dt.hour:02d}.{dt.minute:02d} {lab}", iso(dt, off, False))


def en8(dt):  # March 14, 2024
    return f"{MONTHS_EN[dt.month-1]} {dt.day}, {dt.year}", iso(dt, None, date_only=True)


def en9(dt):  # 14 Mar 2024
    return f"{dt.day} {MON_EN[dt.month-1]} {dt.year}", iso(dt, None, date_only=True)


def en10(dt):  # 03/14/2024 09:05 PM EST  (day > 12 only: caller guarantees)
    lab, off = _z("ETx", dt)
    h, ap = h12(dt)
    return f"{dt.month:02d}/{dt.day:02d}/{dt.year} {h:02d}:{dt.minute:02d} {ap} {lab}", iso(dt, off, False)


def en11(dt):  # 14-03-2024 21:05 UTC (day > 12)
    return f"{dt.day:02d}-{dt.month:02d}-{dt.year} {dt.hour:02d}:{dt.minute:02d} UTC", iso(dt, "+00:00", False)


def en12(dt):  # Thu, 14 Mar 2024 21:05:33 GMT
    return (f"{DAYS_EN[dt.weekday()][:3]}, {dt.day:02d} {MON_EN[dt.month-1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} GMT", iso(dt, "+00:00"))


def en13(dt):  # 9:05 PM JST, March 14, 2024
    h, ap = h12(dt)
    return f"{h}:{dt.minute:02d} {ap} JST, {MONTHS_EN[dt.month-1]} {dt.day}, {dt.year}", iso(dt, "+09:00", False)


def en14(dt):  # March 14th, 2024 at 21:05 SGT
    d = dt.day
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{MONTHS_EN[dt.month-1]} {d}{suf}, {dt.year} at {dt.hour:02d}:{dt.minute:02d} SGT", iso(dt, "+08:00", False)


def en15(dt):  # 2024/03/14 21:05 KST
    return f"{dt.year}/{dt.month:02d}/{dt.day:02d} {dt.hour:02d}:{dt.minute:02d} KST", iso(dt, "+09:00", False)


def en16(dt):  # Mar 14 2024 9:05PM HKT
    h, ap = h12(dt)
    return f"{MON_EN[dt.month-1]} {dt.day} {dt.year} {h}:{dt.minute:02d}{ap} HKT", iso(dt, "+08:00", False)


def en17(dt):  # 14 March 2024 9.05pm EAT
    h, ap = h12(dt)
    return f"{dt.day} {MONTHS_EN[dt.month-1]} {dt.year} {h}.{dt.minute:02d}{ap.lower()} EAT", iso(dt, "+03:00", False)


def en18(dt):  # Thursday 14 March 2024 21:05 (GMT+05:30)
    return (f"{DAYS_EN[dt.weekday()]} {dt.day} {MONTHS_EN[dt.month-1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d} (GMT+05:30)", iso(dt, "+05:30", False))


def en19(dt):  # Mar 14, 2024 | 09:05 am PST
    lab, off = _z("PTx", dt)
    h, ap = h12(dt)
    return f"{MON_EN[dt.month-1]} {dt.day}, {dt.year} | {h:02d}:{dt.minute:02d} {ap.lower()} {lab}", iso(dt, off, False)


EN = [en0, en1, en2, en3, en4, en5, en6, en7, en8, en9, en10, en11, en12, en13, en14, en15, en16,
      en17, en18, en19]
NEED_BIGDAY = {en10, en11}


def de0(dt):
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr", iso(dt, None, False)


def de1(dt):
    lab, off = _z("MEZ", dt)
    return f"{dt.day}. {MONTHS_DE[dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr {lab}", iso(dt, off, False)


def de2(dt):
    return (f"{DAYS_DE[dt.weekday()]}, {dt.day}. {MONTHS_DE[dt.month-1]} {dt.year}, "
            f"{dt.hour:02d}.{dt.minute:02d} Uhr", iso(dt, None, False))


def de3(dt):
    lab, off = _z("CET", dt)
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year} um {dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False)


def de4(dt):
    return f"{dt.day}. {MONTHS_DE[dt.month-1]} {dt.year}", iso(dt, None, date_only=True)


def de5(dt):
    lab, off = _z("MEZ", dt)
    return (f"{DAYS_DE[dt.weekday()][:2]}., {dt.day:02d}.{dt.month:02d}.{dt.year}, "
            f"{dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False))


def de6(dt):
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year}", iso(dt, None, date_only=True)


def de7(dt):
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year % 100:02d}, {dt.hour:02d}:{dt.minute:02d} Uhr", iso(dt, None, False)


DE = [de0, de1, de2, de3, de4, de5, de6, de7]


def fr0(dt):
    return f"{dt.day} {MONTHS_FR[dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d}", iso(dt, None, False)


def fr1(dt):
    return (f"{DAYS_FR[dt.weekday()]} {dt.day} {MONTHS_FR[dt.month-1]} {dt.year} à "
            f"{dt.hour:02d}:{dt.minute:02d}", iso(dt, None, False))


def fr2(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} à {dt.hour:02d}h{dt.minute:02d}", iso(dt, None, False)


def fr3(dt):
    lab, off = _z("CET", dt)
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False)


def fr4(dt):
    return f"{dt.day} {MONTHS_FR[dt.month-1]} {dt.year}", iso(dt, None, date_only=True)


def fr5(dt):
    return (f"{DAYS_FR[dt.weekday()][:3]}. {dt.day} {MONTHS_FR[dt.month-1]} {dt.year} - "
            f"{dt.hour:02d}h{dt.minute:02d}", iso(dt, None, False))


def fr6(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}", iso(dt, None, date_only=True)


def fr7(dt):
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year} à {dt.hour:02d}:{dt.minute:02d} UTC", iso(dt, "+00:00", False)


FR = [fr0, fr1, fr2, fr3, fr4, fr5, fr6, fr7]


def es0(dt):
    return f"{dt.day} de {MONTHS_ES[dt.month-1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d}", iso(dt, None, False)


def es1(dt):
    return (f"{DAYS_ES[dt.weekday()]}, {dt.day} de {MONTHS_ES[dt.month-1]} de {dt.year} - "
            f"{dt.hour:02d}:{dt.minute:02d}", iso(dt, None, False))


def es2(dt):
    lab, off = _z("CET", dt)
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False)


def es3(dt):
    lab, off = _z("CET", dt)
    return f"{dt.day} {MON_ES[dt.month-1]} {dt.year} - {dt.hour:02d}:{dt.minute:02d} {lab}", iso(dt, off, False)


def es4(dt):
    return f"{dt.day} de {MONTHS_ES[dt.month-1]} de {dt.year}", iso(dt, None, date_only=True)


def es5(dt):
    return f"{dt.day:02d}.{dt.month:02d}.{dt.year} | {dt.hour:02d}:{dt.minute:02d} h", iso(dt, None, False)


def es6(dt):
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}", iso(dt, None, date_only=True)


def es7(dt):
    return (f"{DAYS_ES[dt.weekday()][:3]} {dt.day} {MON_ES[dt.month-1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d} UTC", iso(dt, "+00:00", False))


ES = [es0, es1, es2, es3, es4, es5, es6, es7]

FORMATS = {"en": EN, "de": DE, "fr": FR, "es": ES}
