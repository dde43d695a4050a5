"""People and places of the eight countries: names by the origins of their actual populations,
streets, towns with real postcodes, and addresses written the way each country writes them."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

# --- names: (weight, female first names, male first names, surnames) per origin ------------------
Origin = tuple[int, list[str], list[str], list[str]]
# fmt: off
NAMES: dict[str, list[Origin]] = {
    "GB": [
        (60, ["Emily", "Sophie", "Charlotte", "Hannah", "Lucy", "Rebecca", "Jessica", "Amy", "Eleanor", "Gemma"], ["Oliver", "James", "Thomas", "Harry", "Daniel", "Matthew", "George", "Callum", "Jack", "Samuel"], ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "Hughes", "Clarke", "Hall", "Lewis", "Harrison", "O'Neill"]),
        (14, ["Priya", "Aisha", "Fatima", "Sana", "Anjali", "Nadia"], ["Mohammed", "Arjun", "Imran", "Rahul", "Bilal", "Sanjay"], ["Patel", "Khan", "Ahmed", "Hussain", "Rahman", "Sharma", "Singh", "Ali", "Chaudhry"]),
        (8, ["Adaeze", "Chiamaka", "Abena", "Grace"], ["Chinedu", "Oluwaseun", "Kwame", "Tunde"], ["Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng", "Campbell"]),
        (6, ["Katarzyna", "Agnieszka", "Marta"], ["Piotr", "Tomasz", "Krzysztof"], ["Nowak", "Mazur", "Wójcik", "Krawczyk"]),
        (6, ["Mei", "Xin", "Yan"], ["Wei", "Jun", "Hao"], ["Chen", "Wong", "Li", "Zhang"]),
        (6, ["Siobhan", "Niamh", "Kirsty"], ["Ciaran", "Euan", "Rhys"], ["MacDonald", "Campbell", "Davies", "Murphy", "Morgan"]),
    ],
    "US": [
        (55, ["Jennifer", "Ashley", "Megan", "Sarah", "Emily", "Brittany", "Hannah", "Madison", "Lauren", "Kimberly"], ["Michael", "Christopher", "Joshua", "Tyler", "Brandon", "Ryan", "Kevin", "Justin", "Jacob", "Andrew"], ["Johnson", "Miller", "Davis", "Anderson", "Jackson", "White", "Harris", "Martin", "Moore", "Clark", "Baker", "Robinson", "Sullivan", "Kowalczyk"]),
        (20, ["María", "Guadalupe", "Daniela", "Alejandra", "Yesenia"], ["José", "Luis", "Carlos", "Juan", "Jesús"], ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Ramirez", "Flores"]),
        (12, ["Keisha", "Imani", "Tiana", "Aaliyah"], ["DeShawn", "Jamal", "Darnell", "Malik"], ["Washington", "Jefferson", "Williams", "Brooks", "Coleman"]),
        (5, ["Ji-woo", "Seo-yeon"], ["Min-jun", "Hyun-woo"], ["Kim", "Park", "Lee", "Choi"]),
        (4, ["Thu", "Linh", "Huong"], ["Duc", "Minh", "Tuan"], ["Nguyen", "Tran", "Pham", "Le"]),
        (4, ["Ananya", "Priya", "Divya"], ["Vikram", "Rohan", "Arjun"], ["Patel", "Reddy", "Shah", "Iyer"]),
    ],
    "IE": [
        (70, ["Aoife", "Siobhán", "Niamh", "Sinéad", "Ciara", "Caoimhe", "Orla", "Saoirse", "Mary", "Róisín"], ["Seán", "Cian", "Pádraig", "Conor", "Darragh", "Eoin", "Ciarán", "Liam", "Declan", "Fionn"], ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "McCarthy", "Doyle", "Ó Súilleabháin", "Nic Giolla Phádraig", "Fitzgerald", "Gallagher"]),
        (14, ["Agnieszka", "Justyna", "Magdalena", "Ewa"], ["Marcin", "Paweł", "Łukasz", "Tomasz"], ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"]),
        (8, ["Ana", "Juliana", "Larissa"], ["João", "Rafael", "Thiago"], ["Silva", "Santos", "Oliveira", "Costa"]),
        (5, ["Ngozi", "Folake", "Chioma"], ["Emeka", "Femi", "Tunde"], ["Okeke", "Adebayo", "Eze", "Okafor"]),
        (3, ["Priya", "Lakshmi"], ["Arun", "Rajesh"], ["Nair", "Menon", "Pillai"]),
    ],
    "DE": [
        (62, ["Anna", "Laura", "Julia", "Katharina", "Sabine", "Lena", "Jana", "Petra", "Ursula", "Marie", "Lea", "Franziska"], ["Lukas", "Jonas", "Felix", "Tobias", "Jürgen", "Stefan", "Maximilian", "Niklas", "Dieter", "Florian", "Sebastian", "Matthias"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Weiß", "Lange", "Hartmann", "von Bülow", "Schulze-Hagen"]),
        (14, ["Ayşe", "Elif", "Zeynep", "Fatma", "Büşra"], ["Mehmet", "Emre", "Can", "Murat", "Yusuf"], ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Arslan", "Doğan"]),
        (4, ["Katarzyna", "Agnieszka", "Monika"], ["Piotr", "Andrzej", "Krzysztof"], ["Nowak", "Wójcik", "Mazur", "Kowalczyk"]),
        (4, ["Olga", "Natalia", "Swetlana", "Irina"], ["Dmitri", "Waldemar", "Alexander", "Viktor"], ["Becker", "Wiebe", "Dück", "Friesen", "Penner", "Schmidt"]),
        (8, ["Rania", "Lina", "Nour"], ["Mohammad", "Ahmad", "Omar"], ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Ibrahim"]),
        (3, ["Giulia", "Francesca"], ["Giuseppe", "Salvatore"], ["Esposito", "Russo", "Romano"]),
        (2, ["Ivana", "Marija"], ["Marko", "Ante"], ["Horvat", "Kovačević", "Babić"]),
        (2, ["Eleni", "Maria"], ["Georgios", "Dimitrios"], ["Papadopoulos", "Georgiou", "Nikolaidis"]),
        (1, ["Thi Lan", "Thi Mai"], ["Van Minh", "Van Duc"], ["Nguyen", "Tran", "Pham"]),
    ],
    "AT": [
        (68, ["Katharina", "Theresa", "Magdalena", "Johanna", "Christina", "Elisabeth", "Verena", "Barbara"], ["Lukas", "Florian", "Stefan", "Markus", "Andreas", "Johannes", "Christoph", "Wolfgang"], ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schwarz", "Winkler", "Reiter", "Brunner"]),
        (14, ["Jelena", "Amra", "Dragana", "Ivana"], ["Dragan", "Nikola", "Mirza", "Goran"], ["Jovanović", "Hodžić", "Petrović", "Nikolić", "Kovačević", "Babić"]),
        (10, ["Ayşe", "Hatice", "Esra"], ["Ali", "Hüseyin", "Okan"], ["Yıldız", "Aydın", "Koç", "Kılıç"]),
        (4, ["Zsófia", "Eszter", "Katalin"], ["Bence", "Gábor", "László"], ["Nagy", "Horváth", "Kovács", "Szabó"]),
        (4, ["Raluca", "Andreea", "Ioana"], ["Ionuț", "Andrei", "Mihai"], ["Popescu", "Ionescu", "Popa"]),
    ],
    "CH": [
        (62, ["Ursula", "Monika", "Anna", "Sarah", "Lea", "Nadine", "Corinne", "Brigitte", "Laura", "Céline"], ["Reto", "Urs", "Beat", "Marco", "Daniel", "Thomas", "Lukas", "Simon", "Adrian", "Jonas"], ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Brunner", "Gerber", "Baumann", "Bühler", "Frei", "Zürcher", "Moser", "Widmer", "Steiner"]),
        (14, ["Albulena", "Fjolla", "Arta"], ["Arben", "Valon", "Besnik"], ["Krasniqi", "Berisha", "Gashi", "Morina", "Shala"]),
        (6, ["Giulia", "Chiara", "Sara"], ["Luca", "Matteo", "Marco"], ["Bernasconi", "Rossi", "Ferrari", "Colombo"]),
        (6, ["Ana", "Inês", "Sofia"], ["João", "Rui", "Tiago"], ["Pereira", "Fernandes", "Gomes", "Ferreira"]),
        (12, ["Tamara", "Sanja"], ["Dejan", "Stefan"], ["Ilić", "Marković", "Savić"]),
    ],
    "FR": [
        (60, ["Camille", "Manon", "Chloé", "Léa", "Sophie", "Nathalie", "Isabelle", "Marie-Claire", "Anne-Sophie", "Émilie", "Céline", "Inès"], ["Nicolas", "Julien", "Thomas", "Maxime", "Antoine", "Jean-Pierre", "Pierre-Louis", "Mathieu", "Guillaume", "Stéphane", "Théo", "Hugo"], ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Girard", "Roux", "Fontaine", "de La Fontaine", "Le Goff", "Lemaître"]),
        (18, ["Yasmina", "Nadia", "Fatima", "Samira", "Leïla", "Sonia"], ["Karim", "Mohamed", "Rachid", "Yacine", "Mehdi", "Sofiane"], ["Benali", "Haddad", "Belkacem", "Bouzid", "Chérif", "Amrani", "Benhamou", "Ait Ahmed", "Mansouri"]),
        (10, ["Aminata", "Fatou", "Awa", "Mariam"], ["Mamadou", "Moussa", "Ibrahima", "Seydou"], ["Diallo", "Traoré", "Diop", "Koné", "Ndiaye", "Camara"]),
        (7, ["Ana", "Sandra", "Maria"], ["João", "Manuel", "António"], ["Da Silva", "Pereira", "Ferreira", "Rodrigues"]),
        (3, ["Thi Hoa", "Thi Thu"], ["Van Long", "Van Nam"], ["Nguyen", "Tran", "Le"]),
        (2, ["Mei", "Lin"], ["Wei", "Jian"], ["Zhang", "Wang", "Chen"]),
    ],
    "BE": [
        (55, ["Marie", "Sarah", "Julie", "Laura", "Lotte", "Elise", "Nathalie", "Sofie", "An", "Griet"], ["Thomas", "Nicolas", "Maxime", "Pieter", "Jan", "Wout", "Kevin", "Bart", "Koen", "Arnaud"], ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Wouters", "De Smet", "Van den Broeck", "Goossens", "Dubois", "Lambert", "Dupont", "Renard", "Leclercq", "Vandenberghe", "D'Hondt"]),
        (18, ["Khadija", "Samira", "Nora", "Imane"], ["Mohamed", "Youssef", "Bilal", "Ayoub"], ["El Amrani", "Bouzian", "Azzouzi", "El Khattabi", "Benali", "Ouali"]),
        (10, ["Merve", "Elif"], ["Emre", "Hakan"], ["Yilmaz", "Kaya", "Özdemir"]),
        (9, ["Grace", "Nadine"], ["Patrick", "Jean-Claude"], ["Kabongo", "Mbuyi", "Tshibanda", "Lukusa"]),
        (8, ["Giulia", "Francesca"], ["Salvatore", "Antonio"], ["Russo", "Lo Bue", "Cacciatore"]),
    ],
    "ES": [
        (68, ["María José", "Lucía", "Carmen", "Laura", "Marta", "Paula", "Ana Belén", "Cristina", "Raquel", "Nerea", "Montserrat", "Ainhoa"], ["Javier", "Alejandro", "Daniel", "Pablo", "José Antonio", "Sergio", "Jordi", "Iñaki", "Álvaro", "Manuel", "David", "Francisco Javier"], ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Puig", "Ferrer", "Etxeberria", "Goikoetxea", "Castro", "Ortega"]),
        (12, ["Andreea", "Elena", "Ioana"], ["Andrei", "Mihai", "Ionuț"], ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu"]),
        (10, ["Fátima", "Khadija", "Salma"], ["Youssef", "Mohamed", "Hamza"], ["El Idrissi", "Benali", "Ouahbi", "El Khatib", "Aziz"]),
        (8, ["Wendy", "Jenny", "Yuliana", "Maritza"], ["Jhon", "Wilson", "Kevin", "Edwin"], ["Quispe", "Mamani", "Cárdenas", "Vargas", "Cedeño", "Zambrano"]),
        (3, ["Xiu", "Li Na"], ["Wei", "Jun"], ["Wang", "Chen", "Zhou"]),
    ],
    "NL": [
        (66, ["Sanne", "Lotte", "Anouk", "Fleur", "Eva", "Iris", "Femke", "Marloes", "Ingrid", "Annemieke", "Roos", "Lieke"], ["Daan", "Bram", "Sem", "Thijs", "Ruben", "Jeroen", "Maarten", "Pieter", "Joost", "Stijn", "Wouter", "Kees"], ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Jong", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "van der Meer", "de Graaf", "Kuipers", "Schouten"]),
        (11, ["Khadija", "Fatima", "Hanan", "Naima"], ["Mohamed", "Yassine", "Said", "Karim"], ["El Idrissi", "Boukhari", "Amrani", "Azzouz", "El Ouali", "Bakkali"]),
        (9, ["Elif", "Büşra", "Esra"], ["Yusuf", "Burak", "Mustafa"], ["Demir", "Aydın", "Yıldırım", "Koç"]),
        (8, ["Sunita", "Shanti", "Sharon", "Gisèle"], ["Ravi", "Rajesh", "Kenneth", "Errol"], ["Ramdin", "Mahabier", "Jagessar", "Pinas", "Wijngaarde", "Sedney"]),
        (4, ["Agnieszka", "Joanna", "Monika"], ["Paweł", "Michał", "Marcin"], ["Kowalczyk", "Nowak", "Wójcik", "Mazur"]),
        (2, ["Ayan", "Hodan"], ["Abdi", "Mahad"], ["Mohamed Ali", "Warsame", "Farah"]),
    ],
}
# fmt: on
# Spanish people carry two surnames; most foreign-born residents one.
TITLES = {
    "en": {"f": ["Ms", "Mrs", "Ms.", "Dr"], "m": ["Mr", "Mr.", "Dr"]},
    "de": {"f": ["Frau", "Frau Dr."], "m": ["Herr", "Herrn", "Herr Dr."]},
    "fr": {"f": ["Mme", "Madame", "Mme."], "m": ["M.", "Monsieur", "Dr"]},
    "es": {"f": ["Sra.", "Dña.", "Doña"], "m": ["Sr.", "D.", "Don"]},
    "nl": {"f": ["mevrouw", "Mevr.", "mw."], "m": ["meneer", "Dhr.", "de heer"]},
}


# --- places: (town, region, postcodes, lat, lon) -----------------------------------------------
Town = tuple[str, str, list[str], float, float]
# fmt: off
TOWNS: dict[str, list[Town]] = {
    "GB": [
        ("London", "", ["SW11", "E8", "N16", "NW5", "SE15", "W12", "E17"], 51.507, -0.128),
        ("Manchester", "", ["M14", "M20", "M4", "M16"], 53.48, -2.24),
        ("Leeds", "", ["LS6", "LS8", "LS11"], 53.8, -1.55),
        ("Birmingham", "", ["B29", "B13", "B11"], 52.48, -1.9),
        ("Bristol", "", ["BS6", "BS3", "BS7"], 51.45, -2.59),
        ("Glasgow", "", ["G12", "G41", "G31"], 55.86, -4.25),
        ("Cardiff", "", ["CF24", "CF11", "CF14"], 51.48, -3.18),
        ("Sheffield", "", ["S11", "S7", "S10"], 53.38, -1.47),
        ("Leicester", "", ["LE2", "LE4", "LE5"], 52.64, -1.13),
        ("Edinburgh", "", ["EH9", "EH6", "EH11"], 55.95, -3.19),
    ],
    "US": [
        ("Portland", "OR", ["97214", "97202", "97211"], 45.52, -122.68),
        ("Boston", "MA", ["02130", "02118", "02127"], 42.36, -71.06),
        ("Chicago", "IL", ["60614", "60647", "60625"], 41.88, -87.63),
        ("Austin", "TX", ["78704", "78751", "78745"], 30.27, -97.74),
        ("Brooklyn", "NY", ["11215", "11211", "11238"], 40.68, -73.94),
        ("Seattle", "WA", ["98103", "98118", "98122"], 47.61, -122.33),
        ("Miami", "FL", ["33133", "33135", "33145"], 25.76, -80.19),
        ("San Jose", "CA", ["95112", "95126", "95122"], 37.34, -121.89),
    ],
    "IE": [("Dublin 8", "", ["D08"], 53.34, -6.28), ("Dublin 7", "", ["D07"], 53.36, -6.28), ("Cork", "Co. Cork", ["T12", "T23"], 51.9, -8.47), ("Galway", "Co. Galway", ["H91"], 53.27, -9.05), ("Limerick", "Co. Limerick", ["V94"], 52.66, -8.63), ("Ennis", "Co. Clare", ["V95"], 52.84, -8.98), ("Swords", "Co. Dublin", ["K67"], 53.46, -6.22), ("Kilkenny", "Co. Kilkenny", ["R95"], 52.65, -7.25)],
    "DE": [
        ("Berlin", "", ["10115", "10243", "10437", "10969", "12047", "12435", "13353"], 52.52, 13.405),
        ("Hamburg", "", ["20099", "20257", "22041", "22765"], 53.55, 9.99),
        ("München", "", ["80331", "80469", "80799", "81369", "81541"], 48.14, 11.58),
        ("Köln", "", ["50667", "50733", "50823", "51103"], 50.94, 6.96),
        ("Frankfurt am Main", "", ["60311", "60316", "60486", "60594"], 50.11, 8.68),
        ("Leipzig", "", ["04103", "04177", "04275"], 51.34, 12.37),
        ("Dortmund", "", ["44135", "44137", "44147"], 51.51, 7.47),
        ("Stuttgart", "", ["70173", "70197", "70372"], 48.78, 9.18),
        ("Bremen", "", ["28195", "28203", "28215"], 53.08, 8.8),
        ("Duisburg", "", ["47051", "47119", "47169"], 51.43, 6.76),
        ("Offenbach am Main", "", ["63065", "63067"], 50.1, 8.77),
        ("Freiburg im Breisgau", "", ["79098", "79102", "79106"], 47.99, 7.85),
    ],
    "AT": [("Wien", "", ["1020", "1050", "1060", "1100", "1160", "1200"], 48.21, 16.37), ("Graz", "", ["8010", "8020", "8045"], 47.07, 15.44), ("Linz", "", ["4020", "4030"], 48.31, 14.29), ("Salzburg", "", ["5020"], 47.81, 13.05), ("Innsbruck", "", ["6020"], 47.27, 11.4), ("Klagenfurt am Wörthersee", "", ["9020"], 46.62, 14.31), ("Wels", "", ["4600"], 48.16, 14.03)],
    "CH": [("Zürich", "", ["8001", "8003", "8004", "8037", "8050"], 47.37, 8.54), ("Bern", "", ["3011", "3013", "3014"], 46.95, 7.45), ("Basel", "", ["4051", "4055", "4057"], 47.56, 7.59), ("Luzern", "", ["6003", "6005"], 47.05, 8.31), ("Winterthur", "", ["8400", "8406"], 47.5, 8.72), ("St. Gallen", "", ["9000", "9008"], 47.42, 9.37)],
    "FR": [
        ("Paris", "", ["75011", "75018", "75020", "75013", "75015"], 48.857, 2.352),
        ("Lyon", "", ["69003", "69007", "69008"], 45.76, 4.84),
        ("Marseille", "", ["13001", "13005", "13008", "13013"], 43.3, 5.37),
        ("Toulouse", "", ["31000", "31200", "31400"], 43.6, 1.44),
        ("Lille", "", ["59000", "59800"], 50.63, 3.06),
        ("Nantes", "", ["44000", "44100", "44300"], 47.22, -1.55),
        ("Strasbourg", "", ["67000", "67100"], 48.57, 7.75),
        ("Montpellier", "", ["34000", "34070"], 43.61, 3.88),
        ("Saint-Denis", "", ["93200"], 48.94, 2.36),
        ("Villeurbanne", "", ["69100"], 45.77, 4.88),
        ("Bordeaux", "", ["33000", "33800"], 44.84, -0.58),
        ("Rennes", "", ["35000", "35200"], 48.11, -1.68),
    ],
    "BE": [
        ("Bruxelles", "", ["1000", "1030", "1050", "1060", "1080"], 50.85, 4.35),
        ("Brussel", "", ["1000", "1020", "1070", "1090"], 50.85, 4.35),
        ("Mons", "", ["7000"], 50.45, 3.95),
        ("Antwerpen", "", ["2000", "2018", "2060", "2140"], 51.22, 4.4),
        ("Gent", "", ["9000", "9040"], 51.05, 3.72),
        ("Liège", "", ["4000", "4020"], 50.63, 5.57),
        ("Leuven", "", ["3000", "3010"], 50.88, 4.7),
        ("Charleroi", "", ["6000", "6001"], 50.41, 4.44),
        ("Namur", "", ["5000"], 50.47, 4.87),
        ("Hasselt", "", ["3500"], 50.93, 5.34),
        ("Brugge", "", ["8000", "8200"], 51.21, 3.22),
        ("Mechelen", "", ["2800"], 51.03, 4.48),
    ],
    "ES": [
        ("Madrid", "Madrid", ["28004", "28012", "28013", "28028", "28045", "28039"], 40.42, -3.7),
        ("Barcelona", "Barcelona", ["08001", "08012", "08019", "08025", "08030"], 41.39, 2.17),
        ("Valencia", "Valencia", ["46001", "46005", "46020"], 39.47, -0.38),
        ("Sevilla", "Sevilla", ["41001", "41003", "41010"], 37.39, -5.98),
        ("Zaragoza", "Zaragoza", ["50001", "50008"], 41.65, -0.89),
        ("Málaga", "Málaga", ["29001", "29007", "29010"], 36.72, -4.42),
        ("Bilbao", "Bizkaia", ["48001", "48005", "48013"], 43.26, -2.93),
        ("Granada", "Granada", ["18001", "18004"], 37.18, -3.6),
        ("L'Hospitalet de Llobregat", "Barcelona", ["08901", "08904"], 41.36, 2.1),
        ("Murcia", "Murcia", ["30001", "30008"], 37.99, -1.13),
    ],
    "NL": [
        ("Amsterdam", "", ["1013", "1017", "1053", "1062", "1093", "1102"], 52.37, 4.9),
        ("Rotterdam", "", ["3012", "3021", "3035", "3072", "3083"], 51.92, 4.48),
        ("Den Haag", "", ["2511", "2526", "2561", "2571"], 52.08, 4.3),
        ("Utrecht", "", ["3511", "3521", "3532", "3553"], 52.09, 5.12),
        ("Eindhoven", "", ["5611", "5622", "5643"], 51.44, 5.48),
        ("Groningen", "", ["9711", "9722", "9741"], 53.22, 6.57),
        ("Tilburg", "", ["5011", "5041"], 51.56, 5.09),
        ("Almere", "", ["1312", "1335", "1363"], 52.37, 5.22),
        ("Nijmegen", "", ["6511", "6524", "6541"], 51.84, 5.86),
        ("Zaandam", "", ["1502", "1505"], 52.44, 4.81),
    ],
}
# fmt: on
# fmt: off
STREETS: dict[str, list[str]] = {
    "GB": ["Victoria Road", "Church Street", "Albert Road", "Station Road", "Park Avenue", "Queens Road", "Manor Way", "Mill Lane", "Highfield Crescent", "Grove Terrace", "Kingsley Close", "Elm Grove", "Cavendish Drive", "Wellington Street"],
    "US": ["Maple Avenue", "Oak Street", "Division Street", "Alberta Street", "Hawthorne Boulevard", "Elm Drive", "Pine Court", "Lincoln Avenue", "Washington Street", "Cedar Lane", "Martin Luther King Jr Boulevard", "Lakeview Terrace"],
    "IE": ["Main Street", "Church Road", "O'Connell Street", "Thomas Street", "Patrick Street", "Griffith Avenue", "Clonliffe Road", "Oakwood Drive", "Castle View", "Ashgrove Park", "Sráid an Mhuilinn"],
    "DE": ["Hauptstraße", "Lindenstraße", "Goethestraße", "Schillerstraße", "Bahnhofstraße", "Am Markt", "Kastanienallee", "Birkenweg", "Friedrich-Ebert-Straße", "Sonnenallee", "Karl-Marx-Straße", "Im Wiesengrund", "Bergstraße", "Schloßstraße", "Rosenstraße", "Kaiserstraße"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Landstraßer Hauptstraße", "Favoritenstraße", "Annenstraße", "Linzer Gasse", "Herrengasse", "Schubertstraße", "Wiener Straße", "Ottakringer Straße", "Lerchenfelder Gürtel", "Kirchengasse"],
    "CH": ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Badenerstrasse", "Langstrasse", "Schulhausstrasse", "Rosenweg", "Gotthardstrasse", "Freiestrasse", "Zelgweg"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue de la Paix", "rue du Faubourg Saint-Antoine", "allée des Tilleuls", "chemin des Vignes", "impasse des Lilas", "avenue Émile Zola", "rue Pasteur", "place de la Liberté", "cours Gambetta", "rue des Écoles"],
    "BE": ["Kerkstraat", "Stationsstraat", "Rue Haute", "Chaussée de Waterloo", "Rue de la Station", "Dorpsstraat", "Nieuwstraat", "Avenue Louise", "Leopoldlaan", "Rue du Midi", "Molenstraat", "Grote Markt"],
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Gran Vía", "Calle de Cervantes", "Avenida Diagonal", "Calle San Fernando", "Paseo de la Castellana", "Calle Nueva", "Plaza de España", "Calle de Goya", "Carrer de Sant Pere", "Calle del Carmen"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Molenweg", "Schoolstraat", "Julianastraat", "Wilhelminalaan", "Van Goghstraat", "Rembrandtlaan", "Beukenlaan", "2e Helmersstraat", "Marnixstraat", "Kanaalweg", "Burgemeester de Withstraat"],
}
# fmt: on
GB_ABBR = {
    "Road": "Rd",
    "Street": "St",
    "Avenue": "Ave",
    "Lane": "Ln",
    "Crescent": "Cres",
    "Terrace": "Terr",
    "Close": "Cl",
    "Drive": "Dr",
    "Boulevard": "Blvd",
    "Court": "Ct",
    "Grove": "Gr",
}
US_STATES_LONG = {
    "OR": "Oregon",
    "MA": "Massachusetts",
    "IL": "Illinois",
    "TX": "Texas",
    "NY": "New York",
    "WA": "Washington",
    "FL": "Florida",
    "CA": "California",
}


@dataclass
class Address:
    country: str
    street: str
    number: str
    unit: str
    postcode: str
    town: str
    region: str
    pobox: str = ""
    lat: float = 0.0
    lon: float = 0.0

    def street_line(self, rng: random.Random) -> str:
        """Street and number (and flat) in the country's order, abbreviated as people do."""
        c, s, n = self.country, self.street, self.number
        if self.pobox:
            return self.pobox
        if c in ("GB", "US", "IE"):
            if rng.random() < 0.35:
                head, _, last = s.rpartition(" ")
                s = f"{head} {GB_ABBR.get(last, last)}"
            line = f"{n} {s}"
            if self.unit:
                line = f"{self.unit}, {line}" if c != "US" else f"{line} {self.unit}"
            return line
        if c in ("DE", "AT", "CH"):
            if rng.random() < 0.4:
                s = s.replace("straße", "str.").replace("strasse", "str.").replace("Straße", "Str.")
            line = f"{s} {n}"
            return f"{line}{self.unit}" if c == "AT" and self.unit.startswith("/") else line
        if c == "FR":
            line = f"{n} {s}"
            return f"{self.unit}, {line}" if self.unit else line
        if c in ("BE", "NL"):
            line = f"{s} {n}"
            return f"{line}{self.unit}" if self.unit else line
        if c == "ES":
            kind, _, rest = s.partition(" ")
            kind = rng.choice(
                {
                    "Calle": ["C/", "Calle", "c/", "C."],
                    "Avenida": ["Avda.", "Av.", "Avenida"],
                    "Paseo": ["Pº", "Paseo"],
                    "Plaza": ["Pl.", "Plaza"],
                    "Carrer": ["C/", "Carrer"],
                    "Gran": ["Gran"],
                }.get(kind, [kind])
            )
            line = f"{kind} {rest}, {n}"
            return f"{line}, {self.unit}" if self.unit else line
        return f"{s} {n}"

    def town_line(self, rng: random.Random) -> str:
        c = self.country
        town = self.town.upper() if c == "FR" and rng.random() < 0.4 else self.town
        if c == "GB":
            return f"{town.upper() if rng.random() < 0.3 else town} {self.postcode}"
        if c == "US":
            st = self.region if rng.random() < 0.85 else US_STATES_LONG[self.region]
            return (
                f"{town}, {st} {self.postcode}"
                if rng.random() < 0.6
                else f"{town} {st} {self.postcode}"
            )
        if c == "IE":
            parts = [town] + ([self.region] if self.region else [])
            return ", ".join(parts + [self.postcode])
        if c == "ES" and rng.random() < 0.4 and self.region != self.town:
            return f"{self.postcode} {town} ({self.region})"
        if c == "NL" and rng.random() < 0.3:
            return f"{self.postcode.replace(' ', '')}  {town.upper()}"
        if c == "CH" and rng.random() < 0.2:
            return f"CH-{self.postcode} {town}"
        return f"{self.postcode} {town}"

    def lines(self, rng: random.Random) -> list[str]:
        extra = []
        if self.country == "FR" and self.unit and rng.random() < 0.5:
            return [self.unit, f"{self.number} {self.street}", self.town_line(rng)]
        if self.country == "DE" and self.unit:
            extra = [self.unit]
        return [self.street_line(rng), *extra, self.town_line(rng)]

    def one_line(self, rng: random.Random) -> str:
        ls = self.lines(rng)
        x = rng.random()
        if x < 0.7:
            s = ", ".join(ls)
        elif x < 0.85:
            s = " ".join(ls)
        else:
            s = ", ".join(ls).lower()
        return s


def _gb_postcode(rng: random.Random, outward: str) -> str:
    return f"{outward} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _eircode(rng: random.Random, key: str) -> str:
    cs = "ACDEFHKNPRTVWXY"
    return f"{key} {rng.choice(cs)}{rng.choice(string.digits + cs)}{rng.choice(string.digits + cs)}{rng.choice(string.digits + cs)}"


def _nl_postcode(rng: random.Random, num: str) -> str:
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    while (pair := rng.choice(letters) + rng.choice(letters)) in ("SA", "SD", "SS"):
        pass
    return f"{num} {pair}"


# Belgium writes its places in the language of the region: French or Dutch names.
BE_FR_TOWNS = {"Bruxelles", "Liège", "Charleroi", "Namur", "Mons"}
BE_STREETS = {
    "fr": ["Rue Haute", "Chaussée de Waterloo", "Rue de la Station", "Avenue Louise", "Rue du Midi", "Rue de l'Église", "Avenue des Combattants", "Place Saint-Lambert"],
    "nl": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Nieuwstraat", "Leopoldlaan", "Molenstraat", "Grote Markt", "Veldstraat"],
}  # fmt: skip


def towns_for(country: str, lang: str | None) -> list[Town]:
    if country == "BE" and lang in BE_STREETS:
        return [t for t in TOWNS["BE"] if (t[0] in BE_FR_TOWNS) == (lang == "fr")]
    return TOWNS[country]


def streets_for(country: str, lang: str | None) -> list[str]:
    return BE_STREETS[lang] if country == "BE" and lang in BE_STREETS else STREETS[country]


def address(
    rng: random.Random, country: str, pobox_rate: float = 0.05, lang: str | None = None
) -> Address:
    town, region, codes, lat, lon = rng.choice(towns_for(country, lang))
    code = rng.choice(codes)
    street = rng.choice(streets_for(country, lang))
    num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 260)]))
    unit = ""
    u = rng.random()
    if country == "GB":
        code = _gb_postcode(rng, code)
        unit = f"Flat {rng.randint(1, 24)}" if u < 0.3 else ""
    elif country == "US":
        unit = (
            rng.choice(
                [
                    f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                    f"#{rng.randint(100, 999)}",
                    f"Unit {rng.randint(1, 12)}",
                ]
            )
            if u < 0.35
            else ""
        )
        num = str(rng.randint(100, 9899))
    elif country == "IE":
        code = _eircode(rng, code)
        unit = f"Apartment {rng.randint(1, 60)}" if u < 0.2 else ""
    elif country == "DE":
        num += rng.choice(["", "", "", "", "a", "b", " a"])
        unit = (
            rng.choice(["2. OG links", "bei Schulze", "Hinterhaus, 3. OG", "Whg. 14"])
            if u < 0.15
            else ""
        )
    elif country == "AT":
        unit = (
            f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}"
            if u < 0.5
            else (f"/{rng.randint(1, 20)}" if u < 0.7 else "")
        )
    elif country == "FR":
        num += rng.choice(["", "", "", "", " bis", " ter"])
        unit = (
            rng.choice(
                [
                    f"Bât. {rng.choice('ABCD')}, Apt {rng.randint(1, 60)}",
                    f"Résidence Les {rng.choice(['Tilleuls', 'Acacias', 'Glycines'])}",
                    f"Appartement {rng.randint(1, 40)}",
                    f"Escalier {rng.randint(1, 4)}, {rng.randint(1, 8)}e étage",
                ]
            )
            if u < 0.3
            else ""
        )
    elif country == "BE":
        unit = (
            rng.choice(
                [
                    f" bus {rng.randint(1, 30)}",
                    f" bte {rng.randint(1, 30)}",
                    f"/{rng.randint(1, 12)}",
                    f" boîte {rng.randint(1, 12)}",
                ]
            )
            if u < 0.35
            else ""
        )
    elif country == "ES":
        unit = (
            rng.choice(
                [
                    f"{rng.randint(1, 9)}º {rng.choice('ABCD')}",
                    f"{rng.randint(1, 9)}º {rng.choice(['izda.', 'dcha.', 'izq'])}",
                    "bajo",
                    "ático",
                    f"{rng.randint(1, 6)}-{rng.randint(1, 4)}",
                    f"esc. {rng.randint(1, 3)}, {rng.randint(1, 8)}º {rng.randint(1, 4)}ª",
                ]
            )
            if u < 0.7
            else ""
        )
        if u > 0.95:
            num = "s/n"
    elif country == "NL":
        code = _nl_postcode(rng, code)
        unit = rng.choice(["-1", "-2", " hs", " II", "A", "-III", " bis", "B"]) if u < 0.3 else ""
    elif country == "CH":
        num += rng.choice(["", "", "", "a"])
    pobox = ""
    if rng.random() < pobox_rate:
        pobox = {
            "GB": f"PO Box {rng.randint(10, 9999)}",
            "US": f"P.O. Box {rng.randint(100, 99999)}",
            "IE": f"PO Box {rng.randint(10, 999)}",
            "DE": f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "AT": f"Postfach {rng.randint(1, 999)}",
            "CH": f"Postfach {rng.randint(100, 9999)}",
            "FR": f"BP {rng.randint(10, 999)}",
            "BE": f"Postbus {rng.randint(10, 999)}"
            if rng.random() < 0.5
            else f"Boîte postale {rng.randint(10, 999)}",
            "ES": f"Apartado de Correos {rng.randint(10, 9999)}",
            "NL": f"Postbus {rng.randint(10, 9999)}",
        }[country]
    return Address(country, street, num, unit, code, town, region, pobox, lat, lon)


@dataclass
class Person:
    first: str
    last: str
    sex: str
    country: str
    foreign: bool
    dob: dt.date
    addr: Address
    extra: dict[str, str] = field(default_factory=dict)

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def name_variant(self, rng: random.Random) -> str:
        """The full name as written in records: given first mostly; family first, initials or upper case sometimes."""
        x = rng.random()
        if x < 0.72:
            return self.full()
        if x < 0.84:
            return f"{self.last}, {self.first}"
        if x < 0.92:
            return f"{self.first[0]}. {self.last}"
        if x < 0.97:
            return f"{self.last.upper()} {self.first}"
        return self.full().lower()


def person(rng: random.Random, country: str, adult: bool = True, lang: str | None = None) -> Person:
    origins = NAMES[country]
    k = rng.choices(range(len(origins)), [o[0] for o in origins])[0]
    _, fs, ms, lasts = origins[k]
    sex = rng.choice("fm")
    first = rng.choice(fs if sex == "f" else ms)
    last = rng.choice(lasts)
    foreign = k > 0
    if country == "ES" and not foreign:
        last = f"{last} {rng.choice([x for x in lasts if x != last])}"
    elif country == "ES" and k == 3 and rng.random() < 0.6:
        last = f"{last} {rng.choice(lasts)}"
    if rng.random() < 0.06 and country not in ("ES",):
        last = f"{last}-{rng.choice(lasts)}" if "-" not in last and " " not in last else last
    if adult:
        dob = dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(365 * 68))
    else:
        dob = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(365 * 16))
    return Person(first, last, sex, country, foreign, dob, address(rng, country, lang=lang))


# --- companies, brands and public figures ---------------------------------------------------------
# Real companies and brands whose names contain given names or surnames, per language.
# fmt: off
PERSONLIKE_COMPANIES = {
    "en": ["Marks & Spencer", "John Lewis", "Sainsbury's", "Ted Baker", "Paul Smith", "Johnson & Johnson", "Ben & Jerry's", "Wendy's", "Dr. Martens", "Victoria's Secret", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Morgan Stanley", "Goldman Sachs", "Dell", "Jack Daniel's"],
    "de": ["Hugo Boss", "Dr. Oetker", "Robert Bosch GmbH", "Carl Zeiss", "Jack Wolfskin", "Tom Tailor", "Marc O'Polo", "Werner & Mertz", "Anton Paar", "Ernsting's family", "Julius Meinl", "Emmi", "Max Bahr", "Peek & Cloppenburg", "Otto", "Ludwig Beck"],
    "fr": ["Louis Vuitton", "Christian Dior", "Yves Rocher", "Pierre Cardin", "Jean Paul Gaultier", "Guy Degrenne", "Léon de Bruxelles", "Jacques Dessange", "Yves Saint Laurent", "Marie Blachère", "Colruyt", "Delhaize"],
    "es": ["Massimo Dutti", "El Corte Inglés", "Pepe Jeans", "Adolfo Domínguez", "Rosa Clará", "Tous", "Pascual", "Casa Tarradellas", "Don Simón", "Juan Valdez", "Ramón Sabater", "Purificación García"],
    "nl": ["Albert Heijn", "Jan Linders", "Douwe Egberts", "Van Haren", "Dirk van den Broek", "Van der Valk", "Kees Smit", "Joop!", "Anton Dreesmann", "Hunkemöller", "Piet Hein Eek"],
}
# fmt: on
EMPLOYERS = {
    "GB": ["Tesco", "NHS Trust", "BT Group", "Network Rail", "Aviva"],
    "US": ["Walmart", "Kaiser Permanente", "Target", "Intel", "Starbucks"],
    "IE": ["Ryanair", "Bank of Ireland", "Kerry Group", "HSE"],
    "DE": ["Deutsche Bahn", "Siemens", "Stadtwerke München", "Allianz", "Lidl"],
    "AT": ["ÖBB", "Erste Bank", "Spar", "A1 Telekom Austria"],
    "CH": ["SBB", "Migros", "Swisscom", "Coop"],
    "FR": ["SNCF", "Orange", "Carrefour", "La Poste"],
    "BE": ["Proximus", "NMBS", "bpost", "KBC"],
    "ES": ["Telefónica", "Renfe", "Mercadona", "Iberdrola"],
    "NL": ["NS", "Rabobank", "KPN", "PostNL", "Coolblue"],
}
DOMAINS = {
    "GB": "co.uk",
    "US": "com",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "NL": "nl",
}
# fmt: off
MAIL_PROVIDERS = {
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk", "hotmail.co.uk"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "wanadoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "gmail.com", "planet.nl"],
}
# fmt: on
# Deceased public figures, with birth dates as the reference works give them.
# fmt: off
FAMOUS: dict[str, list[tuple[str, dt.date]]] = {
    "en": [
        ("Charles Dickens", dt.date(1812, 2, 7)),
        ("Winston Churchill", dt.date(1874, 11, 30)),
        ("Jane Austen", dt.date(1775, 12, 16)),
        ("Charles Darwin", dt.date(1809, 2, 12)),
        ("Florence Nightingale", dt.date(1820, 5, 12)),
        ("Abraham Lincoln", dt.date(1809, 2, 12)),
        ("Martin Luther King Jr.", dt.date(1929, 1, 15)),
        ("Oscar Wilde", dt.date(1854, 10, 16)),
        ("James Joyce", dt.date(1882, 2, 2)),
        ("Ada Lovelace", dt.date(1815, 12, 10)),
    ],
    "de": [("Johann Wolfgang von Goethe", dt.date(1749, 8, 28)), ("Friedrich Schiller", dt.date(1759, 11, 10)), ("Albert Einstein", dt.date(1879, 3, 14)), ("Wolfgang Amadeus Mozart", dt.date(1756, 1, 27)), ("Sigmund Freud", dt.date(1856, 5, 6)), ("Konrad Adenauer", dt.date(1876, 1, 5)), ("Sophie Scholl", dt.date(1921, 5, 9)), ("Clara Schumann", dt.date(1819, 9, 13))],
    "fr": [("Victor Hugo", dt.date(1802, 2, 26)), ("Marie Curie", dt.date(1867, 11, 7)), ("Charles de Gaulle", dt.date(1890, 11, 22)), ("Émile Zola", dt.date(1840, 4, 2)), ("Jean Jaurès", dt.date(1859, 9, 3)), ("Édith Piaf", dt.date(1915, 12, 19)), ("Jacques Brel", dt.date(1929, 4, 8)), ("René Magritte", dt.date(1898, 11, 21))],
    "es": [("Federico García Lorca", dt.date(1898, 6, 5)), ("Pablo Picasso", dt.date(1881, 10, 25)), ("Salvador Dalí", dt.date(1904, 5, 11)), ("Antoni Gaudí", dt.date(1852, 6, 25)), ("Francisco de Goya", dt.date(1746, 3, 30)), ("Clara Campoamor", dt.date(1888, 2, 12)), ("Benito Pérez Galdós", dt.date(1843, 5, 10))],
    "nl": [("Vincent van Gogh", dt.date(1853, 3, 30)), ("Rembrandt van Rijn", dt.date(1606, 7, 15)), ("Anne Frank", dt.date(1929, 6, 12)), ("Johan Cruijff", dt.date(1947, 4, 25)), ("Willem Drees", dt.date(1886, 7, 5)), ("Annie M.G. Schmidt", dt.date(1911, 5, 20)), ("Peter Paul Rubens", dt.date(1577, 6, 28))],
}
# fmt: on
# Products named like people.
# fmt: off
PERSONLIKE_PRODUCTS = [
    "Renault Zoe",
    "Seat Leon",
    "Opel Adam",
    "Amazon Alexa",
    "IKEA Billy",
    "IKEA Ivar",
    "Hyundai Kona",
    "Fiat Tipo",
    "Kia Ceed",
    "Peugeot 208",
    "VW Polo",
    "Dacia Sandero",
    "Mercedes Sprinter",
    "Toyota Aygo",
    "Nissan Leaf",
]
# fmt: on
