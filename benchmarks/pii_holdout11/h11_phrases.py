"""Sentences of PII hold-out 11 in its seven languages; {slots} are filled by the layouts with marks."""

from __future__ import annotations

# Marketplace chat (OLX, ss.lv, Tori, Maltapark, Yad2): buyer B, seller S.
CHAT = {
    "uk": dict(
        site="OLX",
        ask="Доброго дня! {item} ще актуальний?",
        price="Так, актуальний. Ціна {money}, торг невеликий.",
        pay="Можу переказати передоплату на картку, скиньте номер",
        mycard="Ось моя картка: {card}",
        addr="Відправте Новою поштою на адресу: {address}",
        tel="Мій номер для кур'єра: {phone}",
        track="Відправив, номер накладної {track}. Відділення за адресою {coaddr}",
        meet="Або можемо зустрітися на {street} біля метро, без номера будинку знайдете",
        gift="Подарункова картка магазину {gift} не спрацювала, вибачте",
        bye="Дякую, {gname}!",
        sign="{name}, продавець з {since}",
    ),
    "ru": dict(
        site="OLX.kz",
        ask="Здравствуйте! {item} ещё продаётся?",
        price="Да, в наличии. Цена {money}.",
        pay="Переведу предоплату на Kaspi, скиньте номер карты",
        mycard="Вот карта: {card}",
        addr="Отправьте, пожалуйста, на адрес: {address}",
        tel="Мой номер для курьера: {phone}",
        track="Отправил, трек-номер {track}. Пункт выдачи: {coaddr}",
        meet="Можно встретиться на {street}, у остановки",
        gift="Подарочная карта {gift} не прошла, извините",
        bye="Спасибо, {gname}!",
        sign="{name}, продавец с {since}",
    ),
    "lv": dict(
        site="ss.lv",
        ask="Labdien! Vai {item} vēl ir pieejams?",
        price="Jā, ir. Cena {money}.",
        pay="Varu pārskaitīt avansu, atsūtiet konta numuru",
        mycard="Mans konts: {iban}",
        addr="Lūdzu sūtiet uz adresi: {address}",
        tel="Mans tālrunis kurjeram: {phone}",
        track="Izsūtīju, sūtījuma numurs {track}. Pakomāts: {coaddr}",
        meet="Varam satikties uz {street} pie veikala",
        gift="Dāvanu karte {gift} nestrādāja, atvainojos",
        bye="Paldies, {gname}!",
        sign="{name}, pārdevējs kopš {since}",
    ),
    "fi": dict(
        site="Tori",
        ask="Hei! Onko {item} vielä myynnissä?",
        price="On, hinta {money}.",
        pay="Voin maksaa ennakkoon tilille, laita tilinumero",
        mycard="Tilinumero: {iban}",
        addr="Lähetä osoitteeseen: {address}",
        tel="Numeroni kuriirille: {phone}",
        track="Lähetetty, seurantatunnus {track}. Noutopiste: {coaddr}",
        meet="Voidaan tavata: {street}, kaupan edessä",
        gift="Lahjakortti {gift} ei toiminut, sori",
        bye="Kiitos, {gname}!",
        sign="{name}, myyjä vuodesta {since}",
    ),
    "mt": dict(
        site="Maltapark",
        ask="Bonġu! Għadu għall-bejgħ il-{item}?",
        price="Iva, il-prezz {money}.",
        pay="Nista' nħallas bil-Revolut jew bank transfer, ibgħatli l-IBAN",
        mycard="L-IBAN tiegħi: {iban}",
        addr="Ibgħatu għand: {address}",
        tel="In-numru tiegħi: {phone}",
        track="Bgħattu, tracking {track}. Tiġbor minn {coaddr}",
        meet="Jew niltaqgħu fi {street} ħdejn il-knisja",
        gift="Il-gift card {gift} ma ħadmitx, skużani",
        bye="Grazzi {gname}!",
        sign="{name}, bejjiegħ minn {since}",
    ),
    "en": dict(
        site="Maltapark",
        ask="Hi! Is the {item} still available?",
        price="Yes it is, {money}.",
        pay="I can pay by bank transfer, send me your details",
        mycard="My card for the deposit: {card}",
        addr="Please send it to: {address}",
        tel="My mobile for the courier: {phone}",
        track="Sent, tracking number {track}. Pick-up point: {coaddr}",
        meet="Or we can meet on {street} near the church",
        gift="The gift card {gift} did not work, sorry",
        bye="Thanks {gname}!",
        sign="{name}, seller since {since}",
    ),
    "he": dict(
        site="יד2",
        ask="היי, ה{item} עדיין זמין?",
        price="כן, המחיר {money}.",
        pay="אפשר להעביר מקדמה בכרטיס, תשלח מספר",
        mycard="הכרטיס שלי: {card}",
        addr="תשלח בבקשה לכתובת: {address}",
        tel="הטלפון שלי לשליח: {phone}",
        track="שלחתי, מספר מעקב {track}. נקודת איסוף: {coaddr}",
        meet="או שניפגש ברחוב {street} ליד הקיוסק",
        gift="כרטיס המתנה {gift} לא עבד, סליחה",
        bye="תודה {gname}!",
        sign="{name}, מוכר/ת מאז {since}",
    ),
}
ITEMS = {
    "uk": "велосипед",
    "ru": "велосипед",
    "lv": "velosipēds",
    "fi": "polkupyörä",
    "mt": "rota",
    "en": "bike",
    "he": "אופניים",
}
MONEY = {
    "uk": "4 500 грн",
    "ru": "85 000 ₸",
    "lv": "180 EUR",
    "fi": "180 €",
    "mt": "€180",
    "en": "€180",
    "he": "650 ₪",
}

# Laboratory report words.
LAB = {
    "uk": dict(
        title="Результати лабораторних досліджень",
        sample="Зразок №",
        taken="Дата забору",
        ref="Направив",
        unit="Показник / Результат / Норма",
        note="Результати не є діагнозом.",
    ),
    "ru": dict(
        title="Результаты лабораторных исследований",
        sample="Образец №",
        taken="Дата забора",
        ref="Направил",
        unit="Показатель / Результат / Норма",
        note="Результаты не являются диагнозом.",
    ),
    "lv": dict(
        title="Laboratorisko izmeklējumu rezultāti",
        sample="Parauga Nr.",
        taken="Paraugs ņemts",
        ref="Nosūtītājs",
        unit="Rādītājs / Rezultāts / Norma",
        note="Rezultāti nav diagnoze.",
    ),
    "fi": dict(
        title="Laboratoriotutkimusten tulokset",
        sample="Näytenumero",
        taken="Näyte otettu",
        ref="Lähettäjä",
        unit="Tutkimus / Tulos / Viitearvo",
        note="Tulokset eivät ole diagnoosi.",
    ),
    "mt": dict(
        title="Riżultati tal-Laboratorju",
        sample="Kampjun Nru",
        taken="Data tal-kampjun",
        ref="Riferut minn",
        unit="Test / Riżultat / Medda",
        note="Ir-riżultati mhumiex dijanjożi.",
    ),
    "en": dict(
        title="Laboratory Report",
        sample="Sample No",
        taken="Collected",
        ref="Referring doctor",
        unit="Test / Result / Range",
        note="Results are not a diagnosis.",
    ),
    "he": dict(
        title="תוצאות בדיקות מעבדה",
        sample="מספר דגימה",
        taken="תאריך לקיחה",
        ref="רופא מפנה",
        unit="בדיקה / תוצאה / טווח תקין",
        note="התוצאות אינן אבחנה.",
    ),
}

# Doctor referral letters: {to} specialist, {pname} patient, {dob}, {reason}; {dr} the doctor.
REFERRAL = {
    "uk": (
        "НАПРАВЛЕННЯ",
        "Направляється пацієнт {pname}, {dob} р. н., до лікаря-{to} для консультації. "
        "Скарги: {reason}. Просимо повідомити результат на {clinic_mail}.",
    ),
    "ru": (
        "НАПРАВЛЕНИЕ",
        "Направляется пациент {pname}, дата рождения {dob}, на консультацию к врачу-{to}. "
        "Жалобы: {reason}. Результат просим направить на {clinic_mail}.",
    ),
    "lv": (
        "NOSŪTĪJUMS",
        "Nosūtu pacientu {pname} ({dob}) pie {to} konsultācijai. Sūdzības: {reason}. "
        "Atbildi lūdzu sūtīt uz {clinic_mail}.",
    ),
    "fi": (
        "LÄHETE",
        "Lähetän potilaan {pname} (syntynyt {dob}) {to}n vastaanotolle. Oireet: {reason}. "
        "Vastaus osoitteeseen {clinic_mail}.",
    ),
    "mt": (
        "RIFERIMENT",
        "Qed nirreferi lill-pazjent {pname}, data tat-twelid {dob}, għand {to}. Ilment: {reason}. "
        "Jekk jogħġbok ibgħat ir-rapport lil {clinic_mail}.",
    ),
    "en": (
        "REFERRAL LETTER",
        "I would be grateful if you could see {pname}, date of birth {dob}, at the {to} clinic. "
        "Presenting complaint: {reason}. Please reply to {clinic_mail}.",
    ),
    "he": (
        "מכתב הפניה",
        "הנני מפנה את {pname}, ת. לידה {dob}, למרפאת {to}. תלונות: {reason}. "
        "נא להחזיר תשובה לכתובת {clinic_mail}.",
    ),
}
SPECIALIST = {
    "uk": "кардіолога",
    "ru": "кардиолога",
    "lv": "kardiologa",
    "fi": "kardiologi",
    "mt": "kardjologu",
    "en": "cardiology",
    "he": "קרדיולוגיה",
}
REASON = {
    "uk": "задишка, біль у грудях",
    "ru": "одышка, боль в груди",
    "lv": "elpas trūkums, sāpes krūtīs",
    "fi": "hengenahdistus, rintakipu",
    "mt": "qtugħ ta' nifs",
    "en": "shortness of breath on exertion",
    "he": "קוצר נשימה",
}
DR = {"uk": "лікар", "ru": "врач", "lv": "Dr.", "fi": "LL", "mt": "Dr", "en": "Dr", "he": 'ד"ר'}

# Community notices: public figures, streets without numbers, a company's office; one private organiser.
NOTICE = {
    "uk": "{famous} ({fdate}): ювілейна зустріч біля пам'ятника на {street}. Квитки в касі {company} "
    "({coaddr}, гаряча лінія {hotline}). Організаторка — {name}, тел. {phone}.",
    "ru": "{famous} ({fdate}): праздничная встреча на {street} у памятника. Спонсор — {company}, "
    "{coaddr}, справки {hotline}. Организатор: {name}, {phone}.",
    "lv": "{famous} ({fdate}): piemiņas pastaiga, tikšanās vieta {street}, pie pieminekļa. Atbalsta {company} ({coaddr}, "
    "tālr. {hotline}). Pieteikties: {name}, {phone}.",
    "fi": "{famous} ({fdate}): muistokävely, lähtöpaikka {street}, patsaan luona. Tukijana {company} ({coaddr}, asiakaspalvelu "
    "{hotline}). Ilmoittautumiset: {name}, puh. {phone}.",
    "mt": "{famous} ({fdate}): niltaqgħu fi {street} quddiem il-monument. Sponsor: {company}, {coaddr}, "
    "helpline {hotline}. Għal iktar informazzjoni: {name}, {phone}.",
    "en": "{famous} was born on {fdate}. The walk starts at the top of {street}. Sponsored by {company}, "
    "{coaddr} (helpline {hotline}). To book, contact {name} on {phone}.",
    "he": "{famous} נולד/ה ב-{fdate}. נפגשים ברחוב {street} ליד האנדרטה. בחסות {company}, {coaddr}, מוקד {hotline}. "
    "הרשמה אצל {name}, {phone}.",
}

# Short issue-tracker prose (English, as most trackers are).
ISSUE_INTRO = [
    "Import of the customer CSV fails on rows with non-ASCII names. Repro table below (copied from prod, sorry):",
    "After upgrading the importer the phone column is shifted by one. Sample rows:",
    "Dedup merges these two customers although their ids differ. Data as it came in:",
]

# Directions to a lab or clinic: a street named without a house number.
DIRECTIONS = {
    "uk": "Пункт забору: вхід з боку {street}, 2 поверх.",
    "ru": "Вход со стороны {street}, 2 этаж.",
    "lv": "Ieeja: {street}, 2. stāvs.",
    "fi": "Sisäänkäynti: {street}, 2. kerros.",
    "mt": "Id-daħla minn {street}, l-ewwel sular.",
    "en": "Entrance on {street}, first floor.",
    "he": "הכניסה מרחוב {street}, קומה 2.",
}
