"""Labels, cue words, month names and requests of each language, written for this corpus."""

from __future__ import annotations

import random
from datetime import date

LANGS = {
    "pt": dict(country="BR", name="Nome completo", dob="Data de nascimento", addr="Endereço",
               phone="Celular", email="E-mail", id="CPF", hi="Olá", bye="Atenciosamente",
               born="nascido em", ask="Pode resumir isso pra mim?", date="Data", amount="Valor",
               months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
               style="{d} de {m} de {y}", num="{d:02d}/{mo:02d}/{y}", pw="senha", code="Seu código de verificação é"),
    "cs": dict(country="CZ", name="Jméno a příjmení", dob="Datum narození", addr="Adresa",
               phone="Telefon", email="E-mail", id="Rodné číslo", hi="Dobrý den", bye="S pozdravem",
               born="narozen(a)", ask="Můžeš to shrnout?", date="Datum", amount="Částka",
               months="ledna února března dubna května června července srpna září října listopadu prosince",
               style="{d}. {m} {y}", num="{d}. {mo}. {y}", pw="heslo", code="Váš ověřovací kód je"),
    "el": dict(country="GR", name="Onomateponymo", dob="Imerominia gennisis", addr="Diefthynsi",
               phone="Kinito", email="Email", id="AMKA", hi="Kalimera", bye="Me ektimisi",
               born="gennithike stis", ask="Mporeis na to grapseis pio episima?", date="Imerominia",
               amount="Poso", months="Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou "
               "Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
               style="{d} {m} {y}", num="{d}/{mo}/{y}", pw="kodikos", code="O kodikos epalithefsis einai"),
    "ro": dict(country="RO", name="Nume și prenume", dob="Data nașterii", addr="Domiciliul",
               phone="Telefon", email="E-mail", id="CNP", hi="Bună ziua", bye="Cu stimă",
               born="născut(ă) la", ask="Poți să faci un rezumat?", date="Data", amount="Suma",
               months="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
               style="{d} {m} {y}", num="{d:02d}.{mo:02d}.{y}", pw="parola", code="Codul tău de verificare este"),
    "tr": dict(country="TR", name="Adı Soyadı", dob="Doğum Tarihi", addr="Adres",
               phone="Cep Tel", email="E-posta", id="T.C. Kimlik No", hi="Merhaba", bye="Saygılarımla",
               born="doğum tarihi", ask="Bunu özetler misin?", date="Tarih", amount="Tutar",
               months="Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
               style="{d} {m} {y}", num="{d:02d}.{mo:02d}.{y}", pw="şifre", code="Doğrulama kodunuz:"),
    "id": dict(country="ID", name="Nama Lengkap", dob="Tanggal Lahir", addr="Alamat",
               phone="No. HP", email="Email", id="NIK", hi="Halo", bye="Hormat kami",
               born="lahir tanggal", ask="Tolong rangkum ini ya", date="Tanggal", amount="Jumlah",
               months="Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
               style="{d} {m} {y}", num="{d:02d}-{mo:02d}-{y}", pw="kata sandi", code="Kode OTP Anda adalah"),
    "tl": dict(country="PH", name="Buong Pangalan", dob="Petsa ng Kapanganakan", addr="Tirahan",
               phone="Cellphone No.", email="Email", id="SSS No.", hi="Magandang araw po", bye="Salamat po",
               born="ipinanganak noong", ask="Pwede mo bang i-summarize ito?", date="Petsa",
               amount="Halaga", months="Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre "
               "Oktubre Nobyembre Disyembre",
               style="{m} {d}, {y}", num="{mo:02d}/{d:02d}/{y}", pw="password", code="Ang iyong OTP ay"),
    "sw": dict(country="KE", name="Jina kamili", dob="Tarehe ya kuzaliwa", addr="Anwani",
               phone="Simu", email="Barua pepe", id="Nambari ya kitambulisho", hi="Habari",
               bye="Wako mwaminifu", born="alizaliwa tarehe", ask="Tafadhali fupisha hii",
               date="Tarehe", amount="Kiasi",
               months="Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
               style="{d} {m} {y}", num="{d:02d}/{mo:02d}/{y}", pw="nenosiri", code="Nambari yako ya uthibitisho ni"),
}  # fmt: skip


def date_text(rng: random.Random, lang: str, when: date) -> str:
    """A date the way the language writes it: spelled month, local numeric form or ISO."""
    table = LANGS[lang]
    pick = rng.random()
    if pick < 0.35:
        month = table["months"].split()[when.month - 1]
        return table["style"].format(d=when.day, m=month, y=when.year)
    if pick < 0.9:
        return table["num"].format(d=when.day, mo=when.month, y=when.year)
    return when.isoformat()


SPOKEN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                   "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                   "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                   "twenty first", "twenty second", "twenty third", "twenty fourth",
                   "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]  # fmt: skip
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TENS = {4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
UNITS = ["", " one", " two", " three", " four", " five", " six", " seven", " eight", " nine"]


def spoken_year(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (" and" + UNITS[year % 10] if year % 10 else "")
    tail = year % 100
    return "nineteen " + (TENS[tail // 10] + UNITS[tail % 10] if tail >= 40 else str(tail))


def spoken_date(when: date) -> str:
    return f"the {SPOKEN_ORDINALS[when.day - 1]} of {EN_MONTHS[when.month - 1].lower()} {spoken_year(when.year)}"
