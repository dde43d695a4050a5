"""Street addresses by each country's convention: the house number before the street (US, UK,
France: `742 Evergreen Terrace`, `12 bis rue de la Paix`) or after it (Germany, the
Netherlands, Spain, Italy: `Berliner Straße 12a`, `Keizersgracht 123-H`, `Calle de Alcalá,
45, 3º B`), with ordinals, abbreviations and units, and the postcode and town that follow
(`, Springfield, IL 62704`, `, 10115 Berlin`, `1017 AB Amsterdam`, `London SW1A 1AA`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact.kinds import Kind
from consentry.redact.language import guess_at
from consentry.redact.lexicon import by_first_letter

_EN_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Crescent|Cres|"
    r"Close|Grove|Gardens|Gdns|Mews|Row|Walk|Hill|Park|Ridge|Crossing|Pike|Loop|Run|Path|Plaza|"
    r"Point|Manor|Mill|Estate|Fields?|Green|Harbou?r|Heights|Hts|Hollow|Junction|Landing|Lodge|"
    r"Meadows?|Mount|Orchard|Oval|Pass|Ranch|Route|Rte|Summit|Trace|Turnpike|Tpke|Valley|View|"
    r"Vista|Wharf|Wynd|Yard|Expressway|Expy|Freeway|Fwy|Cove|Creek|Bypass|Causeway|Center|"
    r"Centre|Common|Corner|Crest|Bay|Beach|Bend|Bridge|Brook|Broadway|Ferry|Parade|Quay|Rise|"
    r"Chase|Embankment|Gate|Hillside|Approach|Circus|Drove|Fold|Croft|"
    r"Pde|Tce|Cl|Esp|Esplanade|Cct|Circuit|Bvd|Gr"
)
# A form filled in capitals writes the street word in capitals too (742 EVERGREEN TERRACE).
_EN_SUFFIX = _EN_SUFFIX + "|" + _EN_SUFFIX.upper()
# The rest of the USPS's street suffixes (Publication 28, appendix C1) and plurals: words that
# name other things too, so they count only after a street's own name (`56 Perkins Parks`,
# `16 Megan Radial`, not `3 Lakes`).
_USPS_MORE = (
    r"Parks|Club|Lakes?|Stream|Radial|Falls|Bluffs?|Canyon|Cape|Cliffs?|Crossroads?|Curve|Dale|"
    r"Divide|Extensions?|Flats|Fords?|Forges?|Forks?|Glens?|Groves|Harbors|Hills|Inlet|Islands?|"
    r"Isle|Knolls?|Locks|Mountains?|Neck|Pines|Plains?|Points|Ports|Prairie|Ramp|Rapids?|"
    r"Ridges|Shoals?|Shores?|Springs|Spurs?|Squares|Stravenue|Streets|Throughway|Trafficway|"
    r"Tunnel|Underpass|Unions|Valleys|Viaduct|Views|Villages?|Ville|Walks|Ways|Wells|Courts|"
    r"Coves|Creeks|Estates|Greens|Junctions|Keys|Manors|Mills|Burgs?|Bottom|Branch|Brooks|"
    r"Camp|Centers|Circles|Commons|Corners|Drives|Gardens?|Haven|Lights|Loaf|Overpass|"
    r"Passage|Roads|Skyway|Track|Trailer|Turnpike"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # with Latin Extended-A: Č, Š, Ž, Ő, İ, Ş, Ā, Ł, ...
_CAP = rf"[{_UPPER}][\wÀ-ÿ'’.-]*"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_DIRECTION = r"(?:[NS]\.[EW]\.|N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?"
_UNIT = (
    r"(?:,?[ \t]+(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|Building|APT|SUITE|STE|UNIT|FLAT|#)\.?[ \t]*#?"
    r"[\w-]{1,6}|\d{1,3}(?:st|nd|rd|th)[ \t]+Floor))"
)
# A town: up to three words; a full stop only in an abbreviation (St. Gallen, Ste.-Foy), so a
# sentence that ends after the town does not run on into the next one. CEDEX is no town word.
_CITY_WORD = rf"(?!(?i:cedex)\b)(?:S(?:t|te|n|ta)\.[ -]?)?[{_UPPER}][\wÀ-ÿ'’-]+"
# Galician towns keep their article (A Coruña, O Porriño)
_CITY = rf"(?:(?:A|O|As|Os)[ ](?=[{_UPPER}]))?{_CITY_WORD}(?:[ -](?:(?:de|la|le|les|sur|am|an|der|im|aan|den|upon|on)[ -])?{_CITY_WORD}){{0,2}}"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])"
# Ireland's Eircode (routing key, then four characters): D02 X285, T12 YX88.
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\w])"
# Postcodes written with their town: Portugal 1100-053, Brazil 01310-200, Argentina's CPA
# C1005AAK, Mexico and Spain after "C.P.", Austria and Switzerland with a country letter.
_EU_POSTCODE = (
    r"(?:(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:(?:[ \t]?|[ \t]*\r?\n)[A-Z]{2}(?=[ \t]))?|\d{3}[ \t]\d{2})|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|[A-Z]\d{4}[A-Z]{3}"
    # Argentina's postcode in brackets: the CPA (C1425BGH) or the province's letter and the old
    # four digits (M5500), as Correo Argentino writes them
    r"|\([A-Z]\d{4}(?:[A-Z]{3})?\)"
    r"|(?:C\.[ \t]?P\.|CP|CAP|C\.A\.P\.)[ \t]*\d{4,5})"
)
# Australian states and territories before their postcode: Sydney NSW 2000.
_AU_STATE = r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)"
# The country may close an address's last line.
_COUNTRY = (
    r"(?:USA|U\.S\.A\.|United States|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|"
    r"Éire|Canada|Australia|New Zealand|Germany|Deutschland|Austria|Österreich|Switzerland|"
    r"Schweiz|Suisse|Svizzera|France|Belgium|Belgique|België|Belgien|Luxembourg|Netherlands|"
    r"The Netherlands|Nederland|Spain|España|Espana|Mexico|México|Argentina|Colombia|Chile|"
    r"Perú|Peru|Italy|Italia|Portugal|Brazil|Brasil|Poland|Polska|Sweden|Sverige|"
    r"USA|UNITED STATES|UNITED KINGDOM|GERMANY|FRANCE|SPAIN|ITALY|POLAND|SWEDEN|CANADA|AUSTRALIA)"
)
_SEP = r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+[-–|·•][ \t]+|[ \t]+)"
# A row of a CSV or TSV file with no header: the street's cell, then the postcode's and the
# town's cells (or the town's, maybe a state's, and the postcode's), each a whole cell between
# delimiters, maybe quoted. A four-digit cell that reads as a year is no postcode.
_CELL = r"[\"']?[ \t]*[,;\t|][ \t]*[\"']?"
_CELL_END = r"(?=[\"']?[ \t]*(?:[,;\t|)\r\n]|\Z))"
_ROW_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{5}(?:-\d{4}|-\d{3})?|(?:[A-Z]{1,2}-)?(?!19\d\d\b|20[0-3]\d\b)\d{4}"
    r"|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    r"|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4}|[1-8]\d{5})"
) + _CELL_END
# The town and postcode after a street: US/CA state + ZIP, UK postcode, Eircode, AU state +
# postcode, EU postcode + town (and CEDEX), and maybe the country.
# Brazil: the town and its state after a dash or a slash, with the CEP before or after them
# (São Paulo - SP, 01310-200 / São Paulo/SP - CEP 01310-200 / CEP 01310-200 - São Paulo/SP).
_BR_CEP = r"(?:CEP:?[ \t]*)?\d{5}-?\d{3}"
_BR_TOWN = rf"{_CITY}[ \t]*[-/][ \t]*[A-Z]{{2}}(?![\w])"
# A province, county or state after the town: (RM), RM, (Bilbao), Co. Cork, , Jal., , CDMX.
_PROVINCE = (
    r"(?:[ \t]+\([A-ZÀ-Þ][\wÀ-ÿ .'-]{1,30}\)|[ \t]+[A-Z]{2}(?![\w])|[ \t]*[-/][ \t]*[A-Z]{2}(?![\w])"
    r"|,?[ \t]+(?:Co\.|County)[ \t]+[A-Z][a-z]+|,[ \t]*(?:CDMX|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)"
    # a district after the town (Praha 1, København N; after a space: a tab ends the town's
    # cell, and `Malmö\t17 februari` is a date's day in the next) or the city after it (Fatih/İstanbul)
    rf"|[ ]+(?:\d{{1,2}}|[NSVØK])(?![\w.,:/-])|/{_CITY_WORD})?"
)
# India: a locality, the town and maybe the state, then the six-digit PIN (Bengaluru 560001,
# Jayanagar, Bangalore - 560041, Noida, Uttar Pradesh 201301).
_IN_TOWN = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"
_ROW_TAIL = (
    rf"{_CELL}{_ROW_POSTCODE}{_CELL}{_CITY}(?:{_CELL}{_COUNTRY})?{_CELL_END}"
    rf"|{_CELL}{_CITY}(?:{_CELL}[A-Z]{{2}})?{_CELL}{_ROW_POSTCODE}"
)
TAIL = (
    rf"(?:{_ROW_TAIL}|{_SEP}(?:"
    rf"{_CITY}(?:,?[ \t]+|[ \t]*\r?\n[ \t]*)(?:(?:[A-Z]{{2}}|D\.C\.)[ \t]+\d{{5}}(?:-\d{{4}})?|[A-Z]{{2}}[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|{_UK_POSTCODE}|{_AU_STATE}[ \t]+\d{{4}})"
    rf"|{_CITY}(?:[ \t]+\d{{1,2}})?(?:,?[ \t]+(?:Co\.|County)[ \t]+[A-Z][a-z]+)?,?[ \t]+{_EIRCODE}"
    rf"|(?:Co\.|County)[ \t]+[A-Z][a-z]+,?[ \t]+{_EIRCODE}"
    rf"|{_CITY},?[ \t]+\((?:Québec|Quebec|Ontario|Nouveau-Brunswick|Manitoba|Alberta)\)[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    rf"|(?:{_IN_TOWN},[ \t]*){{0,2}}{_IN_TOWN}(?:[ \t]+|[ \t]*[-–][ \t]*)[1-8]\d\d[ \t]?\d\d\d(?![\d-])"
    rf"|(?:{_CITY},[ \t]*){{0,2}}{_CITY},?[ \t]+[A-Z]{{2}},?[ \t]+(?:CEP:?[ \t]*)?\d{{5}}-\d{{3}}(?![\d-])"
    rf"|{_BR_TOWN}(?:(?:,?[ \t]*|[ \t]*\r?\n[ \t]*)(?:-[ \t]*)?{_BR_CEP})?|CEP:?[ \t]*\d{{5}}-?\d{{3}}(?:[ \t]*[-,][ \t]*{_BR_TOWN})?"
    rf"|{_EU_POSTCODE},?(?:[ \t]+|[ \t]*\r?\n[ \t]*(?![^\n:]{{1,40}}:))(?:-[ \t]+)?{_CITY}(?:[ \t]+(?i:cedex)(?:[ \t]+\d{{1,2}})?)?{_PROVINCE}"
    rf"|{_UK_POSTCODE}|{_EIRCODE}|Dublin[ \t]+\d{{1,2}}W?(?!\d)"
    # the postcode after the town: the Baltic states' LV-1010, Ukraine's five digits, Romania's
    # and Russia's six
    # ... and New Zealand's, South Africa's, Singapore's four to six digits, not a year
    rf"|(?:{_CITY},[ \t]*){{0,2}}{_CITY},?[ \t]+(?:[A-Z]{{2}}-\d{{4,5}}|\d{{5,6}}|(?!19\d\d|20[0-3]\d)\d{{4}})(?![\w-])"
    rf"|{_CITY}(?=,[ \t]*(?:[A-Z]{{2}}\b|{_UK_POSTCODE}|\d{{4,5}}))(?:,[ \t]*(?:[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}))?"
    # a town with no postcode, where the line or the sentence ends (Carrera 7 # 71-21, Bogotá;
    # Calle 5 Sur 123, Providencia): Latin America writes no postcode in most addresses
    rf"|(?:{_CITY},[ \t]*){{0,2}}{_CITY}(?:[ \t]+D\.C\.)?"
    rf"(?=(?:,?[ \t]+{_COUNTRY}(?![\w]))?[ \t]*(?:\r?\n|\Z|[.;)](?:\s|\Z)))"
    rf")(?:(?:,?[ \t]+|[ \t]*\r?\n[ \t]*){_COUNTRY}(?![\w]))?)?"
)
# A flat, suite or floor written before the house number: Apt. 4B, 120 E 87th St / Unit 4/12
# George St / 5th Floor, 20 Fenchurch Street.
_FLAT_FIRST = (
    r"(?:(?:(?:Flat|Apartment|Apt\.?|Suite|Ste\.?|Unit|Shop|Level|Lvl\.?|Floor|Fl\.?)[ \t]+[\w/-]{1,6}"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+Floor)(?:,[ \t]*|[ \t]+|[ \t]*/[ \t]*))"
)
# a house's name (UK, Ireland): Rose Cottage, The Old Rectory, Ivy House
_HOUSE_NAME = (
    r"(?:(?:The[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,2}(?:House|Cottage|Farm|Lodge|Barn|Villa|Rectory|Manor|"
    r"Mill|Hall|Grange|Croft),[ \t]*)"
)
# A flat or a house's name, or both, before the number: never neither (that is `EN`), so every
# match holds one of UNIT_ANCHORS and the scan around them finds what the whole text would.
_UNIT_BEFORE = rf"(?:{_FLAT_FIRST}{_HOUSE_NAME}?|{_HOUSE_NAME})"

# Between a house number written first and its street: spaces, maybe after a comma; a tab
# right after the number ends a cell (`…\t52 971 24 68\tpl. Grunwaldzki 70`: a phone's last
# group, then the next cell's street).
_NUMBER_GAP = r",?(?!\t)[ \t]+"

# House number first: 742 Evergreen Terrace, 350 5th Ave, 1600 Pennsylvania Avenue NW, 221B Baker St.
_EN_BODY = (
    rf"(?:\d{{1,4}}[A-Za-z]?/)?\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?{_NUMBER_GAP}(?:{_DIRECTION}[ \t]+)?"
    rf"(?:(?:(?:{_CAP}|{_ORDINAL})[ \t]+){{0,4}}(?:{_EN_SUFFIX})|(?:(?:{_CAP}|{_ORDINAL})[ \t]+){{1,4}}(?:{_USPS_MORE})"
    # Malaysia and Singapore: the street word first (25 Jalan Sultan Ismail, 3 Lorong Kilat)
    rf"|(?:Jalan|Jln\.|Lorong|Persiaran|Lebuh)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
    # Malta: the street word first, its name maybe after an article (14 Triq il-Kbira, 9 Triq
    # San Pawl, Vjal ir-Riħan; Malta Post's address guide)
    rf"|(?:Triq|Vjal|Pjazza|Sqaq)[ \t]+(?:[a-zċġħż']{{1,4}}-)?{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    rf"\b\.?(?:[ \t]+{_DIRECTION}(?![\w]))?{_UNIT}?" + TAIL
)
# A comma before the house number is a row's cell boundary, unless it is a thousands separator
# (`1,234 Main Street Capital`: a digit before it, exactly three after).
# (The digit first: the alternation is tried only where a number starts, not at every position.)
_NOT_THOUSANDS = r"(?=\d)(?:(?<!\d,)|(?!\d{3}(?!\d)))"
EN = rf"(?<![\w./-]){_NOT_THOUSANDS}{_EN_BODY}"
# The same with the flat, suite or floor first (found from its own words, not from the number).
EN_UNIT_FIRST = rf"(?<![\w.])(?=[A-Z\d]){_UNIT_BEFORE}(?<![\w.]){_EN_BODY}"
UNIT_ANCHORS = (
    "flat ",
    "apartment ",
    "apt",
    "suite ",
    "ste",
    "unit ",
    "shop ",
    "level ",
    "lvl",
    "floor",
    "fl.",
    "house,",
    "cottage,",
    "farm,",
    "lodge,",
    "barn,",
    "villa,",
    "rectory,",
    "manor,",
    "grange,",
)
_US_STATES = frozenset(
    [
        "al",
        "ak",
        "az",
        "ar",
        "ca",
        "co",
        "ct",
        "de",
        "dc",
        "fl",
        "ga",
        "hi",
        "id",
        "il",
        "in",
        "ia",
        "ks",
        "ky",
        "la",
        "me",
        "md",
        "ma",
        "mi",
        "mn",
        "ms",
        "mo",
        "mt",
        "ne",
        "nv",
        "nh",
        "nj",
        "nm",
        "ny",
        "nc",
        "nd",
        "oh",
        "ok",
        "or",
        "pa",
        "ri",
        "sc",
        "sd",
        "tn",
        "tx",
        "ut",
        "vt",
        "va",
        "wa",
        "wv",
        "wi",
        "wy",
    ]
)
_LOWER_STATE = re.compile(r"[ \t]([a-z]{2})[ \t]+\d{5}(?:-\d{4})?\Z")
# A street without a house number (a house name or a building before it: Rose Cottage, Mill
# Lane, Ashford TN24 8AA / One Microsoft Way, Redmond, WA 98052): only with its postcode. The
# pattern finds the town and postcode; `street_before_town` looks back for the street.
TOWN_WITH_POSTCODE = (
    rf",[ \t]*{_CITY}(?:,?[ \t]+(?:(?:[A-Z]{{2}}|D\.C\.)[ \t]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}"
    rf"|{_AU_STATE}[ \t]+\d{{4}}|[A-Z]{{2}}[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    rf"|(?:(?:Co\.|County)[ \t]+[A-Z][a-z]+,?[ \t]+)?{_EIRCODE})"
    rf"|[ \t]+\d{{1,2}}W?,?[ \t]+{_EIRCODE}|(?:[ \t]+|[ \t]*[-–][ \t]*)[1-8]\d\d[ \t]?\d\d\d(?![\d-])"
    # Israel's seven digits after the town (Tel Aviv-Yafo 6473925), maybe the country after
    rf"|,?[ \t]+\d{{7}}(?![\w-])(?:,[ \t]*Israel\b)?)"
    # all in lower case, as people type in chat: `, london nw1 6xe`, `, austin, tx 78701`
    rf"|,[ \t]*[a-z]+(?:[ \t][a-z]+){{0,2}}(?:,?[ \t]+[a-z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?"
    rf"|,?[ \t]+[a-z]{{1,2}}\d[a-z\d]?[ \t]?\d[a-z]{{2}})(?![\w-])"
)
# Before a street with no number: a flat, door or plot (Flat 12B, No. 45, H.No. 8-2-293, B-204)
# and a building (The Maltings, Sunshine Apartments); after it a locality or two (Indiranagar,
# Little Snoring) before the town. India's street words too (2nd Cross, 5th Main, Marg, Nagar).
_FLAT_OR_DOOR = (
    r"(?:(?:(?:Flat|Apartment|Apt\.?|Unit|Suite|No\.|H\.[ \t]?No\.|Plot(?:[ \t]No\.)?|Door(?:[ \t]No\.)?|#)"
    r"[ \t]*[\w/-]{1,10}|[A-Z]{1,2}-\d{1,4}[A-Z]?),[ \t]*)"
)
_STREET_BEFORE = re.compile(
    rf"(?<![\w.,/-]){_FLAT_OR_DOOR}?(?:(?:The[ \t]+)?(?:{_CAP}[ \t]+){{0,2}}{_CAP},[ \t]*)?"
    rf"(?:(?:The[ \t]+)?(?:[A-Z][a-z]+[ \t]+){{1,2}}(?:House|Cottage|Farm|Lodge|Barn|Villa|"
    rf"Rectory|Manor|Mill|Hall|Grange|Croft),[ \t]*)?(?:(?:{_CAP}|{_ORDINAL})[ \t]+){{1,3}}"
    rf"(?:{_EN_SUFFIX}|Cross|Main|Marg|Nagar|Layout|Colony|Extension|Enclave)\b\.?"
    rf"(?:,[ \t]*{_CITY}){{0,2}}\Z"
)


# India writes a house, plot or flat number first, then the building, block, sector or road,
# each in its own comma-separated part, often with no street word (H.No. 8-2-293/82/A, Road
# No. 12, Banjara Hills / Plot 4, Sector 21, Gurugram / A-12, Vasant Vihar, New Delhi): with a
# door first, any capitalised parts before the town; without one, a block, sector, phase or
# numbered road among them.
_IN_DOOR = (
    r"(?:(?:H\.[ \t]?No\.?|House[ \t]No\.?|Plot(?:[ \t]No\.?)?|Door[ \t]No\.?|Flat(?:[ \t]No\.?)?|"
    r"Shop[ \t]No\.?|Apartment|Apt\.?|Unit|No\.|\#)[ \t]*[\w/-]{1,14}|[A-Z]{1,2}-\d{1,4}[A-Z]?)"
)
_IN_BLOCK = (
    rf"(?:(?:{_CAP}[ \t]+){{0,2}}(?:Sector|Phase|Block|Pocket|Tower|Wing|Stage|"
    rf"(?:Road|Street|Lane|Gali)[ \t]No\.?)[ \t]*[\dA-Z]{{1,4}}(?![\w]))"
)
_IN_PART = rf"(?:{_IN_BLOCK}|(?:{_CAP}|{_ORDINAL})(?:[ \t]+(?:{_CAP}|{_ORDINAL})){{0,3}})"
_IN_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?:{_IN_DOOR},[ \t]*(?:{_IN_PART},[ \t]*){{0,4}}{_IN_PART}"
    rf"|(?:{_IN_PART},[ \t]*)?{_IN_BLOCK}(?:,[ \t]*{_IN_PART}){{0,3}})\Z"
)


# A street named by one compound word, its street word grown into it (Kingsway, Eastcheap,
# Parkside, Moorgate, Broadway), with its house number: only before a town and its postcode.
_COMPOUND_BEFORE = re.compile(
    rf"(?<![\w.,/-]){_FLAT_OR_DOOR}?\d{{1,5}}[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
    r"[A-Z][a-z]*(?:way|side|gate|cheap|row|hill|field|fields|wood|bridge|market|croft|moor|mead|"
    r"wall|ditch|walk|bank|yard|grove|green|haven|hythe|strand|street)\Z"
)
# Israel's streets in Latin script: the street word first (Rehov Herzl 15, Sderot Rothschild
# 22, Derech Begin 132) or an English street word with the number after it (Herzl St 15).
_IL_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?:(?:Rehov|Rechov|Rh\.|Sderot|Shderot|Derech|Kikar|Simtat|Ha-?Rav)[ \t]+"
    rf"(?:{_CAP}[ \t]+){{0,3}}|(?:{_CAP}[ \t]+){{1,3}}(?:St\.?|Street|Blvd\.?|Ave\.?)[ \t]+)"
    r"\d{1,4}[A-Za-z]?(?:/\d{1,3})?(?:,[ \t]*(?:Apt\.?|Apartment|Floor)[ \t]*\d{1,3})?\Z"
)
# The same streets all in lower case, with their street word (221b baker street, 742
# evergreen terrace), before a lower-case town and its postcode.
_LOWER_STREET_BEFORE = re.compile(
    r"(?<![\w.,/-])\d{1,5}[a-z]?[ \t]+(?:[a-z]+[ \t]+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|"
    r"drive|dr|terrace|ter|place|pl|court|ct|way|crescent|close|boulevard|blvd|gardens|grove|"
    r"square|sq|hill|row|parkway|pkwy|circle|cir|highway|hwy|mews|walk|parade)\.?"
    r"(?:[ \t]+(?:nw|ne|sw|se|n|s|e|w))?(?:,[ \t]*(?:apt|suite|unit|flat)\.?[ \t]*[\w-]{1,6})?\Z"
)


def street_before_town(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    lo = max(0, m.start() - 120)
    if m.group().islower():
        state = _LOWER_STATE.search(m.group())
        if state and state.group(1) not in _US_STATES:
            return
        found = [f for f in (_LOWER_STREET_BEFORE.search(m.string, lo, m.start()),) if f]
    else:
        found = [
            f
            for f in (
                _STREET_BEFORE.search(m.string, lo, m.start()),
                _IN_BEFORE.search(m.string, lo, m.start()),
                _COMPOUND_BEFORE.search(m.string, lo, m.start()),
                _IL_BEFORE.search(m.string, lo, m.start()),
            )
            if f
        ]
    street = min(found, key=lambda f: f.start()) if found else None  # the longer one
    if street:
        yield street.start(), m.end(), Kind.ADDRESS


PO_BOX = (
    r"(?i:\b(?:P\.?[ \t]?O\.?[ \t]?Box|Post(?:fach)?|Postbus|Apartado(?:[ \t]+(?:de[ \t]+correos|postal))?|"
    r"B\.?P\.?|Boîte[ \t]+postale|Case[ \t]+postale|Casella[ \t]+postale|Caixa[ \t]+postal|"
    r"Cx\.?[ \t]?postal|Skrytka[ \t]+pocztowa|Skr\.[ \t]?poczt\.|Casilla(?:[ \t]+de[ \t]+correos?)?|"
    r"G\.?P\.?O\.?[ \t]?Box|Post[ \t]+Office[ \t]+Box|Locked[ \t]+Bag"
    # a US rural route, highway contract or military post office before its box (RR 2 Box 152)
    r"|(?:RR|R\.R\.|Rural[ \t]+Route|HC|Star[ \t]+Route|PSC|CMR|UMR)[ \t]+\d{1,4},?[ \t]+Box)(?:[ \t]+n\.?[º°]?)?[ \t]+\d{1,6}(?:-\d{1,6}|(?: \d{2,3}(?![\d])){0,2}))"
    + TAIL
    # a plain `Box 1234` (Sweden) only with its postcode and town
    + r"|\bBox[ \t]+\d{1,6}"
    + TAIL[:-1]
    + r"|\b(?:Postfach|Case[ \t]+postale|Casella[ \t]+postale)"
    + TAIL[:-1]
)

# After the house number: Austrian stair and door (Stiege 2, Top 15), Belgian box (bus 3, bte 2),
# German flat (Whg. 4).
_DOOR = (
    r"(?:,?[ \t]+(?:(?:Stiege|Stg\.?|Top|Tür|Whg\.?|Wohnung|App\.?|bus|boîte|bte\.?|lgh\.?)[ \t]*[\w/-]{1,5}"
    r"|\d{1,2}[ \t]?tr\.?"
    r"|\d{1,2}\.[ \t]?(?:Stock|OG|Obergeschoss|Etage|UG|DG)|EG|Erdgeschoss|Dachgeschoss|"
    r"(?:Vorder|Hinter|Seiten)haus|[VH]H)(?![\w])){0,3}"
)

# German and Dutch: the street word is part of the name and the number follows.
_DE_NL_SUFFIX = (
    r"straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|"
    r"graben|stieg|wall|zeile|berg|hof|gürtel|"
    r"straat|laan|gracht|plein|kade|singel|dijk|dreef|steeg|pad|kanaal|plantsoen|haven|"
    # Flemish: an avenue is a `lei`, a road a `baan`, a quay a `kaai` (Frankrijklei, Lenalei)
    r"lei|baan|kaai|"
    r"boulevard|park|"
    # Swedish: the street word is part of the name too (Storgatan 12 B, Kungsvägen 4)
    r"gatan|gata|vägen|väg|gränd|torget|torg|stigen|backen|allén"
)
# Forms in capitals (BERLINER STRASSE 12, HAUPTSTRASSE 5, STORGATAN 1).
_DE_NL_SUFFIX = _DE_NL_SUFFIX + "|" + _DE_NL_SUFFIX.upper()
# chat drops the abbreviation's full stop (lindenstr 4)
_DE_NL_SUFFIX += r"|str(?=[ \t]\d)"
# Literal street words that every German or Dutch street name above contains (lower case):
# the scan looks for these before the pattern runs.
DE_NL_ANCHORS = (
    "straße",
    "strasse",
    "str.",
    "weg",
    "allee",
    "platz",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "steig",
    "pfad",
    "markt",
    "graben",
    "stieg",
    "wall",
    "zeile",
    "gürtel",
    "berg",
    "hof",
    "straat",
    "lei ",
    "baan ",
    "kaai ",
    "laan",
    "gracht",
    "plein",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "steeg",
    "pad",
    "kanaal",
    "plantsoen",
    "haven",
    "boulevard",
    "park",
    "gata",
    "väg",
    "gränd",
    "torg",
    "stigen",
    "backen",
    "allén",
    "am ",
    "an der ",
    "im ",
    "auf dem ",
    "unter den ",
    "zum ",
    "zur ",
)
_DE_NL_WORD = (
    r"Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Graben|Gürtel|Steig|"
    r"Straat|Laan|Plein|Kade|Gracht|Singel|Dijk"
)
_DE_NL_WORD = _DE_NL_WORD + "|" + _DE_NL_WORD.upper()
DE_NL = (
    rf"(?<![\w-])(?:\d{{1,2}}e[ \t]+)?(?:(?:Alte[rn]?|Neue[rn]?|Große[rn]?|Kleine[rn]?|Obere[rn]?|Untere[rn]?|Am|An[ \t]der|Im|In[ \t]der|Auf[ \t]dem|"
    rf"Zum|Zur|Unter[ \t]den|St\.|Sankt|Oude|Nieuwe|Korte|Lange|Van|De|Het|Sint|"
    rf"Koningin|Koning|Prins|Prinses|Burgemeester|Dokter|Graaf|Generaal|Pastoor|Professor|"
    rf"Kaiser|König|Königin|Prinz|Prinzessin|Herzog|Graf|Bischof|Kardinal|Pfarrer|Doktor|"
    rf"Västra|Östra|Norra|Södra|Stora|Lilla|Gamla|Nya)[ \t]+"
    rf"(?:(?:de|van|van[ \t]der|van[ \t]de|ten|ter)[ \t]+)?)?"
    # Dutch streets named after a person write the given name apart (Jan Steenstraat)
    rf"(?:(?:[A-Z][a-z]+ (?=[A-Z][\w-]*(?:straat|laan|plein|gracht|kade|singel|dijk)\b)"
    # an Austrian or German adjective of place before a compound name (Wiedner Hauptstraße)
    rf"|[A-ZÄÖÜ][a-zäöüß]+er (?=[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|gasse|platz|weg|allee)\b))?"
    rf"[A-ZÄÖÜÅ][\wäöüß-]*(?:{_DE_NL_SUFFIX})|[A-ZÄÖÜ][\wäöüß-]*(?:er|sche|ische|ER|SCHE|ISCHE)?[ \t-](?:{_DE_NL_WORD})"
    rf"|(?:Am|An[ \t]der|Im|Auf[ \t]dem|Unter[ \t]den|Zum|Zur)[ \t]+[A-ZÄÖÜ][\wäöüß-]+"
    rf"|[A-ZÄÖÜ][\wäöüß-]*(?:{_DE_NL_SUFFIX})[ \t]+(?:van|der|den|de|het)[ \t]+[A-Z][\w-]+)"
    rf"(?:[ \t]+(?:Nr\.?[ \t]?)?|(?<=str\.))\d{{1,5}}(?:[ \t]?[a-zA-Z]\b|-[A-Za-z0-9]{{1,4}}\b|[ \t]?(?:bis|hs|huis)\b)?(?:/(?:\d{{1,4}}|Top[ \t]?\d{{1,4}})){{0,3}}(?:[ \t]?-[ \t]?\d{{1,4}})?"
    + _DOOR
    + TAIL
)

# French: 12 bis, rue de la Paix / 5 avenue des Champs-Élysées / 3 bd Voltaire
# What French writes after the street's name: floor, staircase, building, flat.
_FR_AFTER = (
    r"(?:,?[ \t]+(?:\d{1,2}(?:e|ème|er|è)[ \t]+étage|(?:escalier|esc\.|bâtiment|bât\.|appartement|appt?\.?|porte)"
    r"[ \t]*[\w-]{1,4})(?![\w]))*"
)
# ... and before the house number: building, flat, residence (Bât. B, Appt 12, Résidence les Pins).
_FR_BEFORE = (
    r"(?<![\w.])(?:(?:Bât(?:iment)?\.?|Appt?\.?|Appartement|Escalier|Esc\.)[ \t]*[\w-]{1,4}"
    r"|Résidence(?:[ \t]+(?:les|le|la|du|des|de))?[ \t]+[A-ZÀ-Þ][\w'-]+),[ \t]*"
)
_FR_BODY = (
    rf"(?<![\w./-]){_NOT_THOUSANDS}\d{{1,5}}(?:-\d{{1,5}})?(?:[ \t]?(?:bis|ter|quater|[A-D])\b)?{_NUMBER_GAP}(?i:rue|avenue|av\.|boulevard|boul|bd|bld|chemin|place|pl\.|allée|allee|impasse|"
    r"quai|route|rte|cours|passage|square|voie|faubourg|fbg|rond-point|promenade|sentier|cité|cite|"
    r"résidence|residence|hameau|lieu-dit|esplanade|parvis|montée|ruelle)\.?[ \t]+"
    r"(?:(?:de|du|des|la|le|les|l'|l’|d'|d’|de[ \t]la|aux?|en|sur)[ \t]*)*[A-ZÀ-Ý\d][\w'’À-ÿ-]*"
    r"(?:[ \t-](?:(?:de|du|des|la|le|les|l'|l’|d'|d’|et|aux?|sur|en)[ \t]*)*[A-ZÀ-Ý][\w'’À-ÿ-]*){0,4}"
    r"(?:[ \t]+[OENS]\.|(?<=[ \t][OENS])\.)?" + _FR_AFTER + TAIL
)
FR = _FR_BODY
# The same with a building, flat or residence first (found from its own words, not the number).
FR_UNIT_FIRST = _FR_BEFORE + _FR_BODY
FR_UNIT_ANCHORS = ("bât", "appt", "app.", "appartement", "escalier", "esc.", "résidence")

# Belgium, Switzerland and Luxembourg write French streets with the number after them:
# Rue de la Loi 16, 1000 Bruxelles / Avenue Louise 54 bte 3 / Chaussée de Wavre 120.
FR_STREET_FIRST = (
    r"(?<![\w-])(?i:rue|avenue|av\.|boulevard|bd|chaussée|chaussee|place|quai|chemin|allée|allee|"
    r"square|impasse|drève|dreve|galerie|rempart|parvis|route|clos|sentier|passage|cours)[ \t]+"
    r"(?:(?:de|du|des|la|le|les|l'|l’|d'|d’|de[ \t]la)[ \t]*)*[A-ZÀ-Ý][\w'’À-ÿ-]*"
    r"(?:[ \t-](?:(?:de|du|des|la|le|les|l'|l’|d'|d’|et|aux?|sur|en)[ \t]*)*[A-ZÀ-Ý][\w'’À-ÿ-]*){0,4}"
    r",?[ \t]+\d{1,5}(?:[ \t]?(?:bis|ter|[A-Da-d])\b)?(?:/\d{1,4})?" + _DOOR + _FR_AFTER + TAIL
)
# Literal street words of the pattern above (lower case), for the scan.
FR_STREET_FIRST_ANCHORS = (
    "rue ",
    "avenue ",
    "av. ",
    "boulevard ",
    "bd ",
    "chaussée ",
    "chaussee ",
    "place ",
    "quai ",
    "chemin ",
    "allée ",
    "allee ",
    "square ",
    "impasse ",
    "drève ",
    "galerie ",
    "rempart ",
    "parvis ",
    "route ",
    "clos ",
    "sentier ",
    "passage ",
    "cours ",
)

# Spanish, Italian, Portuguese (and Dutch `Laan van ...`): the street word first, the number
# after it, after a comma or after "nº".
# Which side of the floor a flat is on, and the floor words (Spanish izda./dcha., Portuguese
# Esq./Dto., Italian piano, Portuguese andar).
_SIDE = (
    r"(?i:izq\w*|izda|dcha|dch|dra|der|derecha|ctro|centro|esq\w*|dto|dt|dir\w*|frente|fte|"
    r"andar|piano|planta|piso)\.?"
)
# What follows the house number: floor and door (2º 1ª, 3-D, 3.º Esq., 5º izq., 4° piano), flat,
# stair and office words with their value (piso 3, puerta B, scala A, int. 4, apto 92, sala 12,
# bloco B, r/c, Depto. 5), a Mexican colonia (Col. Roma Norte) and a Brazilian bairro after a
# dash (- Jardins).
_SOUTH_AFTER = (
    rf"(?:(?:,[ \t]*|[ \t]+|[ \t]*-[ \t]*)(?:\d{{1,2}}\.?[ºª°](?:[ \t]?(?:[A-Za-z]\b|\d{{1,2}}\.?[ºª°]|{_SIDE}))?"
    r"|(?i:piso|planta|piano|andar|puerta|pta\.?|esc\.?|escalera|bajo|entlo\.?|ático|atico|int\.?|interno|interior|"
    r"scala|depto\.?|dpto\.?|departamento|oficina|of\.?|local|apto\.?|apt\.?|ap\.?|sala|bloco|bl\.?|"
    r"conj\.?|lote|loja|bus|bte\.?|Int\.?|Depto\.?|Apto\.?|Sala|Bloco|m\.|lok\.?|lokal)[ \t]*[\w]{0,4}\.?"
    rf"|\d{{1,2}}[ \t-]?[A-Za-z]\b|{_SIDE}|(?i:r/c)(?:[ \t]+(?i:esq|dto|dt|dir)\w*\.?)?"
    r"|(?i:km)[ \t]*\d{1,4}(?:[.,]\d{1,3})?"
    r"|Col\.[ \t]+[A-ZÀ-Þ][\wÀ-ÿ]+(?:[ \t]+[A-ZÀ-Þ][\wÀ-ÿ]+){0,2})"
    r"|[ \t]+-[ \t]+(?!CEP)[A-ZÀ-Þ][\wÀ-ÿ]+(?:[ \t]+(?:d[aeo]s?[ \t]+)?[A-ZÀ-Þ][\wÀ-ÿ]+){0,2}"
    r"(?![ \t]*[-/][ \t]*[A-Z]{2}\b|[\w/]))"
)
# The house number: nº 12, n.º 12, n. 12, civico 12, No. 12, #12, 12/A, 12-14, 12 bis, s/n, snc.
_SOUTH_NUMBER = (
    r"(?:(?:(?:n\.?|nº|n\.º|n\.°|no\.?|No\.?|núm\.?|num\.?|nr\.?|número|numero|n°|civico|\#)[ \t]?)?"
    r"\d{1,5}[A-Za-z]?\b(?:-\d{1,4}\b|-[A-Za-z]\b|/[A-Za-z0-9]{1,3}\b)?(?:[ \t]bis\b)?"
    r"|(?i:s/n|s\.n\.|snc)(?![\w])"
    # Ecuador's street numbering (Quito, Cuenca, …): the side of the axis, the block, the door
    # (N56-143, Oe3-25, S12-40), then maybe the cross street after `y`
    r"|(?:N|S|E|Oe|O)\d{1,3}-\d{1,4}\b(?:[ \t]+y[ \t]+(?:Av\.|Avenida|Calle|Pasaje|Psje\.)[ \t]+"
    r"[A-ZÀ-Ý\d][\w'’À-ÿ.-]*(?:[ \t]+(?:de[ \t]+)?[A-ZÀ-Ý][\w'’À-ÿ.-]*){0,3})?)"
)
SOUTH = (
    # Spanish writes the street word in lower case in a sentence (vivo en la calle Mayor 7),
    # Portuguese too (moro na rua Augusta 274), Italian after a preposition (abito in via Roma 3)
    r"(?<![\w-])(?:(?i:calle|c/|avenida|avda\.?|paseo|plaza|camino|carretera|ctra\.?|ronda|"
    r"travesía|travesia|carrer|rambla|glorieta|urbanización|callejón|passeig|plaça|avinguda|rúa|"
    r"rua|travessa|alameda|praça|praca|calçada|calcada|estrada|rodovia|calzada|privada|cerrada|"
    r"prolongación|carrera|diagonal|transversal|pasaje|jirón|jiron|acceso|bajada|cuesta|pasadizo|"
    r"cañada|subida|senda|costanilla|"
    r"ul\.|ulica|al\.|aleja|os\.|osiedle|plac|pl\.|jalan|jln\.|jl\.|lorong|persiaran|lebuh)"
    r"|(?:(?<=\bin[ \t])|(?<=\ba[ \t]))"
    r"(?:via|viale|piazza|piazzale|corso|vicolo|largo)|C\.|Av\.|Pº|Pza\.?|Cl\.|Cll\.?|"
    # Italian in lower case anywhere, before a capitalised name (via dei Mille 3, 80121 Napoli):
    # `number_after_street` asks for a postcode and town or Italian text
    r"(?:via|viale|piazza|piazzale|corso|vicolo|largo)(?=[ \t]+(?:d[ei]\w{0,3}[ \t]+)?[A-Z])|"
    r"Vía|Via|Urb\.|Blvd\.|Bv\.|Bvar\.|Calz\.|Priv\.|"
    r"Viale|V\.le|Piazza|P\.za|P\.zza|Piazzale|P\.le|Corso|C\.so|Largo|Lgo\.|Vicolo|Strada|Contrada|"
    r"Lungarno|Lungotevere|Lungomare|Borgo|Salita|Località|Loc\.|"
    r"R\.|Tv\.|Trav\.|Pç\.|Al\.|Est\.|Rod\.|Beco|Cra\.|Kra\.|Cr\.|Dg\.|Diag\.|Jr\.|Psje\.|Pje\.|"
    r"Laan|Plein|Kade|Dreef|Singel|Weg|Dijk)[ \t]+"
    r"(?:(?:de|del|de[ \t]la|de[ \t]los|de[ \t]las|di|della|dei|degli|delle|da|do|dos|das|dello|la|el|los|las|"
    r"van|van[ \t]der|van[ \t]de|van[ \t]den|der|den|het|op|aan|bij)[ \t]+)*"
    # a name may begin with a number (Avenida 5 de Mayo, Rua 25 de Abril, Calle 50 #12-34)
    r"(?:[A-ZÀ-ÝĄĆĘŁŃŚŹŻ][\w'’À-ÿ.-]*|\d{1,3}[A-Z]?(?:[ \t](?i:bis)(?:[ \t]?[A-Z]\b)?)?(?=[ \t]))(?:[ \t]+(?:(?:de|del|la|las|los|el|y|di|della|dei|da|do|dos|das)[ \t]+)*[A-ZÀ-ÝĄĆĘŁŃŚŹŻ][\w'’À-ÿ.-]*){0,4}"
    rf",?[ \t]+{_SOUTH_NUMBER}{_SOUTH_AFTER}{{0,4}}" + TAIL
)


# Literal street words of the pattern above (lower case), for the scan; the short abbreviations
# with the space before them, so that words ending in them (test., prod.) are no anchors.
SOUTH_ANCHORS = (
    "calle",
    "jalan ",
    "jln. ",
    "jl. ",
    "lorong ",
    "persiaran ",
    "lebuh ",
    "acceso ",
    "bajada ",
    "cuesta ",
    "pasadizo ",
    "cañada ",
    "subida ",
    "senda ",
    "costanilla ",
    "c/",
    "c.",
    "avenida",
    "avda",
    "av.",
    "paseo",
    "pº",
    "plaza",
    "pza",
    " cl. ",
    "\ncl. ",
    " cll",
    "\ncll",
    "camino",
    "carretera",
    "ctra",
    "ronda",
    "travesía",
    "travesia",
    "vía",
    "via ",
    "carrer",
    "rambla",
    "glorieta",
    "urbanización",
    "urb.",
    "callejón",
    "viale",
    "piazza",
    "p.za",
    "corso",
    "largo",
    "vicolo",
    "strada",
    "contrada",
    "rua ",
    "travessa",
    "alameda",
    "passeig",
    "plaça",
    "avinguda",
    "rúa",
    "praça",
    "praca",
    "pç.",
    "calçada",
    "calcada",
    "estrada",
    " est.",
    "\nest.",
    "rodovia",
    " rod.",
    "beco ",
    " r. ",
    "\nr. ",
    " tv.",
    " trav.",
    " al. ",
    "calzada",
    "calz.",
    "blvd.",
    "bv.",
    "bvar.",
    "privada",
    "priv.",
    "cerrada",
    "prolongación",
    "v.le",
    "p.zza",
    "piazzale",
    "p.le",
    "c.so",
    "lgo.",
    "lungarno",
    "lungotevere",
    "lungomare",
    "borgo",
    "salita",
    "località",
    " loc.",
    "laan ",
    "plein ",
    "kade ",
    "dreef ",
    "singel ",
    "weg ",
    "dijk ",
    "carrera",
    "cra.",
    "kra.",
    " cr. ",
    "\ncr. ",
    "diagonal",
    "dg.",
    "diag.",
    "transversal",
    "pasaje",
    "pje.",
    "psje.",
    "jirón",
    "jiron",
    " jr.",
    "\njr.",
    "ul. ",
    "ulica",
    "aleja",
    "al. ",
    "os. ",
    "osiedle",
    "plac ",
    "pl. ",
)


# Street words that are also the ends of English words ("Spring 2024", "Notepad 2",
# "Firewall 3", "Hyde Park 5"): a street with one of these counts in German or Dutch text, or
# with a postcode and town after it.
_LOOSE_SUFFIX = re.compile(
    r"(?i)(?:ring|park|wall|pad|hof|berg|markt|haven|boulevard|damm|ufer|steig|graben|zeile|stieg)$"
)
_HOUSE_NO = re.compile(
    r"(?:[ \t,]+|(?<=\.))(?:n\.?|nº|n\.º|no\.?|núm\.?|num\.?|nr\.?|número|numero|n°|civico|\#)?[ \t]?(\d{1,5})"
)
# Words that announce an address in the five languages (and the field rule's separators).
ADDRESS_CUES = (
    r"wohne|wohnt|wohnen|adresse|anschrift|liefer\w*|zustell\w*|hausnummer|straße|"
    r"woon|woont|wonen|adres|bezorg\w*|afleveren|address|live[sd]?|living|ship|deliver\w*|"
    r"send\w*\s+to|mail\w*\s+to|ship\w*(?:\s+it)?\s+to|deliver\w*\s+to|habite|domicil\w*|livr\w*|vivo|vive|direcci[oó]n|env[ií]\w*|"
    r"located|office|büro|kantoor|im|in\s+der|an\s+der|am|op|aan\s+de|in\s+de|"
    r"abito|abita|risiedo|residente|indirizzo|domicilio|spedire|consegna\w*|"
    r"moro|mora|resido|morada|endereço|endereco|entrega\w*|enviar"
)
ADDRESS_CUE_TAIL = r"(?:\s+(?:is|ist|lautet|est|es|è|é|an|à|to|naar|op|en|in|em|para|a))?\W{0,4}$"
# (only ever asked whether it matches: grouping the words by first letter changes no answer)
_ADDRESS_CUE = re.compile(rf"(?i)(?:{by_first_letter(ADDRESS_CUES)}){ADDRESS_CUE_TAIL}")
_YEAR = re.compile(r"19\d\d|20[0-3]\d")
_TAIL_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)(?:[A-Z]{1,2}-)?\d{4,5}[ \t]?(?:[A-Z]{2}[ \t]+)?[A-ZÀ-Þ]"
)


_IT_LOWER = frozenset(["via", "viale", "piazza", "piazzale", "corso", "vicolo", "largo"])
_IT_CAP_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+|[ \t]*-[ \t]*)\d{5}[ \t]+[A-ZÀ-Þ]")
_IT_AFTER_PREP = re.compile(r"(?:\bin|\ba)[ \t]\Z")


def number_after_street(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A street name before its number (German, Dutch, Spanish, Italian), unless the number is
    a year ("Im Jahr 2024", "Plaza 2019") or the street word is an English word's ending in
    text that is not German or Dutch, and no postcode and town follow."""
    text, s, e = m.string, m.start(), m.end()
    num = _HOUSE_NO.search(text, s, e)
    has_tail = bool(_TAIL_AFTER.search(text, num.end(), e)) if num else False
    marked = num is not None and any(
        c.isalpha() or c == "#" for c in num.group()[: -len(num.group(1))]
    )
    if num and not has_tail and not marked and _YEAR.fullmatch(num.group(1)):
        return  # "Im Jahr 2024", "Plaza 2019"; "Via Roma n. 2019" is a house number
    street = text[s : num.start()] if num else text[s:e]
    words = street.split()
    if (
        words
        and words[0] in _IT_LOWER
        and not (num and _IT_CAP_AFTER.match(text, num.end(), e))
        and not _IT_AFTER_PREP.search(text, max(0, s - 3), s)
        and guess_at(text, s) != "it"
    ):
        return  # `via Email 3 times`: lower case counts with a postcode and town, or in Italian
    if (
        not has_tail
        and len(words) == 1
        and _LOOSE_SUFFIX.search(words[0])
        and not _ADDRESS_CUE.search(text, max(0, s - 48), s)
    ):
        return
    yield s, e, Kind.ADDRESS


def street_first_fr(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A French street name before its number (Belgium, Switzerland): in French text, or with
    a postcode and town, or after an address word; never a year ("Place Vendôme 2024"). In
    other text "Square Enix 3" and "Avenue Q 3" are titles, not streets."""
    text, s = m.string, m.start()
    num = _HOUSE_NO.search(text, s, m.end())
    if num is None:
        return
    has_tail = bool(_TAIL_AFTER.search(text, num.end(), m.end()))
    if not has_tail:
        if _YEAR.fullmatch(num.group(1)):
            return
        if guess_at(text, s) != "fr" and not _ADDRESS_CUE.search(text, max(0, s - 48), s):
            return
    yield s, m.end(), Kind.ADDRESS


# A vCard's address: `ADR;TYPE=HOME:pobox;extended;street;locality;region;code;country` (RFC 6350
# 6.3.1); the street is the third component, with its commas escaped (`Calle Real 194\\, 4º`),
# the postcode the sixth. The town alone is kept (as a record's town field: fields.ADDRESS_PART).
VCARD_ADR = re.compile(
    r"(?m)^(?i:ADR)(?:;[^:\n]{0,80})?:([^;\n]{0,80});([^;\n]{0,80});([^;\n]{2,160})(?=;|$)"
    r"(?:;[^;\n]{0,80};[^;\n]{0,80};([^;\n]{1,20})(?=;|\r?$))?"
)
VCARD_ADR_ANCHORS = ("\nadr:", "\nadr;")


def vcard_street(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The street component, when it holds a letter (not a stray number), and the postcode."""
    for group in (3, 4):
        value = (m.group(group) or "").strip()
        if (
            group == 4
            and any(c.isdigit() for c in value)
            or group == 3
            and any(c.isalpha() for c in value)
        ):
            s = m.start(group) + len(m.group(group)) - len(m.group(group).lstrip())
            yield s, s + len(value), Kind.ADDRESS


# A chat message written in lower case (`i live at 12 rue des lilas`, `wohne in der hauptstraße
# 5`): after a word that says where someone lives or where to send something, the conventions
# above hold in any case. The cue is matched too (it is the anchor); the address is group 1.
_PREP = (
    r"(?:at|in|on|to|it|is|der|die|dem|am|an|au|à|a|en|la|el|na|no|em|przy|på|op|aan|de|est|ist|"
    r"es|è|é)"
)
# A verb of living or sending with a space after it (the scan's anchor is the verb and that
# space), or an address word, maybe with a colon.
_LIVE_VERBS = [
    "live",
    "lives",
    "lived",
    "living",
    "moved",
    "wohne",
    "wohnt",
    "habite",
    "vivo",
    "vive",
    "abito",
    "abita",
    "moro",
    "mora",
    "mieszkam",
    "bor",
    "woon",
    "woont",
]
# ... and verbs of sending, only with `to` after them (`Sent via Email 3 times` is no address)
_SEND_VERBS = [
    "ship",
    "shipped",
    "shipping",
    "send",
    "sent",
    "deliver",
    "delivered",
    "delivery",
    "mail",
    "mailed",
]
_ADDRESS_WORDS = "address adres adresse adress dirección direccion indirizzo endereço endereco"


def _either_case(words: list[str]) -> str:
    """The words with a lower-case or a capital first letter (`[lL]ive`), no other case."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words)


_CUE_FIRST = "".join(
    sorted({w[0] + w[0].upper() for w in _LIVE_VERBS + _SEND_VERBS + _ADDRESS_WORDS.split()})
)
# The cue is matched in its own case (a first letter tried against a set is far cheaper than a
# case-blind alternation at every position); the address after it in any case.
_LOWER_CUE = (
    # the town may come first (`abito a milano in via torino 12`, `vivo en madrid, calle mayor 7`)
    rf"(?=[{_CUE_FIRST}])(?:\b(?:{_either_case(_LIVE_VERBS)})[ ]"
    rf"(?:(?:a|à|in|en|em|w|i)[ \t]+[^\W\d_]{{3,20}}(?:,[ \t]*|[ \t]+))?(?:{_PREP}[ \t]+){{0,3}}"
    rf"|\b(?:{_either_case(_SEND_VERBS)})[ ](?:it[ \t]+|them[ \t]+)?to:?[ \t]+"
    rf"|\b(?:{_either_case(_ADDRESS_WORDS.split())})(?:[ \t]+{_PREP}){{0,3}}[ \t]*:?[ \t]+)"
    r"(?!\d{1,2}(?:[:.]\d\d)?[ \t]?(?:am|pm|a\.m\.|p\.m\.|h|uhr|o'clock)\b)"
)
# in lower case the USPS words that name other things too (points, views, ways) are no streets
_USPS_ALT = "|(?:(?:" + _CAP + "|" + _ORDINAL + r")[ \t]+){1,4}(?:" + _USPS_MORE + ")"
assert _USPS_ALT in _EN_BODY
LOWER_CASE = (
    # the English street word last: `5 avenue victor hugo` is French
    rf"{_LOWER_CUE}((?i:{_FR_BODY})|(?i:{DE_NL})|(?i:{SOUTH})|(?i:{_EN_BODY.replace(_USPS_ALT, '')}))"
)
LOWER_CASE_ANCHORS = tuple(v + " " for v in _LIVE_VERBS + _SEND_VERBS) + tuple(
    _ADDRESS_WORDS.split()
)


# A European postcode and town after a comma or a line break (`, 1012 LG Amsterdam`, `, 00-590
# Warszawa`, `, 111 22 Stockholm`): the street before it needs no street word (Damrak 1, Meir
# 50). A four-digit postcode that reads as a year (`Chapter 3, 1984 Orwell`) counts only as
# `street_before_postcode` says.
EU_TOWN_WITH_POSTCODE = (
    # (a comma or a line break first: the engine skips to them)
    rf"(?:,[ \t]*|\n[ \t]*|\r\n[ \t]*)(?:[A-Z]{{1,2}}-)?(?:\d{{4}}[ \t]?[A-Z]{{2}}(?=[ \t])|\d{{4,5}}"
    rf"|\d{{2}}-\d{{3}}|\d{{3}}[ \t]\d{{2}})[ \t]+{_CITY}(?:[ ]+(?:\d{{1,2}}|[NSVØK])(?![\w.,:/-]))?"
)
_NAMED_STREET_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?:{_CAP}[ \t]+(?:(?:van|de|der|den|het|di|del|de[ \t]la)[ \t]+)*){{0,3}}"
    rf"{_CAP}[ \t]+\d{{1,5}}[a-zA-Z]?(?:[-/]\d{{1,4}})?(?:[ \t](?:bis|ter|hs|huis|[A-Z])(?![\w]))?"
    # Mexico writes the colonia between the street and the postcode
    rf"(?:,[ \t]*(?:Col\.|Colonia)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}})?\Z"
)


_DIGITS_ONLY_POSTCODE = re.compile(
    r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+(?![A-Z]{2}[ \t])"
)
# Street names of Central and South-Eastern Europe are adjectives or possessives of a person or
# a place (Vukovarska, Knez Mihailova, Ilica, Jelačićeva, Petőfi): these endings, with a house
# number and a postcode of digits after them, are no English label (`Table 3, 1200 Rows`).
_CE_STREET_ENDING = re.compile(
    r"(?:[^\W\d_]{2}(?:ska|ška|čka|cka|ova|eva|ića|ica|ička|ská|ého)"
    r"|[ \t](?:ulica|cesta|ulice|trg|put|obala|sokak|gasse|weg))\b"
    # Danish and Norwegian streets in the definite form (Strandvejen, Hovedgaden, Torvet)
    r"|[^\W\d_]{2}(?:vejen|gaden|gata|gatan|stien|torvet|pladsen|alléen)\b",
    re.IGNORECASE,
)
# A four-digit postcode that reads as a year (Belgium's 2000 Antwerpen, Denmark's 2000
# Frederiksberg) counts after a street named with a street word of those countries, or with
# the country after the town; `Season 3, 2019 Winners` has neither.
_YEAR_POSTCODE = re.compile(r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:19\d\d|20[0-3]\d)[ \t]")
_BE_DK_STREET_WORD = re.compile(
    r"(?i)(?:straat|laan|lei|steenweg|weg|plein|markt|dreef|kaai|vest|gade|vej|vejen|gaden|allé|"
    r"torv|plads|stræde|rue|avenue|chaussée|boulevard|place|quai|square)\b|\b(?:rue|avenue|"
    r"chaussée|boulevard|place|quai|square|sint|sankt)\b"
)
# The country after the town ends the doubt: `…, 11000 Beograd, Serbia`.
_COUNTRY_AFTER = re.compile(
    rf"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:{_COUNTRY}|Croatia|Hrvatska|Slovenia|Slovenija|Serbia|Srbija|"
    r"Bosnia and Herzegovina|Bosna i Hercegovina|Montenegro|Crna Gora|North Macedonia|Hungary|"
    r"Magyarország|Czechia|Czech Republic|Česko|Slovakia|Slovensko|Bulgaria|Romania|România|"
    r"Denmark|Danmark|Norway|Norge|Finland|Suomi|Liechtenstein|Belgi[eë]|Belgique)(?![\w])"
)
# Labels of an address in the languages of those forms (Adresa, Naslov, Cím, Lakcím, Adress).
_FORM_LABEL = re.compile(
    r"(?i)(?:adresa|naslov|lakc[ií]m|c[ií]m|adress|osoite|adresas|prebivali[sš]\w*|bydli[sš]t[eě])"
    r"\W{0,4}\Z"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*\Z")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")


def _digits_only_postcode_ok(text: str, s: int, m: re.Match[str], street: str) -> bool:
    """A postcode of digits alone after a street in English text counts with what only an
    address has around it: a street name of those countries' shapes, the country after the
    town, or a form's label before the street."""
    if _CE_STREET_ENDING.search(street) or _COUNTRY_AFTER.match(text, m.end()):
        return True
    return _FORM_LABEL.search(text, max(0, s - 24), s) is not None


def _address_block(text: str, s: int, m: re.Match[str]) -> bool:
    """The street and the town each on a line of their own, as an address block writes them."""
    return (
        _LINE_START.search(text, max(0, s - 8), s) is not None
        and _LINE_END.match(text, m.end()) is not None
    )


def street_before_postcode(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A name and a number before a postcode and town; with a postcode of digits alone
    (`Table 3, 1200 Rows`) in English text only with an address word before it or one of
    the signs in `_digits_only_postcode_ok`."""
    text = m.string
    street = _NAMED_STREET_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if street is None:
        return
    s = street.start()
    if "\n" in m.group() and not _address_block(text, s, m):
        return  # across a line break only as the lines of an address block
    if (
        _YEAR_POSTCODE.match(text, m.start())
        and not _BE_DK_STREET_WORD.search(street.group())
        and not _digits_only_postcode_ok(text, s, m, street.group())
        and not _ADDRESS_CUE.search(text, max(0, s - 48), s)
    ):
        return
    if (
        _DIGITS_ONLY_POSTCODE.match(text, m.start())
        and not street.group().isupper()  # a form in capitals (VIA ROMA 10, 00184 ROMA)
        and m.group().isascii()  # a town no English word spells (København, Kraków)
        and street.group().isascii()
        and guess_at(text, s) == "en"
        and not _ADDRESS_CUE.search(text, max(0, s - 48), s)
        and not _digits_only_postcode_ok(text, s, m, street.group())
    ):
        return
    yield s, m.end(), Kind.ADDRESS


# Japan and Korea in Latin script: blocks and wards, not streets (1-2-3 Shibuya, Shibuya-ku,
# Tokyo 150-0002 / 123 Teheran-ro, Gangnam-gu, Seoul 06234 / 〒530-0001 Osaka-shi Kita-ku Umeda
# 3-1-1): comma-separated parts, one a ward, city or road with its suffix, one holding a block
# or house number, and maybe the postcode and the country.
_EA_SUFFIX = r"(?:ku|gu|shi|si|cho|machi|ro|gil|daero|dong|gun|ken|to|fu|ward|city)"
_EA_NUM = r"\d{1,4}(?:-\d{1,4}){0,3}(?![\d-])"
_EA_WORD = rf"[A-Z][a-z]+(?:-{_EA_SUFFIX}\b)?"
_EA_PART = (
    rf"(?:(?:{_EA_NUM}[ \t]+)?{_EA_WORD}(?:[ \t]+(?:{_EA_WORD}|{_EA_NUM}(?:-gil|-ro)?)){{0,3}}"
    rf"|{_EA_NUM}(?:F|-gil|-ro)?)"
)
EAST_ASIA = (
    rf"(?<![\w-])(?:〒[ \t]?\d{{3}}-\d{{4}},?[ \t]*)?(?:(?:Apt\.?|Room|Rm\.?|Unit)[ \t]+[\w-]{{1,9}},[ \t]*)?"
    rf"{_EA_PART}(?:,?[ \t]+{_EA_PART}|,[ \t]*{_EA_PART}){{1,5}}"
    rf"(?:,?[ \t]+(?:\d{{3}}-\d{{4}}|\d{{5,6}})(?![\w-]))?"
    rf"(?:,[ \t]*(?:Japan|South[ \t]Korea|Korea|Republic[ \t]of[ \t]Korea|China|Taiwan)\b)?"
)
# the suffix with what follows it in an address (`-ku,`, `-ro 152`): `up-to-date` is none
EAST_ASIA_ANCHORS = tuple(
    f"-{w}{after}"
    for w in [
        "ku",
        "gu",
        "shi",
        "si",
        "cho",
        "machi",
        "ro",
        "gil",
        "daero",
        "dong",
        "gun",
        "ken",
        "to",
        "fu",
    ]
    for after in (",", " ", "\n")
)
_EA_WARD = re.compile(rf"[A-Z][a-z]+-{_EA_SUFFIX}\b")
_EA_BLOCK = re.compile(
    r"(?<![\w-])\d{1,4}(?:-\d{1,4}){1,3}(?![\w-])|\d{1,4}[ \t]+[A-Z][a-z]+-(?:ro|gil|daero)\b|[A-Z][a-z]+-(?:ro|gil|daero)[ \t]+\d"
)


def east_asian_block(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A block address: a ward or road with its suffix and a block or house number in it."""
    text = m.group()
    if _EA_WARD.search(text) and _EA_BLOCK.search(text):
        yield m.start(), m.end(), Kind.ADDRESS


# Northern, Central and Eastern Europe and Turkey: the street word after the name, inside it
# (Nørrebrogade, Mannerheimintie, Storgata) or apart (Karl Johans gate, Brīvības iela, Andrássy
# út, Václavské náměstí, Bağdat Caddesi, Narva mnt), or before it (Str. Lipscani, vul.
# Khreshchatyk, ul. Tverskaya, Calea Victoriei); the number after it (nr. 12, No: 45, d. 7,
# 12 B 34, 12/3), then the floor, flat or block (2. th., Daire: 3, kv. 12, bl. A, sc. 2, ap. 14).
_NE_INSIDE = (
    r"gade|vej|vænget|stræde|torv|plads|allé|gata|gaten|veien|vegen|plass|tie|katu|kuja|polku|"
    r"tori|väylä|ranta|kaari|rinne|aukio|vegur|braut|tänav|maantee|puiestee|utca|körút|ulica|"
    r"cesta|caddesi|sokak|sokağı|bulvarı"
)
_NE_APART = (
    r"gate|gata|vei|veien|vej|gade|allé|plads|torv|iela|gatvė|g\.|al\.|pr\.|prospektas|tänav|tn|"
    r"mnt|maantee|pst|puiestee|tee|náměstí|nám\.|třída|tř\.|nábřeží|nábř\.|námestie|ulica|"
    r"cesta|utca|u\.|út|útja|tér|körút|krt\.|trg|Cad\.|Caddesi|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|"
    r"Bulvarı|Blv\.|Bulvar|Mahallesi|Mah\.|Odos"
)
_NE_FIRST = (
    r"Ulica|Ul\.|Obala|Šetalište|Setaliste|ul\.|ulica|Str\.|Strada|Bd\.|B-dul|Bulevardul|Calea|Șos\.|Şos\.|Șoseaua|Aleea|Piața|Splaiul|"
    r"vul\.|vulytsia|vulitsa|ulitsa|prospekt|prosp\.|pr-t|pereulok|per\.|bulvar|naberezhnaya|"
    r"nab\.|ploshchad|Odos|Trg|náměstí|nám\.|třída"
)
# (thirteenth pass, from the postal guides of Lithuania, Latvia, Estonia, Croatia and Hungary: the
# flat after the house number and a dash, `Gedimino pr. 24A-30`, `Akadeemia tee 4-29`; a floor
# in Roman numerals or a floor and `kat` after a slash, `Vukovara 109/II`, `Savska cesta 14/9.
# kat`; Hungary's full stop after the house number, `Váci utca 101.`)
_NE_NUMBER = (
    r",?[ \t]+(?:(?:nr\.?|no\.?|No:?|br\.?|d\.|č\.|dom)[ \t]?)?\d{1,5}[A-Za-z]?"
    r"(?:/\d{1,4}[A-Za-z]?(?:\.[ \t]?kat\b)?|/[IVX]{1,4}\b|-\d{1,4}[A-Za-z]?)?"
    r"(?:[ \t][A-Z](?:[ \t]?\d{1,3})?(?![\w]))?(?![\w-])(?:\.(?=[ \t]*(?:,[ \t]*\d{4}[ \t]+[A-ZÀ-Ž]|[IVX]{1,4}/|fsz|\d{1,2}\.[ \t]?em\b)))?"
)
_NE_AFTER = (
    r"(?:,?[ \t]+(?:\d{1,2}\.?[ \t]?(?:th|tv|mf|sal)\.?|(?:Daire|Kat|D|K)[ \t]*:[ \t]*\w{1,4}"
    r"|(?:kv|ap|apt|bl|sc|et|lgh|korp|lok|stan|app|Blok|Daire|sector|sectorul)\.?[ \t]*\w{1,4}"
    # Hungary: floor/door `III/12`, ground floor `fsz. 3.`, floor and door `6. em. 16.`
    r"|(?:[IVX]{1,4}|\d{1,2})/\d{1,3}\.?|(?i:fsz|mfsz)\.(?:[ \t]?\d{1,3}\.?)?"
    r"|\d{1,2}\.[ \t]?(?i:em)\.(?:[ \t]?\d{1,3}\.?)?)(?![\w]))*"
)
_NE_NAME = rf"{_CAP}(?:[ \t]+(?:[a-zà-ž]{{1,4}}[ \t]+)?{_CAP}){{0,2}}"
NORTH_EAST = (
    rf"(?<![\w-])(?:(?:{_CAP}[ \t]+){{0,2}}[{_UPPER}][\wÀ-ž-]*(?:{_NE_INSIDE})"
    rf"|{_NE_NAME}[ \t]+(?:{_NE_APART})"
    # (a street named for a person or a place in the genitive after its noun: `Ulica grada
    # Vukovara`, `Ulica kralja Tomislava`)
    rf"|(?:{_NE_FIRST})[ \t]+(?:[a-zà-ž]{{2,8}}[ \t]+)?{_NE_NAME})" + _NE_NUMBER + _NE_AFTER + TAIL
)
# Literal street words of the pattern above (lower case), for the scan; a compound's ending
# with the space after it (`gade `, not the `gade` of `upgraded`).
NORTH_EAST_ANCHORS = (
    *(w + " " for w in _NE_INSIDE.split("|")),
    " gate ",
    " gata ",
    " vei ",
    " veien ",
    " vej ",
    " gade ",
    " allé ",
    " plads ",
    " torv ",
    " iela ",
    " gatvė ",
    "obala ",
    "šetalište ",
    "setaliste ",
    " g. ",
    " al. ",
    " pr. ",
    " prospektas ",
    " tn ",
    " mnt ",
    " pst ",
    " tee ",
    "náměstí",
    "nám.",
    "třída",
    "tř.",
    "nábřeží",
    "nábř.",
    "námestie",
    " u. ",
    "ul. ",
    " út ",
    " útja ",
    " tér ",
    " krt.",
    "trg ",
    " cad.",
    " cd.",
    " sok.",
    " sk.",
    " blv.",
    " bulvar",
    " mahallesi",
    " mah.",
    "odos ",
    "str. ",
    "strada ",
    "bd. ",
    "b-dul ",
    "bulevardul ",
    "calea ",
    "șos",
    "şos",
    "aleea ",
    "piața ",
    "splaiul ",
    "vul. ",
    "vulytsia ",
    "vulitsa ",
    "ulitsa ",
    "prospekt ",
    "prosp. ",
    "pr-t ",
    "pereulok ",
    "per. ",
    "naberezhnaya ",
    "nab. ",
    "ploshchad ",
)
_FIRST_NUMBER = re.compile(r"(\d{1,5})")
_NE_MARKED = re.compile(r"(?:nr\.?|no\.?|No:?|br\.?|d\.|č\.|dom)[ \t]?\d")
_NE_COMPOUND_ONLY = re.compile(rf"[{_UPPER}][\wÀ-ž-]*(?:{_NE_INSIDE})[ \t,]", re.IGNORECASE)


# A company's legal form (the registers' suffixes: Companies House, the EU's and ASEAN's business
# registers) ending the text right before an address, on its line (`Zöldkert Kft., 1097
# Budapest, ...`, `ACME GmbH | ...`) or on the line above (a sender's block): the address is the
# company's, published on its letters and its site, and kept.
_FORMS = (
    r"(?:(?i:ltd|llc|inc|corp|gmbh|sarl|srl|spa|plc|pty|tbk|ltda|bhd|kft|zrt|nyrt|uab|oü|jsc|"
    r"tnhh|limited|s\.r\.o|z\.o\.o|d\.o\.o|a\.s|sp\.[ \t]?z[ \t]?o\.o)"
    r"|(?-i:AS|AB|SA|AG|KG|BV|NV|OY|PT|CV|SIA|Bt|Oy|Ab|d\.d))\.?"
)
# (Vietnam and Indonesia write the form before the name: `Công ty TNHH Sao Mai`, `PT Maju Jaya`)
_FORMS_FIRST = r"(?:(?i:công[ \t]ty|cong[ \t]ty|cty)|(?-i:PT|CV))[ \t][^\n,|·•]{1,50}?"
_COMPANY_BEFORE = re.compile(
    rf"(?<![\w])(?:{_FORMS}|{_FORMS_FIRST})[ \t]*(?:\r?\n[ \t]*|[,|·•–—-][ \t]*|[ \t])"
    rf"(?:[^\n,|·•]{{0,40}},[ \t]*)?\Z"
)


def company_before(text: str, start: int) -> bool:
    """The address at start follows a company's name (on its line or the line above)."""
    return _COMPANY_BEFORE.search(text, max(0, start - 120), start) is not None


def north_east_street(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A street of the pattern above, unless it is one word and a number in English text with
    nothing after it that only an address has (`Upgrade 2`, `Editori 3`): there it needs a
    postcode and town, a marked number (nr. 12, No: 45), a flat or floor, or an address word."""
    text, s, e = m.string, m.start(), m.end()
    num = _FIRST_NUMBER.search(text, s, e)
    if num is None:
        return
    rest = text[num.end() : e]
    strong = bool(rest.strip(" \t,")) or bool(_NE_MARKED.search(text, s, e))
    if not strong and _YEAR.fullmatch(num.group(1)):
        return
    one_word = (
        _NE_COMPOUND_ONLY.match(text, s) is not None and " " not in text[s : num.start()].strip()
    )
    if (
        one_word
        and not strong
        and guess_at(text, s) == "en"
        and not _ADDRESS_CUE.search(text, max(0, s - 48), s)
    ):
        return
    if company_before(text, s):
        return
    town = _TOWN_FIRST.search(text, max(0, s - 48), s)
    if town and (
        town.start() == 0
        or text[town.start() - 1] in "\n\t:|("
        or text[town.start() - 2 : town.start()] in (": ", "| ", "; ")
    ):
        # Hungary writes the town first (Magyar Posta: `1065 Budapest, Dózsa György út 35.`, or
        # `Debrecen, Szent István krt. 135., 4024` with the postcode last); without a postcode
        # the words before the street are a person's or a company's (`Olga Zbróg, ulica ...`)
        code = None if town.group(1) else _CODE_LAST.match(text, e)
        if town.group(1) or code or _CODE_END.search(text, s, e):
            s = town.start()
            e = code.end() if code else e
    yield s, e, Kind.ADDRESS


_TOWN_FIRST = re.compile(rf"(?<![\w-])(\d{{4,5}}[ \t]+)?{_CITY},[ \t]*\Z")
_CODE_LAST = re.compile(r",[ \t]*\d{4,5}(?![\w-])")
_CODE_END = re.compile(r",[ \t]*\d{4,5}\Z")


def vietnam_address(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A Vietnamese address, unless it is a company's (after its name)."""
    if not company_before(m.string, m.start()):
        yield m.start(), m.end(), Kind.ADDRESS


# Vietnam (Vietnam Post's addressing: house number, alley, street, ward or commune, district,
# province or city; with or without the tones): the house number, maybe after `Số` and with its
# lane (`Số 94 ngõ 79`, `81/12`, `hẻm 5`), the street with or without its word (`đường`, `phố`),
# then a ward's or commune's word (`Phường 13`, `P. Hàng Bạc`, `Xã`, `Thị trấn`) after a comma
# or on the next line; the district and the province after it are the address's parts
# (address_parts: `Quận 3`, `TP. Hồ Chí Minh`).
_VN_UPPER = "A-ZÀ-ÝĀ-ỸĐ"
_VN_WORD = rf"[{_VN_UPPER}][\wÀ-ỹ'-]*"
_VN_LANE = r"(?i:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|k\.|ng\.)"
_VN_WARD = r"(?:(?i:phường|phuong|xã|thị[ \t]trấn|thi[ \t]tran)|P\.|X\.|TT\.|PHƯỜNG|PHUONG)"
VIETNAM = (
    rf"(?<![\w/-])(?:(?i:số|so)[ \t]+)?\d{{1,4}}[A-Z]?(?:/\d{{1,4}}[A-Z]?){{0,2}}"
    rf"(?:[ \t]+{_VN_LANE}[ \t]+\d{{1,4}}(?:/\d{{1,4}})?){{0,2}}"
    rf"[ \t]+(?:(?i:đường|duong|phố|pho|đ\.)[ \t]+)?{_VN_WORD}(?:[ \t]+(?:{_VN_WORD}|\d{{1,2}}(?![\w/]))){{0,5}}"
    rf"(?:,[ \t]*|[ \t]*\r?\n[ \t]*){_VN_WARD}[ \t]*(?:\d{{1,3}}(?![\w/])|{_VN_WORD}(?:[ \t]+{_VN_WORD}){{0,3}})"
    rf"(?:,[ \t]*(?:(?i:quận|quan|huyện|huyen|thị[ \t]xã|q\.|tp\.|thành[ \t]phố|tỉnh|tinh)[ \t]*)?"
    rf"(?:\d{{1,2}}(?![\w/])|{_VN_WORD}(?:[ \t]+{_VN_WORD}){{0,3}})){{0,3}}"
)
VIETNAM_ANCHORS = (
    "phường",
    "phuong",
    ", p. ",
    ", p.",
    "\np. ",
    ", x. ",
    "xã ",
    ", xa ",
    "thị trấn",
    "thi tran",
    ", tt. ",
)


# Thailand in Latin script: the house number (99/1), then the village (Moo 3), lane (Soi
# Sukhumvit 11), road (Thanon Silom, Sukhumvit Road), sub-district (Tambon, Khwaeng), district
# (Amphoe, Khet) and province, comma-separated or not, and the five-digit postcode last.
_TH_WORD = r"(?:Moo|Mu|Soi|Thanon|Tambon|Tambol|Khwaeng|Kwaeng|Amphoe|Amphur|Khet|Changwat)"
_TH_NAME = rf"{_CAP}(?:[ \t]+(?:{_CAP}|\d{{1,3}}(?![\d/])))*"
_TH_PART = (
    rf"(?:{_TH_WORD}[ \t]+(?:\d{{1,3}}(?![\d/])|{_TH_NAME})"
    rf"|{_TH_NAME}(?:[ \t]+(?:Road|Rd\.?|District|Sub-?district|Province))?)"
)
THAI = (
    rf"(?<![\w/-])(?:\d{{1,4}}(?:/\d{{1,4}})?,?[ \t]+)?{_TH_PART}(?:,?[ \t]+{_TH_PART}){{0,7}}"
    rf"(?:,?[ \t]+[1-9]\d{{4}}(?![\w-]))?(?:,[ \t]*Thailand\b)?"
)
THAI_ANCHORS = tuple(
    f"{w} "
    for w in (
        "moo",
        "soi",
        "thanon",
        "tambon",
        "tambol",
        "khwaeng",
        "kwaeng",
        "amphoe",
        "amphur",
        "khet",
        "changwat",
    )
)
_TH_CUE = re.compile(rf"\b{_TH_WORD}[ \t]")
_TH_POSTCODE = re.compile(r"[1-9]\d{4}(?:,[ \t]*Thailand)?\Z")
_TH_HOUSE = re.compile(r"\d{1,4}(?:/\d{1,4})?\b")


def thai_address(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Thai address parts with one of the country's words in them, and a house number first or
    the postcode last (`Soi 3` alone in a message about lanes is no address)."""
    text = m.group()
    if _TH_CUE.search(text) and (_TH_HOUSE.match(text) or _TH_POSTCODE.search(text)):
        yield m.start(), m.end(), Kind.ADDRESS


# A transcript's answer to a question that asks for the address (`Can you confirm your name and
# address?` / `[09:22] Customer: omar benali, apt 3406, marina heights tower, dubai`): after the
# speaker's label and the name with its comma, the rest of the line, when it holds a number. The
# pattern starts at the question mark; the emit reads the question.
ADDRESS_ANSWER = re.compile(
    r"\?[ \t]*\r?\n[ \t]*[^\n]{1,80}?:[ \t]+(?:[^\n\d,:]{2,60},[ \t]*)?"
    r"(?P<address>(?=[^\n]{0,80}\d)[^\W_][^\n]{5,158}?)[ \t.!]*(?:\r?\n|\Z)"
)
_ASKS_ADDRESS = re.compile(
    r"(?i)(?<!mail )(?<!ip )(?<!web )\b(?:address|adresse|anschrift|adres|dirección|direccion|indirizzo|"
    r"endereço|endereco|morada|adres zamieszkania|adresa|adress|osoite)\b"
)


def answered_address(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Only when the question ends by asking for the address (`... name and address?`, `su
    nombre y dirección?`), not when it holds one (`Wilt u mijn adres wijzigen naar X, Breda?`)."""
    text, q = m.string, m.start()
    if _ASKS_ADDRESS.search(text[max(0, text.rfind("\n", 0, q) + 1, q - 28) : q]):
        yield m.start("address"), m.end("address"), Kind.ADDRESS
