"""Hand-written names, streets and towns of the corpus's eight countries (plus GB/US for speech).

Each entry is common in its country; the combinations are made up and belong to nobody.
"""

from __future__ import annotations

from typing import Any

# given names (f = female, m = male) and surnames; Czech and Greek surnames carry a female form
NAMES: dict[str, dict[str, list[Any]]] = {
    "BR": {
        "f": ["Ana Paula", "Juliana", "Fernanda", "Camila", "Beatriz", "Larissa", "Maria Eduarda",
              "Letícia", "Aline", "Gabriela", "Luana", "Tatiane"],
        "m": ["João Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Matheus", "Luiz Henrique",
              "Gustavo", "Vinícius", "Felipe", "Rodrigo", "Caio"],
        "last": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues",
                 "Almeida", "Nascimento", "Lima", "Araújo", "Carvalho", "dos Santos",
                 "de Souza Lima", "Ferreira da Costa", "Gonçalves", "Barbosa", "Rocha"],
    },
    "CZ": {
        "f": ["Eva", "Jana", "Tereza", "Lucie", "Kateřina", "Veronika", "Markéta", "Zuzana",
              "Petra", "Barbora"],
        "m": ["Jan", "Petr", "Tomáš", "Jakub", "Lukáš", "Martin", "Ondřej", "Jiří", "Vojtěch",
              "Michal"],
        "last": [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"),
                 ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
                 ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová"),
                 ("Pokorný", "Pokorná"), ("Marek", "Marková"), ("Růžička", "Růžičková")],
    },
    "GR": {
        "f": ["Maria", "Eleni", "Katerina", "Sofia", "Anastasia", "Vasiliki", "Georgia",
              "Dimitra", "Ioanna", "Christina"],
        "m": ["Giorgos", "Dimitris", "Nikos", "Konstantinos", "Yannis", "Vasilis", "Christos",
              "Panagiotis", "Thanasis", "Stavros"],
        "last": [("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"),
                 ("Nikolaou", "Nikolaou"), ("Konstantinidis", "Konstantinidou"),
                 ("Ioannou", "Ioannou"), ("Pappas", "Pappa"), ("Vlachos", "Vlachou"),
                 ("Oikonomou", "Oikonomou"), ("Karagiannis", "Karagianni"),
                 ("Athanasiou", "Athanasiou"), ("Makris", "Makri"), ("Antoniadis", "Antoniadou")],
    },
    "RO": {
        "f": ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Cristina", "Mihaela",
              "Roxana", "Bianca", "Ana-Maria"],
        "m": ["Andrei", "Alexandru", "Mihai", "Ionuț", "Ștefan", "Florin", "Bogdan", "Cătălin",
              "Răzvan", "Vlad"],
        "last": ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu",
                 "Munteanu", "Constantin", "Matei", "Țurcanu", "Dobre", "Lungu"],
    },
    "TR": {
        "f": ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Merve", "Büşra", "Esra", "Derya",
              "Gülşen"],
        "m": ["Mehmet", "Mustafa", "Ahmet", "Ali", "Emre", "Burak", "Hüseyin", "Oğuz", "Serkan",
              "Kaan"],
        "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
                 "Aydın", "Özdemir", "Arslan", "Doğan", "Koç", "Kurt"],
    },
    "ID": {
        "f": ["Siti", "Dewi", "Putri", "Nur", "Indah", "Rina", "Sri", "Ayu", "Fitri", "Wulan"],
        "m": ["Budi", "Agus", "Rizky", "Wahyu", "Eko", "Fajar", "Dedi", "Joko", "Hendra", "Arif"],
        "last": ["Santoso", "Lestari", "Pratama", "Hidayat", "Prasetyo", "Nugroho", "Anggraini",
                 "Permatasari", "Wijaya", "Saputra", "Kurniawan", "Rahmawati", "Setiawan"],
    },
    "PH": {
        "f": ["Maria Cristina", "Kristine", "Angelica", "Princess Mae", "Mary Grace", "Ma. Theresa",
              "Jennifer", "Rowena", "Lovely", "Joy"],
        "m": ["Jose", "Mark Anthony", "Jerome", "Rodel", "Jhon Paul", "Christian", "Ramil",
              "Jomar", "Reynaldo", "Kenneth"],
        "last": ["Reyes", "Santos", "Garcia", "Mendoza", "Bautista", "Villanueva", "Aquino",
                 "Ramos", "Castillo", "Flores", "Gonzales", "Dela Rosa", "Manalo", "Tolentino"],
    },
    "KE": {
        "f": ["Wanjiru", "Achieng", "Amina", "Fatuma", "Faith", "Mercy", "Wanjiku", "Njeri",
              "Chebet", "Akinyi"],
        "m": ["Otieno", "Mwangi", "Kiprop", "Brian", "Kevin", "Joseph", "Kamau", "Omondi",
              "Baraka", "Juma"],
        "last": ["Kamau", "Odhiambo", "Njoroge", "Cheruiyot", "Hassan", "Ochieng", "Mutua",
                 "Kiptoo", "Wafula", "Mwangi", "Otieno", "Kariuki", "Achieng", "Onyango"],
    },
    "GB": {
        "f": ["Sarah", "Emma", "Charlotte", "Aisha", "Megan", "Siobhan"],
        "m": ["James", "Oliver", "Daniel", "Tom", "Rhys", "Callum"],
        "last": ["O'Connell", "Thompson", "Patel", "Hughes", "MacLeod", "Whitfield", "Begum"],
    },
    "US": {
        "f": ["Jessica", "Ashley", "Brianna", "Maria", "Kayla", "Lauren"],
        "m": ["Tyler", "Brandon", "Marcus", "Kevin", "Jose", "Dylan"],
        "last": ["Johnson", "Nguyen", "Hernandez", "Washington", "Kowalski", "Murphy", "Kim"],
    },
}  # fmt: skip

# Greek names in Greek script, for mixed-script messages: (given, surname)
GREEK_SCRIPT = [
    ("Γιώργος", "Παπαδόπουλος"), ("Μαρία", "Νικολάου"), ("Ελένη", "Γεωργίου"),
    ("Δημήτρης", "Ιωάννου"), ("Κατερίνα", "Βλάχου"), ("Νίκος", "Οικονόμου"),
]  # fmt: skip

STREETS = {
    "BR": ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro",
           "Av. Brasil", "Rua Sete de Setembro", "Travessa São José", "Alameda Santos",
           "Rua Dr. Arnaldo", "Estrada do Galeão"],
    "CZ": ["Vinohradská", "Korunní", "Palackého", "Masarykova", "Nádražní", "Husova",
           "Jugoslávských partyzánů", "Lidická", "Bělehradská", "Cejl"],
    "GR": ["Odos Ermou", "Leoforos Kifisias", "Odos Patision", "Odos Tsimiski",
           "Leoforos Vasilissis Sofias", "Odos Egnatias", "Odos Solonos", "Odos Athinas"],
    "RO": ["Str. Mihai Eminescu", "Bd. Unirii", "Str. Avram Iancu", "Calea Victoriei",
           "Str. Republicii", "Bd. Iuliu Maniu", "Aleea Trandafirilor", "Șos. Pantelimon"],
    "TR": ["Atatürk Cad.", "Bağdat Caddesi", "Cumhuriyet Cad.", "İnönü Sok.", "Moda Cad.",
           "Gazi Mustafa Kemal Bulvarı", "Lale Sokak", "Barbaros Bulvarı"],
    "ID": ["Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Diponegoro", "Jl. Merdeka",
           "Jl. Ahmad Yani", "Jl. Kebon Jeruk Raya", "Jl. Pahlawan", "Gg. Melati"],
    "PH": ["Rizal Avenue", "Mabini Street", "Aguinaldo Highway", "Katipunan Avenue",
           "P. Burgos St.", "Rockwell Drive", "Magsaysay Blvd.", "Roxas Boulevard"],
    "KE": ["Ngong Road", "Kindaruma Road", "Moi Avenue", "Argwings Kodhek Road",
           "Thika Road", "Oginga Odinga Street", "Lenana Road", "Kenyatta Avenue"],
    "GB": ["Elm Grove", "Victoria Road", "Church Lane", "Station Road"],
    "US": ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Pine Ridge Drive"],
}  # fmt: skip

# (district or neighbourhood, postcode, town) per country
TOWNS = {
    "BR": [("Jardim Paulista", "01415-000", "São Paulo – SP"), ("Copacabana", "22041-001",
           "Rio de Janeiro – RJ"), ("Savassi", "30140-071", "Belo Horizonte – MG"),
           ("Batel", "80420-090", "Curitiba – PR"), ("Boa Viagem", "51020-000", "Recife – PE")],
    "CZ": [("", "120 00", "Praha 2"), ("", "602 00", "Brno"), ("", "702 00", "Ostrava"),
           ("", "301 00", "Plzeň"), ("", "779 00", "Olomouc")],
    "GR": [("", "105 63", "Athina"), ("", "151 25", "Marousi"), ("", "546 23", "Thessaloniki"),
           ("", "262 21", "Patra"), ("", "712 02", "Irakleio")],
    "RO": [("sector 2", "020082", "București"), ("", "400117", "Cluj-Napoca"),
           ("", "300011", "Timișoara"), ("", "700028", "Iași"), ("", "500030", "Brașov")],
    "TR": [("Caferağa Mah.", "34710", "Kadıköy/İstanbul"), ("Kızılay Mah.", "06420",
           "Çankaya/Ankara"), ("Alsancak Mah.", "35220", "Konak/İzmir"),
           ("Nilüfer", "16120", "Bursa"), ("Lara", "07230", "Muratpaşa/Antalya")],
    "ID": [("Kel. Karet, Kec. Setiabudi", "12920", "Jakarta Selatan"),
           ("Kel. Dago, Kec. Coblong", "40135", "Bandung"),
           ("Kel. Gubeng, Kec. Gubeng", "60281", "Surabaya"),
           ("Kel. Terban, Kec. Gondokusuman", "55223", "Yogyakarta")],
    "PH": [("Brgy. San Isidro", "1870", "Antipolo City, Rizal"), ("Brgy. Poblacion",
           "1210", "Makati City"), ("Brgy. Loyola Heights", "1108", "Quezon City"),
           ("Brgy. Lahug", "6000", "Cebu City")],
    "KE": [("Kilimani", "00100", "Nairobi"), ("Nyali", "80100", "Mombasa"),
           ("Milimani", "40100", "Kisumu"), ("Kileleshwa", "00100", "Nairobi")],
    "GB": [("", "LS6 2AB", "Leeds"), ("", "BS7 8QT", "Bristol")],
    "US": [("", "60614", "Chicago, IL"), ("", "78704", "Austin, TX")],
}  # fmt: skip

COMPANIES = ["Natura", "Magazine Luiza", "Škoda Auto", "Dacia", "Turkcell", "Tokopedia",
             "Jollibee", "Safaricom", "Aegean Airlines", "Garanti BBVA", "Banca Transilvania",
             "Nubank", "Gojek", "M-Pesa", "Vodafone", "Emag"]  # fmt: skip
EMAIL_DOMAINS = {
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "GR": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "RO": ["yahoo.com", "gmail.com", "yahoo.ro"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "PH": ["gmail.com", "yahoo.com.ph", "outlook.ph"],
    "KE": ["gmail.com", "yahoo.com", "students.uonbi.ac.ke"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com"],
    "US": ["gmail.com", "icloud.com", "outlook.com"],
}
