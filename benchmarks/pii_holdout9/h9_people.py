"""Names, streets, towns and mail domains per country: short hand-written lists of common values."""

from __future__ import annotations

# Given names (male, female) and family names. Lithuanian women's surnames are separate forms.
NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "HU": {
        "m": ("Péter", "László", "István", "József", "Zoltán", "Gábor", "Attila", "Tamás", "Balázs", "Bence", "Dániel", "Máté", "Levente", "Ákos"),
        "f": ("Anna", "Katalin", "Eszter", "Zsófia", "Judit", "Réka", "Erzsébet", "Ágnes", "Noémi", "Dóra", "Krisztina", "Viktória", "Boglárka", "Enikő"),
        "family": ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Rácz", "Fekete", "Szűcs"),
    },
    "VN": {
        "m": ("Hùng", "Dũng", "Tuấn", "Nam", "Quang", "Minh", "Cường", "Bình", "Hiếu", "Khoa", "Long", "Phúc"),
        "f": ("Hương", "Lan", "Linh", "Mai", "Phương", "Thảo", "Trang", "Vy", "Ngọc", "Hà", "Yến", "Nhung"),
        "family": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"),
        "mid_m": ("Văn", "Minh", "Đức", "Hữu", "Quốc", "Thanh"),
        "mid_f": ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo"),
    },
    "MY": {
        "m": ("Ahmad Faizal", "Muhammad Hafiz", "Mohd Azlan", "Amirul", "Syafiq", "Khairul Anuar", "Faris"),
        "f": ("Nur Aisyah", "Siti Nurhaliza", "Nurul Huda", "Farah", "Aina Sofea", "Zarina"),
        "family": ("Ismail", "Abdullah", "Rahman", "Hassan", "Yusof", "Ibrahim", "Osman", "Razak"),
        "cn_family": ("Tan", "Lim", "Lee", "Wong", "Ng", "Chong", "Teh", "Ooi", "Goh", "Yap"),
        "cn_given": ("Wei Ming", "Mei Ling", "Kok Wai", "Siew Lan", "Jia Hui", "Chee Keong", "Hui Min", "Boon Hock"),
        "in_m": ("Rajesh", "Suresh", "Kumar", "Ganesh", "Arjun"),
        "in_f": ("Priya", "Kavitha", "Deepa", "Shalini", "Revathi"),
        "in_father": ("Krishnan", "Subramaniam", "Muthu", "Ramasamy", "Gopal", "Nair"),
    },
    "ZA": {
        "m": ("Thabo", "Sipho", "Bongani", "Pieter", "Johan", "Ruan", "Lwazi", "Kagiso", "Themba", "Riaan", "Mandla", "Dewald"),
        "f": ("Nomvula", "Lerato", "Zanele", "Anika", "Michelle", "Thandiwe", "Palesa", "Marelize", "Ayesha", "Naledi", "Karabo", "Elmarie"),
        "family": ("Mokoena", "Dlamini", "Nkosi", "Molefe", "Khumalo", "Ndlovu", "van der Merwe", "Botha", "du Plessis", "Pretorius", "Naidoo", "Patel", "Mahlangu", "Venter", "Jacobs", "van Wyk"),
    },
    "EE": {
        "m": ("Andres", "Jaan", "Mart", "Margus", "Rein", "Tõnu", "Priit", "Kristjan", "Rasmus", "Siim"),
        "f": ("Mari", "Kadri", "Tiina", "Liis", "Kristiina", "Triin", "Piret", "Anu", "Kätlin", "Merle"),
        "family": ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kuusk", "Oja", "Karu", "Põder"),
    },
    "LT": {
        "m": ("Jonas", "Tomas", "Mantas", "Lukas", "Paulius", "Darius", "Andrius", "Vytautas", "Mindaugas", "Gintaras"),
        "f": ("Rūta", "Eglė", "Ieva", "Greta", "Aistė", "Laura", "Indrė", "Jurgita", "Gabija", "Vaida"),
        "family": ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas"),
        "family_f": ("Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė", "Butkienė", "Paulauskaitė", "Urbonienė", "Kavaliauskaitė"),
    },
    "HR": {
        "m": ("Ivan", "Marko", "Luka", "Josip", "Tomislav", "Ante", "Filip", "Petar", "Mateo", "Domagoj"),
        "f": ("Ana", "Marija", "Ivana", "Petra", "Lucija", "Katarina", "Maja", "Nikolina", "Tea", "Martina"),
        "family": ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković", "Matić", "Tomić", "Pavlović", "Božić", "Grgić"),
    },
}

# (postcode, town[, district]) and street names per country, as residents write them.
TOWNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "HU": (("1052", "Budapest"), ("1065", "Budapest"), ("1137", "Budapest"), ("1114", "Budapest"), ("4024", "Debrecen"), ("6720", "Szeged"), ("7621", "Pécs"), ("9021", "Győr"), ("3530", "Miskolc"), ("6000", "Kecskemét"), ("8000", "Székesfehérvár")),
    "VN": (("Hoàn Kiếm", "Hà Nội", "Hàng Bạc"), ("Đống Đa", "Hà Nội", "Trung Liệt"), ("Cầu Giấy", "Hà Nội", "Dịch Vọng"), ("Quận 1", "TP. Hồ Chí Minh", "Bến Nghé"), ("Quận 3", "TP. Hồ Chí Minh", "Phường 13"), ("Bình Thạnh", "TP. Hồ Chí Minh", "Phường 25"), ("Hải Châu", "Đà Nẵng", "Thạch Thang")),
    "MY": (("47300", "Petaling Jaya", "Selangor"), ("50450", "Kuala Lumpur", "Wilayah Persekutuan"), ("59100", "Kuala Lumpur", "Wilayah Persekutuan"), ("10150", "George Town", "Pulau Pinang"), ("80300", "Johor Bahru", "Johor"), ("40100", "Shah Alam", "Selangor"), ("93100", "Kuching", "Sarawak"), ("31400", "Ipoh", "Perak")),
    "ZA": (("8001", "Cape Town", "Gardens"), ("8005", "Cape Town", "Sea Point"), ("2193", "Johannesburg", "Parktown"), ("2196", "Sandton", "Bryanston"), ("0081", "Pretoria", "Waterkloof"), ("7600", "Stellenbosch", "Die Boord"), ("4001", "Durban", "Morningside"), ("6001", "Gqeberha", "Walmer")),
    "EE": (("10148", "Tallinn"), ("10117", "Tallinn"), ("13516", "Tallinn"), ("51007", "Tartu"), ("50410", "Tartu"), ("80010", "Pärnu"), ("93815", "Kuressaare"), ("20308", "Narva")),
    "LT": (("01103", "Vilnius"), ("03107", "Vilnius"), ("08105", "Vilnius"), ("44309", "Kaunas"), ("49312", "Kaunas"), ("91212", "Klaipėda"), ("76294", "Šiauliai")),
    "HR": (("10000", "Zagreb"), ("10010", "Zagreb"), ("21000", "Split"), ("51000", "Rijeka"), ("31000", "Osijek"), ("23000", "Zadar"), ("20000", "Dubrovnik")),
}

STREETS: dict[str, tuple[str, ...]] = {
    "HU": ("Váci utca", "Andrássy út", "Rákóczi út", "Kossuth Lajos u.", "Petőfi Sándor utca", "Bajcsy-Zsilinszky út", "Szent István krt.", "Fő utca", "Béke tér", "Dózsa György út", "Arany János u.", "Jókai utca", "Széchenyi tér", "Hunyadi János út"),
    "VN": ("Nguyễn Huệ", "Lê Lợi", "Hai Bà Trưng", "Điện Biên Phủ", "Lê Văn Sỹ", "Cách Mạng Tháng Tám", "Nguyễn Thị Minh Khai", "Thái Hà", "Kim Mã", "Láng Hạ", "Bà Triệu", "Trần Phú"),
    "MY": ("Jalan SS 2/24", "Jalan Tun Razak", "Jalan Ampang", "Lorong Maarof 2", "Jalan Dato Keramat", "Jalan Tebrau", "Jalan Kuching", "Jalan PJU 1/42", "Persiaran Gurney", "Jalan Bukit Bintang", "Jalan Setia Prima U13/S"),
    "ZA": ("Long Street", "Jan Smuts Avenue", "Kloof Street", "Beach Road", "Church Street", "Kerkstraat", "Dorpstraat", "Oxford Road", "Florida Road", "Main Road", "Voortrekker Road", "Rivonia Road"),
    "EE": ("Pärnu mnt", "Narva mnt", "Tartu mnt", "Rüütli tn", "Riia", "Lossi", "Mustamäe tee", "Sõpruse pst", "Kalda tee", "Akadeemia tee", "Tähe"),
    "LT": ("Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Savanorių pr.", "Kalvarijų g.", "Antakalnio g.", "Žirmūnų g.", "Pilies g.", "Tilžės g.", "Basanavičiaus g."),
    "HR": ("Ilica", "Ulica kralja Tomislava", "Vukovarska cesta", "Ulica Ivana Gundulića", "Put Firula", "Savska cesta", "Zagrebačka", "Ulica Matije Gupca", "Selska cesta", "Ulica grada Vukovara", "Domovinskog rata"),
}

MAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "HU": ("gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "vipmail.hu"),
    "VN": ("gmail.com", "yahoo.com.vn", "outlook.com", "fpt.com.vn"),
    "MY": ("gmail.com", "yahoo.com.my", "hotmail.com", "outlook.my"),
    "ZA": ("gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za"),
    "EE": ("gmail.com", "mail.ee", "hot.ee", "online.ee"),
    "LT": ("gmail.com", "inbox.lt", "one.lt", "yahoo.com"),
    "HR": ("gmail.com", "net.hr", "inet.hr", "yahoo.com"),
}

# Companies with a public business address, tax number and role mailbox: look-alikes only.
COMPANIES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "HU": (("Zöldkert Webáruház Kft.", "1097 Budapest, Könyves Kálmán krt. 12-14.", "24856319-2-43", "ugyfelszolgalat@zoldkert.hu"), ("Balaton Bútor Zrt.", "8200 Veszprém, Házgyári út 3.", "13579246-2-19", "info@balatonbutor.hu")),
    "VN": (("Công ty TNHH Sao Mai Logistics", "Tầng 8, Tòa nhà Sài Gòn Centre, 65 Lê Lợi, Quận 1, TP. Hồ Chí Minh", "0312456789", "cskh@saomai.vn"), ("Công ty CP Thương mại Hồng Hà", "Lô C2, KCN Thăng Long, Đông Anh, Hà Nội", "0101234567", "hotro@hongha.com.vn")),
    "MY": (("Kedai Elektrik Bintang Sdn. Bhd.", "Lot 2.14, Menara Utama, Jalan Sultan Ismail, 50250 Kuala Lumpur", "201901012345 (1234567-X)", "support@bintangelektrik.my"), ("Syarikat Logistik Pantas Sdn Bhd", "Lot 5, Jalan Perindustrian 3, 40000 Shah Alam, Selangor", "200801023456 (823456-K)", "help@pantaslogistik.my")),
    "ZA": (("Karoo Outdoor (Pty) Ltd", "Unit 3, Montague Business Park, Montague Gardens, Cape Town, 7441", "2014/123456/07", "orders@karoooutdoor.co.za"), ("Highveld Insure Ltd", "Building 4, Woodmead Office Park, 145 Western Service Road, Woodmead, 2191", "1998/004321/06", "claims@highveldinsure.co.za")),
    "EE": (("Kodukauba OÜ", "Peterburi tee 46, 11415 Tallinn", "EE101234567", "info@kodukauba.ee"), ("Saare Kindlustus AS", "Ahtri 6, 10151 Tallinn", "EE100987654", "kahjud@saarekindlustus.ee")),
    "LT": (("UAB Gintarinė prekyba", "Ozo g. 25, LT-07150 Vilnius", "LT100012345611", "pagalba@gintarine.lt"), ("AB Baltijos draudimas", "Konstitucijos pr. 7, LT-09308 Vilnius", "LT100054321619", "zalos@baltijosdraudimas.lt")),
    "HR": (("Jadran Trgovina d.o.o.", "Radnička cesta 80, 10000 Zagreb", "HR45123456786", "podrska@jadrantrgovina.hr"), ("Sigurnost osiguranje d.d.", "Ulica Vjekoslava Heinzela 62, 10000 Zagreb", "HR87654321095", "steti@sigurnost.hr")),
}

# Service hotlines and short numbers (non-personal, phone-shaped).
HOTLINES: dict[str, tuple[str, ...]] = {
    "HU": ("06 80 180 180", "+36 1 265 9210", "06 40 22 22 22"),
    "VN": ("1900 6035", "1800 1090", "028 3822 1234"),
    "MY": ("1-300-88-1234", "1-800-22-8888", "03-2050 7000"),
    "ZA": ("0800 123 456", "0860 100 200", "021 658 8000"),
    "EE": ("1524", "+372 640 0800", "800 2000"),
    "LT": ("1817", "8 700 55 555", "+370 5 219 0000"),
    "HR": ("0800 1234", "072 123 123", "+385 1 4800 800"),
}
