"""Labels, cue words, month names and requests in each language of the hold-out."""

from __future__ import annotations

# language -> country whose numbering plan, id scheme and addresses its people use
LANG_COUNTRY = {"hu": "HU", "vi": "VN", "ms": "MY", "en": "ZA", "af": "ZA", "et": "EE", "lt": "LT", "hr": "HR"}
LANG_WEIGHTS = {"hu": 15, "vi": 14, "ms": 13, "en": 10, "af": 5, "et": 14, "lt": 14, "hr": 15}

MONTHS = {
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"),
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "af": ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"),
    "et_ad": ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil", "septembril", "oktoobril", "novembril", "detsembril"),
    "lt": ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"),
    "hr": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"),
}

# Field labels. Keys are shared; values are what forms in that language print.
L: dict[str, dict[str, str]] = {
    "hu": {"name": "Név", "dob": "Születési dátum", "dob_short": "Szül. idő", "address": "Lakcím", "phone": "Telefonszám", "mobile": "Mobil", "email": "E-mail cím", "id": "TAJ szám", "tax": "Adóazonosító jel", "iban": "Bankszámlaszám (IBAN)", "card": "Kártyaszám", "date": "Kelt", "due": "Fizetési határidő", "order": "Rendelésszám", "total": "Fizetendő", "policy": "Kötvényszám", "claim": "Kárszám", "parent": "Szülő / gondviselő", "child": "Gyermek neve", "school": "Iskola", "seller": "Eladó", "buyer": "Vevő", "born": "született", "sender": "Feladó", "recipient": "Címzett"},
    "vi": {"name": "Họ và tên", "dob": "Ngày sinh", "dob_short": "NS", "address": "Địa chỉ thường trú", "phone": "Số điện thoại", "mobile": "SĐT", "email": "Email", "id": "Số CCCD", "tax": "Số CCCD", "iban": "IBAN", "card": "Số thẻ", "date": "Ngày lập", "due": "Hạn thanh toán", "order": "Mã đơn hàng", "total": "Tổng cộng", "policy": "Số hợp đồng bảo hiểm", "claim": "Mã hồ sơ bồi thường", "parent": "Phụ huynh", "child": "Họ tên học sinh", "school": "Trường", "seller": "Bên bán", "buyer": "Bên mua", "born": "sinh ngày", "sender": "Người gửi", "recipient": "Người nhận"},
    "ms": {"name": "Nama", "dob": "Tarikh lahir", "dob_short": "T/Lahir", "address": "Alamat", "phone": "No. telefon", "mobile": "No. H/P", "email": "E-mel", "id": "No. K/P", "tax": "No. MyKad", "iban": "IBAN", "card": "No. kad", "date": "Tarikh", "due": "Tarikh akhir bayaran", "order": "No. pesanan", "total": "Jumlah", "policy": "No. polisi", "claim": "No. tuntutan", "parent": "Ibu bapa / penjaga", "child": "Nama murid", "school": "Sekolah", "seller": "Penjual", "buyer": "Pembeli", "born": "lahir pada", "sender": "Pengirim", "recipient": "Penerima"},
    "en": {"name": "Full name", "dob": "Date of birth", "dob_short": "DOB", "address": "Residential address", "phone": "Contact number", "mobile": "Cell", "email": "Email", "id": "ID number", "tax": "SA ID no.", "iban": "IBAN", "card": "Card number", "date": "Date", "due": "Due date", "order": "Order no.", "total": "Total due", "policy": "Policy number", "claim": "Claim number", "parent": "Parent / guardian", "child": "Learner's name", "school": "School", "seller": "Seller", "buyer": "Purchaser", "born": "born on", "sender": "From", "recipient": "Deliver to"},
    "af": {"name": "Volle naam", "dob": "Geboortedatum", "dob_short": "Geb. datum", "address": "Woonadres", "phone": "Kontaknommer", "mobile": "Selfoon", "email": "E-pos", "id": "ID-nommer", "tax": "ID-nr.", "iban": "IBAN", "card": "Kaartnommer", "date": "Datum", "due": "Betaalbaar voor", "order": "Bestelnommer", "total": "Totaal", "policy": "Polisnommer", "claim": "Eisnommer", "parent": "Ouer / voog", "child": "Leerder se naam", "school": "Skool", "seller": "Verkoper", "buyer": "Koper", "born": "gebore op", "sender": "Van", "recipient": "Aan"},
    "et": {"name": "Nimi", "dob": "Sünniaeg", "dob_short": "Sünnikuupäev", "address": "Elukoht", "phone": "Telefon", "mobile": "Mobiil", "email": "E-post", "id": "Isikukood", "tax": "Isikukood", "iban": "Arveldusarve (IBAN)", "card": "Kaardi number", "date": "Kuupäev", "due": "Maksetähtaeg", "order": "Tellimuse nr", "total": "Tasuda", "policy": "Poliisi nr", "claim": "Kahjuasja nr", "parent": "Lapsevanem", "child": "Lapse nimi", "school": "Kool", "seller": "Müüja", "buyer": "Ostja", "born": "sündinud", "sender": "Saatja", "recipient": "Saaja"},
    "lt": {"name": "Vardas, pavardė", "dob": "Gimimo data", "dob_short": "Gim. data", "address": "Gyvenamoji vieta", "phone": "Telefonas", "mobile": "Mob. tel.", "email": "El. paštas", "id": "Asmens kodas", "tax": "A. k.", "iban": "Sąskaitos nr. (IBAN)", "card": "Kortelės nr.", "date": "Data", "due": "Apmokėti iki", "order": "Užsakymo nr.", "total": "Mokėti", "policy": "Poliso nr.", "claim": "Žalos nr.", "parent": "Tėvas / motina", "child": "Mokinio vardas, pavardė", "school": "Mokykla", "seller": "Pardavėjas", "buyer": "Pirkėjas", "born": "gimęs", "sender": "Siuntėjas", "recipient": "Gavėjas"},
    "hr": {"name": "Ime i prezime", "dob": "Datum rođenja", "dob_short": "Dat. rođ.", "address": "Adresa prebivališta", "phone": "Telefon", "mobile": "Mob.", "email": "E-mail", "id": "OIB", "tax": "OIB", "iban": "IBAN", "card": "Broj kartice", "date": "Datum", "due": "Rok plaćanja", "order": "Broj narudžbe", "total": "Ukupno za platiti", "policy": "Broj police", "claim": "Broj štete", "parent": "Roditelj / skrbnik", "child": "Ime i prezime učenika", "school": "Škola", "seller": "Prodavatelj", "buyer": "Kupac", "born": "rođen", "sender": "Pošiljatelj", "recipient": "Primatelj"},
}

# What the user asks the assistant before pasting.
REQUESTS = {
    "hu": ("Segítenél ezt rendbe tenni?", "Foglald össze röviden, kérlek:", "Mi a hiba ebben?", "Fordítsd le angolra:"),
    "vi": ("Giúp mình tóm tắt cái này với:", "Bạn xem giúp lỗi ở đâu:", "Dịch sang tiếng Anh giúp mình:", "Sắp xếp lại thành bảng nhé:"),
    "ms": ("Boleh tolong ringkaskan ini?", "Tolong semak apa yang salah:", "Terjemahkan ke bahasa Inggeris:", "Susun semula dalam jadual:"),
    "en": ("Can you summarise this for me?", "What's wrong here?", "Please tidy this up:", "Turn this into a table:"),
    "af": ("Kan jy dit vir my opsom?", "Wat is fout hier?", "Vertaal asseblief na Engels:", "Maak dit netjies asseblief:"),
    "et": ("Kas saad selle kokku võtta?", "Mis siin valesti on?", "Tõlgi palun inglise keelde:", "Tee sellest tabel:"),
    "lt": ("Gal gali tai apibendrinti?", "Kas čia negerai?", "Išversk į anglų kalbą:", "Sutvarkyk į lentelę:"),
    "hr": ("Možeš li ovo sažeti?", "Što ovdje ne valja?", "Prevedi na engleski:", "Složi ovo u tablicu:"),
}

GREET = {"hu": "Szia", "vi": "Chào", "ms": "Hai", "en": "Hi", "af": "Hallo", "et": "Tere", "lt": "Labas", "hr": "Bok"}
THANKS = {"hu": "Köszi", "vi": "Cảm ơn", "ms": "Terima kasih", "en": "Thanks", "af": "Dankie", "et": "Aitäh", "lt": "Ačiū", "hr": "Hvala"}

# Short sentences around values in chats and tickets.
SAYS = {
    "hu": {"card_fail": "A kártyás fizetés nem ment át, ezt a kártyát adta meg:", "call": "hívjon ezen a számon:", "moved": "új címe:", "pw": "ideiglenes jelszó:", "refund": "visszautalás erre a számlára:", "ip": "bejelentkezés innen:", "order_about": "a rendelésről van szó:"},
    "vi": {"card_fail": "Thanh toán thẻ bị lỗi, khách dùng thẻ:", "call": "gọi lại số:", "moved": "địa chỉ mới:", "pw": "mật khẩu tạm:", "refund": "hoàn tiền vào tài khoản:", "ip": "đăng nhập từ IP", "order_about": "về đơn hàng"},
    "ms": {"card_fail": "Bayaran kad gagal, pelanggan guna kad:", "call": "sila hubungi:", "moved": "alamat baharu:", "pw": "kata laluan sementara:", "refund": "pulangan wang ke akaun:", "ip": "log masuk dari", "order_about": "berkenaan pesanan"},
    "en": {"card_fail": "Card payment declined, customer used card", "call": "please call back on", "moved": "new address:", "pw": "temp password:", "refund": "refund to account", "ip": "logged in from", "order_about": "regarding order"},
    "af": {"card_fail": "Kaartbetaling afgekeur, kliënt het kaart gebruik:", "call": "bel asseblief terug by", "moved": "nuwe adres:", "pw": "tydelike wagwoord:", "refund": "terugbetaling na rekening", "ip": "aangemeld vanaf", "order_about": "oor bestelling"},
    "et": {"card_fail": "Kaardimakse ebaõnnestus, klient kasutas kaarti", "call": "helistage palun", "moved": "uus aadress:", "pw": "ajutine parool:", "refund": "tagasimakse kontole", "ip": "sisselogimine aadressilt", "order_about": "tellimuse kohta"},
    "lt": {"card_fail": "Mokėjimas kortele nepavyko, klientas naudojo kortelę", "call": "prašo perskambinti", "moved": "naujas adresas:", "pw": "laikinas slaptažodis:", "refund": "grąžinti į sąskaitą", "ip": "prisijungė iš", "order_about": "dėl užsakymo"},
    "hr": {"card_fail": "Plaćanje karticom odbijeno, kupac je koristio karticu", "call": "molim nazvati na", "moved": "nova adresa:", "pw": "privremena lozinka:", "refund": "povrat na račun", "ip": "prijava s adrese", "order_about": "vezano uz narudžbu"},
}

# Order and the words between the marks of a free-text birth statement: (before, after).
BORN_PROSE = {
    "hu": ("született ", "-én"),
    "vi": ("sinh ngày ", ""),
    "ms": ("dilahirkan pada ", ""),
    "en": ("born on ", ""),
    "af": ("gebore op ", ""),
    "et": ("sündinud ", ""),
    "lt": ("gimė ", ""),
    "hr": ("rođen(a) ", ""),
}
