"""Sentences and form words per language for the prose-like layouts of hold-out 10."""

from __future__ import annotations

# Tenancy deposit claim: moved out of <addr>, on <date>, lease of <date>, deposit <money>,
# to account <iban>, meter readings, new address, phone.
DEPOSIT = {
    "sk": (
        "Z bytu na adrese ",
        " som sa odsťahoval/a dňa ",
        " (nájomná zmluva z ",
        "). Prosím o vrátenie zábezpeky ",
        " na účet ",
        ".\nKonečné stavy meračov: ",
        "Moja nová adresa: ",
        ", telefón ",
    ),
    "sl": (
        "Iz stanovanja na naslovu ",
        " sem se izselil/a dne ",
        " (najemna pogodba z dne ",
        "). Prosim za vračilo varščine ",
        " na račun ",
        ".\nKončna stanja števcev: ",
        "Moj novi naslov: ",
        ", telefon ",
    ),
    "sr": (
        "Iz stana na adresi ",
        " iselio/la sam se ",
        " (ugovor o zakupu od ",
        "). Molim vas da mi vratite depozit od ",
        " na račun ",
        ".\nKonačno stanje brojila: ",
        "Moja nova adresa: ",
        ", telefon ",
    ),
    "bg": (
        "Napusnah apartamenta na adres ",
        " na ",
        " (dogovor za naem ot ",
        "). Molya, varnete depozita ot ",
        " po smetka ",
        ".\nPokazaniya na elektromera: ",
        "Noviyat mi adres e ",
        ", telefon ",
    ),
    "is": (
        "Ég flutti út úr íbúðinni að ",
        " þann ",
        " (leigusamningur dags. ",
        "). Vinsamlegast endurgreiðið trygginguna, ",
        ", inn á reikning ",
        ".\nLokastaða mæla: ",
        "Nýtt heimilisfang: ",
        ", sími ",
    ),
}
# Parking fine: authority, vehicle, keeper, fine, officer, appeal line, SMS notice.
FINE = {
    "sk": (
        "Mestská polícia",
        "Vozidlo",
        "Prevádzkovateľ",
        "Pokuta",
        "Príslušník",
        "Námietky",
        "SMS oznámenie na",
    ),
    "sl": ("Mestno redarstvo", "Vozilo", "Imetnik", "Globa", "Redar", "Ugovor", "SMS obvestilo na"),
    "sr": (
        "Komunalna milicija",
        "Vozilo",
        "Vlasnik",
        "Kazna",
        "Službenik",
        "Prigovor",
        "SMS obaveštenje na",
    ),
    "bg": (
        "Obshtinska politsia",
        "MPS",
        "Sobstvenik",
        "Globa",
        "Sluzhitel",
        "Obzhalvane",
        "SMS izvestie na",
    ),
    "is": (
        "Bílastæðasjóður",
        "Ökutæki",
        "Umráðamaður",
        "Gjald",
        "Stöðuvörður",
        "Andmæli",
        "SMS tilkynning til",
    ),
}
# Court summons: title, case, plaintiff, hearing, room, judge, registry.
SUMMONS = {
    "sk": ("PREDVOLANIE", "Sp. zn.", "Žalobca", "Pojednávanie", "miestnosť", "Sudca", "Podateľňa"),
    "sl": ("VABILO NA NAROK", "Opr. št.", "Tožeča stranka", "Narok", "soba", "Sodnik", "Vložišče"),
    "sr": ("POZIV", "Broj predmeta", "Tužilac", "Ročište", "sudnica", "Sudija", "Pisarnica"),
    "bg": ("PRIZOVKA", "Delo №", "Ishtets", "Zasedanie", "zala", "Sadiya", "Registratura"),
    "is": ("FYRIRKALL", "Mál nr.", "Stefnandi", "Fyrirtaka", "salur", "Dómari", "Skrifstofa"),
}
