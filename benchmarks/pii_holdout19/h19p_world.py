"""Countries, people, streets, towns, companies and public figures of PII hold-out 19.

Short hand-written lists, one block per country, so that every message's values follow one
country's postal, naming and numbering conventions. Names follow each population, people of
immigrant origin included, because a redactor that only knows a country's long-settled names
misses a large part of the people it serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Country:
    """One country's conventions: who lives there and how they write where they live."""

    code: str
    langs: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]  # (postcode, town)
    mail: tuple[str, ...]
    id_label: str = ""
    iban: bool = True
    companies: tuple[tuple[str, str, str, str], ...] = field(default=())  # name, street, pc, town


def _w(text: str) -> tuple[str, ...]:
    """Split a `|`-separated list (names may contain spaces)."""
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _towns(text: str) -> tuple[tuple[str, str], ...]:
    """`postcode=town|...` into pairs."""
    pairs = []
    for part in _w(text):
        pc, town = part.split("=", 1)
        pairs.append((pc.strip(), town.strip()))
    return tuple(pairs)


def _cos(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """`name;street;postcode;town|...` into company rows."""
    return tuple(tuple(p.strip() for p in part.split(";")) for part in _w(text))  # type: ignore[misc]


COUNTRIES: dict[str, Country] = {
    "GB": Country(
        "GB", ("en",),
        _w("Olivia|Amelia|Priya|Siobhan|Chloe|Aisha|Harriet|Zainab"),
        _w("Oliver|Callum|Rhys|Mohammed|Tomasz|Kwame|Harry|Arjun"),
        _w("Patel|Hughes|Okafor|Nowak|Fletcher|Begum|MacLeod|Ashworth|Rahman|Pritchard"),
        _w("Kingsley Road|Tudor Close|Albert Street|Mill Lane|Beechwood Avenue|Church View"),
        _towns("LS6 2QT=Leeds|M14 5RA=Manchester|BS3 4HJ=Bristol|NG7 1FD=Nottingham|CF24 3AB=Cardiff|EH7 5QR=Edinburgh"),
        _w("gmail.com|outlook.com|btinternet.com|yahoo.co.uk|sky.com"),
        "NHS number", False,
        _cos("Harbourline Freight Ltd;Unit 4, Kelvin Way;M17 1WF;Manchester|Brightwater Dental Group;22 Queen Square;BS1 4ND;Bristol"),
    ),
    "IE": Country(
        "IE", ("en",),
        _w("Aoife|Niamh|Saoirse|Ciara|Oksana|Grainne|Ewa"),
        _w("Cian|Darragh|Oisín|Seán|Rafael|Tadhg|Piotr"),
        _w("Ó Briain|Murphy|Kavanagh|Fitzgerald|Kowalczyk|Ní Mhurchú|Doyle|Adeyemi|McCarthy"),
        _w("Marlborough Park|Church Road|Seafield Avenue|Glasnevin Hill|Castle Street"),
        _towns("D06 Y2X7=Dublin 6|T12 K8AF=Cork|H91 E2K3=Galway|V94 T9PX=Limerick|A92 D65P=Drogheda"),
        _w("gmail.com|eircom.net|outlook.ie|hotmail.com"),
        "PPS number", True,
        _cos("Liffey Relocations Ltd;Unit 7, Ballymount Road;D12 X4E2;Dublin|Corrib Pension Trustees DAC;3 Eyre Square;H91 A2T4;Galway"),
    ),
    "US": Country(
        "US", ("en",),
        _w("Jessica|Maria|Keisha|Linh|Emily|Fatima|Brianna|Mei"),
        _w("Tyler|DeShawn|Carlos|Ethan|Hiroshi|Jamal|Brandon|Ravi"),
        _w("Johnson|Nguyen|Ramirez|Okonkwo|Kowalski|Whitfield|Chen|Hernández|Washington|Goldberg"),
        _w("Maple Ave|W Jefferson St|Oak Ridge Dr|Lakeview Blvd|N Clark St|Sycamore Ln"),
        _towns("43215=Columbus, OH|60614=Chicago, IL|78704=Austin, TX|97214=Portland, OR|30307=Atlanta, GA|02139=Cambridge, MA"),
        _w("gmail.com|yahoo.com|icloud.com|comcast.net|outlook.com"),
        "SSN", False,
        _cos("Lakeshore Event Tickets Inc.;1200 W Fulton Market, Suite 400;60607;Chicago, IL|Prairie Solar Co.;880 Harmon Ave;43223;Columbus, OH"),
    ),
    "AU": Country(
        "AU", ("en",),
        _w("Chloe|Mia|Thi Lan|Jasmine|Priyanka|Georgia|Aroha"),
        _w("Lachlan|Jack|Minh|Kieran|Ahmed|Nikolaos|Cooper"),
        _w("Nguyen|Papadopoulos|Smith|Tran|O'Connell|Singh|Wilson|Haddad|Murray"),
        _w("Banksia St|Sydney Rd|Glenferrie Rd|Jacaranda Cres|Beach Pde"),
        _towns("3065=Fitzroy VIC|2042=Newtown NSW|4101=South Brisbane QLD|6050=Mount Lawley WA|5067=Norwood SA"),
        _w("bigpond.com|gmail.com|outlook.com.au|optusnet.com.au"),
        "TFN", False,
        _cos("Coastal Movers Pty Ltd;14 Rodeo Dr;3175;Dandenong South VIC|Southern Cross Driving School;71 King William St;5000;Adelaide SA"),
    ),
    "NZ": Country(
        "NZ", ("en",),
        _w("Aroha|Mere|Sione|Olivia|Grace|Anahera|Leilani"),
        _w("Tama|Wiremu|Sione|Liam|Rāwiri|Hamish|Tevita"),
        _w("Ngata|Tuhiwai|Fifita|Taufa|Henare|Campbell|Williams|Tuilagi|Patel"),
        _w("Rata Street|Queens Drive|Kauri Road|Te Atatu Road|Pohutukawa Place"),
        _towns("6011=Wellington|1021=Auckland|8011=Christchurch|3204=Hamilton|9016=Dunedin"),
        _w("xtra.co.nz|gmail.com|outlook.co.nz"),
        "IRD number", False,
        _cos("Tasman Blood Service Trust;71 Great South Road;1051;Auckland|Kiwi Cowork Ltd;2 Market Lane;6011;Wellington"),
    ),
    "ZA": Country(
        "ZA", ("en",),
        _w("Thandiwe|Naledi|Anneke|Zanele|Fatima|Lerato|Precious"),
        _w("Sipho|Thabo|Pieter|Bongani|Riaan|Mandla|Yusuf"),
        _w("Dlamini|Naidoo|van der Merwe|Mokoena|Botha|Khumalo|Pillay|Nkosi|Ebrahim"),
        _w("Jacaranda Avenue|Jan Smuts Avenue|Beach Road|Long Street|Voortrekker Road"),
        _towns("0081=Menlo Park, Pretoria|2196=Sandton|8001=Cape Town|4001=Durban|7530=Bellville"),
        _w("gmail.com|mweb.co.za|telkomsa.net|webmail.co.za"),
        "ID number", False,
        _cos("Highveld Debt Recovery (Pty) Ltd;45 Rivonia Road;2196;Sandton|Table Bay Freight (Pty) Ltd;12 Duncan Road;8001;Cape Town"),
    ),
    "DE": Country(
        "DE", ("de",),
        _w("Anna|Leonie|Ayşe|Katarzyna|Sophie|Mariam|Jana|Svetlana"),
        _w("Lukas|Jonas|Mehmet|Dariusz|Felix|Kofi|Maximilian|Dimitri"),
        _w("Müller|Schmidt|Yılmaz|Wagner|Nowak|Hoffmann|Becker|Öztürk|Schäfer|Kaya"),
        _w("Lindenstraße|Am Mühlbach|Hauptstr.|Bergmannstraße|Schillerplatz|Kastanienallee"),
        _towns("10115=Berlin|80331=München|50667=Köln|04109=Leipzig|20095=Hamburg|70173=Stuttgart"),
        _w("web.de|gmx.de|t-online.de|posteo.de|gmail.com"),
        "Steuer-ID", True,
        _cos("Spedition Rheinblick GmbH;Hafenstraße 24;68159;Mannheim|Zahnarztpraxis am Markt MVZ GmbH;Marktplatz 3;04109;Leipzig"),
    ),
    "AT": Country(
        "AT", ("de",),
        _w("Lena|Magdalena|Elif|Vesna|Katharina|Hanna"),
        _w("Florian|Tobias|Emir|Goran|Lukas|Sebastian"),
        _w("Gruber|Huber|Bauer|Pichler|Hodžić|Wimmer|Steiner|Novak|Moser"),
        _w("Gumpendorfer Straße|Landstraßer Hauptstraße|Mariahilfer Straße|Herrengasse|Goethestraße"),
        _towns("1060=Wien|8010=Graz|4020=Linz|5020=Salzburg|6020=Innsbruck"),
        _w("gmx.at|aon.at|chello.at|gmail.com"),
        "SVNR", True,
        _cos("Donau Umzüge GmbH;Industriestraße 8;1220;Wien|Pensionskasse Alpenland AG;Landhausgasse 4;8010;Graz"),
    ),
    "CH": Country(
        "CH", ("de", "fr", "it"),
        _w("Laura|Nina|Chiara|Léa|Albana|Seraina|Giulia"),
        _w("Luca|Noah|Matteo|Reto|Arben|Jonas|Nicolas"),
        _w("Meier|Brunner|Keller|Bianchi|Rochat|Krasniqi|Gerber|Favre|Rossi"),
        _w("Bahnhofstrasse|Seefeldstrasse|Rue de Lausanne|Via Nassa|Kramgasse"),
        _towns("8001=Zürich|3011=Bern|1003=Lausanne|6900=Lugano|4051=Basel"),
        _w("bluewin.ch|gmx.ch|sunrise.ch|gmail.com"),
        "AHV-Nr.", True,
        _cos("Helvetia Coworking AG;Europaallee 41;8004;Zürich|Stiftung Blutspende Zentralschweiz;Pilatusstrasse 18;6003;Luzern"),
    ),
    "FR": Country(
        "FR", ("fr",),
        _w("Camille|Léa|Inès|Fatou|Chloé|Yasmine|Manon|Thi Mai"),
        _w("Louis|Hugo|Mamadou|Karim|Théo|Julien|Nicolas|Anh"),
        _w("Martin|Bernard|Diallo|Benali|Lefèvre|Nguyen|Moreau|Da Silva|Girard|Haddad"),
        _w("rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|allée des Tilleuls"),
        _towns("75011=Paris|69007=Lyon|13006=Marseille|31000=Toulouse|44000=Nantes|59000=Lille"),
        _w("orange.fr|free.fr|laposte.net|sfr.fr|gmail.com"),
        "NIR", True,
        _cos("Transports Garonne SAS;12 quai de Bacalan;33300;Bordeaux|Crèche Les Petits Pas SARL;8 rue Oberkampf;75011;Paris"),
    ),
    "BE": Country(
        "BE", ("fr",),
        _w("Louise|Amira|Elise|Zoé|Nour|Mathilde"),
        _w("Arthur|Mohamed|Victor|Maxime|Youssef|Antoine"),
        _w("Dubois|Lambert|El Amrani|Dupont|Peeters|Janssens|Mertens|Kabongo|Leclercq"),
        _w("rue de la Loi|chaussée de Wavre|avenue Louise|rue Haute|rue des Guillemins"),
        _towns("1040=Etterbeek|1050=Ixelles|4000=Liège|5000=Namur|6000=Charleroi"),
        _w("skynet.be|proximus.be|telenet.be|gmail.com"),
        "numéro de registre national", True,
        _cos("Déménagements Meuse SRL;rue de l'Industrie 14;4020;Liège|Auto-École Étoile SRL;chaussée d'Ixelles 120;1050;Ixelles"),
    ),
    "LU": Country(
        "LU", ("fr",),
        _w("Sophie|Ana|Léa|Mia|Joana|Elena"),
        _w("Luc|Tiago|Gilles|Mathis|Jeff|Rui"),
        _w("Schmit|Weber|Da Costa|Muller|Hoffmann|Ferreira|Wagner|Kieffer|Pereira"),
        _w("rue de Hollerich|avenue de la Liberté|route d'Arlon|rue du Fort Neipperg|boulevard Royal"),
        _towns("L-1741=Luxembourg|L-4002=Esch-sur-Alzette|L-9010=Ettelbruck|L-3401=Dudelange"),
        _w("pt.lu|internet.lu|gmail.com"),
        "", True,
        _cos("Lux Fund Pensions S.A.;2 boulevard Konrad Adenauer;L-1115;Luxembourg|Charité Solidaire asbl;14 rue du Marché;L-4002;Esch-sur-Alzette"),
    ),
    "ES": Country(
        "ES", ("es",),
        _w("Lucía|María|Carmen|Nerea|Fatima|Ainhoa|Ioana|Valentina"),
        _w("Javier|Hugo|Iker|Pablo|Mohamed|Jordi|Andrei|Alejandro"),
        _w("García Pérez|Martínez Ruiz|Fernández|López Sánchez|El Idrissi|Puig|Rodríguez|Etxeberria|Popescu|Navarro"),
        _w("C/ Mayor|Avda. de la Constitución|C/ del Carme|Paseo de Gracia|C/ Alcalá|Plaza de España"),
        _towns("28013=Madrid|08001=Barcelona|46002=Valencia|41004=Sevilla|48001=Bilbao|50001=Zaragoza"),
        _w("gmail.com|hotmail.es|yahoo.es|telefonica.net"),
        "DNI", True,
        _cos("Transitarios del Mediterráneo S.L.;Avda. del Puerto 182;46023;Valencia|Autoescuela Castilla S.L.;C/ Toledo 44;28005;Madrid"),
    ),
    "MX": Country(
        "MX", ("es",),
        _w("Guadalupe|Fernanda|Ximena|Itzel|Daniela|Mariana"),
        _w("José Luis|Diego|Emiliano|Santiago|Juan Pablo|Cuauhtémoc"),
        _w("Hernández López|González|Martínez Flores|Ramírez|Xolalpa|Cruz Morales|Pérez|Sánchez|Torres"),
        _w("Av. Insurgentes Sur|Calle Durango|Av. Juárez|Calle Morelos|Av. Revolución"),
        _towns("03920=Ciudad de México, CDMX|44100=Guadalajara, Jal.|64000=Monterrey, N.L.|72000=Puebla, Pue.|97000=Mérida, Yuc."),
        _w("gmail.com|hotmail.com|yahoo.com.mx|outlook.com"),
        "CURP", False,
        _cos("Cobranza Integral del Bajío S.A. de C.V.;Blvd. Adolfo López Mateos 2001;37270;León, Gto.|Boletos Azteca S.A. de C.V.;Av. Paseo de la Reforma 296;06600;Ciudad de México, CDMX"),
    ),
    "AR": Country(
        "AR", ("es",),
        _w("Sofía|Valentina|Camila|Lucía|Milagros|Florencia"),
        _w("Mateo|Santiago|Joaquín|Facundo|Tomás|Ezequiel"),
        _w("González|Rodríguez|Fernández|Giménez|Romero|Sosa|Benítez|Kowalczuk|Russo"),
        _w("Av. Corrientes|Av. Santa Fe|Calle Defensa|Av. Rivadavia|Calle Humberto Primo"),
        _towns("C1043AAZ=CABA|C1425BQD=CABA|X5000IJK=Córdoba|S2000CBF=Rosario|M5500GNA=Mendoza"),
        _w("gmail.com|hotmail.com.ar|yahoo.com.ar|fibertel.com.ar"),
        "CUIL", False,
        _cos("Fundación Manos Abiertas;Av. de Mayo 1370;C1085ABQ;CABA|Mudanzas del Plata S.R.L.;Av. Warnes 2150;C1427BVV;CABA"),
    ),
    "CL": Country(
        "CL", ("es",),
        _w("Catalina|Javiera|Antonia|Constanza|Fernanda|Daniela"),
        _w("Benjamín|Vicente|Matías|Cristóbal|Agustín|Felipe"),
        _w("Muñoz|Rojas|Díaz|Soto|Contreras|Silva|Huenchumilla|Araya|Pérez"),
        _w("Av. Providencia|Calle Merced|Av. Libertador Bernardo O'Higgins|Calle Moneda|Av. Italia"),
        _towns("7500000=Providencia, Santiago|8320000=Santiago Centro|2340000=Valparaíso|4030000=Concepción"),
        _w("gmail.com|hotmail.cl|vtr.net|yahoo.cl"),
        "RUT", False,
        _cos("Energía Solar Andina SpA;Av. Apoquindo 4501;7550000;Las Condes, Santiago|Cowork Bellavista SpA;Constitución 42;7520000;Providencia, Santiago"),
    ),
    "CO": Country(
        "CO", ("es",),
        _w("Valentina|Luisa Fernanda|Isabella|Mariana|Yuliana|Ángela"),
        _w("Juan David|Andrés Felipe|Santiago|Sebastián|Jhon Fredy|Camilo"),
        _w("Rodríguez|Gómez|Martínez|Restrepo|Ospina|Cárdenas|Mosquera|Valencia|Quintero"),
        _w("Calle 45|Carrera 7|Calle 10|Avenida Calle 26|Carrera 43A"),
        _towns("110311=Bogotá D.C.|050021=Medellín, Antioquia|760042=Cali, Valle del Cauca|080020=Barranquilla"),
        _w("gmail.com|hotmail.com|yahoo.es|outlook.com"),
        "NIT", False,
        _cos("Donantes de Colombia S.A.S.;Carrera 13 # 93-40;110221;Bogotá D.C.|Carga Andina S.A.S.;Calle 12 # 68D-90;110931;Bogotá D.C."),
    ),
    "IT": Country(
        "IT", ("it",),
        _w("Giulia|Francesca|Chiara|Sofia|Elena|Fatima|Alessia|Ioana"),
        _w("Marco|Alessandro|Lorenzo|Davide|Matteo|Luca|Giuseppe|Omar"),
        _w("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco"),
        _w("Via Garibaldi|Corso Vittorio Emanuele II|Via Roma|Viale Monza|Piazza Dante|Via dei Mille"),
        _towns("20121=Milano (MI)|00184=Roma (RM)|10121=Torino (TO)|40126=Bologna (BO)|80134=Napoli (NA)|50122=Firenze (FI)"),
        _w("libero.it|virgilio.it|gmail.com|tiscali.it|alice.it"),
        "codice fiscale", True,
        _cos("Autoscuola Centrale S.r.l.;Via Nizza 150;10126;Torino (TO)|Fondo Pensione Lombardo S.p.A.;Piazza Cordusio 2;20123;Milano (MI)"),
    ),
    "PT": Country(
        "PT", ("pt",),
        _w("Beatriz|Inês|Mariana|Leonor|Ana Rita|Joana|Alícia"),
        _w("João|Tiago|Rodrigo|Diogo|Afonso|Gonçalo|Nuno"),
        _w("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Carvalho"),
        _w("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua do Almada"),
        _towns("1100-053=Lisboa|4000-069=Porto|3000-141=Coimbra|8000-312=Faro|4700-328=Braga"),
        _w("sapo.pt|gmail.com|hotmail.com|netcabo.pt"),
        "NIF", True,
        _cos("Transitários Tejo, Lda.;Rua do Terminal 5;2810-354;Almada|Clínica Dentária do Porto, Lda.;Rua de Cedofeita 212;4050-174;Porto"),
    ),
    "BR": Country(
        "BR", ("pt",),
        _w("Ana Clara|Maria Eduarda|Júlia|Larissa|Thaís|Francisca"),
        _w("João Pedro|Gabriel|Lucas|Rafael|Thiago|Enzo"),
        _w("da Silva|dos Santos|Oliveira|Souza|Lima|Pereira|Nakamura|Rodrigues|Albuquerque"),
        _w("Rua das Flores|Avenida Paulista|Rua Augusta|Rua Voluntários da Pátria|Avenida Sete de Setembro"),
        _towns("01310-100=São Paulo - SP|22250-040=Rio de Janeiro - RJ|30130-010=Belo Horizonte - MG|40020-000=Salvador - BA|80010-000=Curitiba - PR"),
        _w("gmail.com|hotmail.com|uol.com.br|bol.com.br|yahoo.com.br"),
        "CPF", True,
        _cos("Energia Sol Nascente Ltda.;Avenida Brigadeiro Faria Lima 3477;04538-133;São Paulo - SP|Cobrança Paulista Ltda.;Rua Funchal 418;04551-060;São Paulo - SP"),
    ),
    "PL": Country(
        "PL", ("pl",),
        _w("Anna|Katarzyna|Zofia|Małgorzata|Julia|Olena|Agnieszka|Wiktoria"),
        _w("Piotr|Krzysztof|Jakub|Tomasz|Michał|Andrij|Łukasz|Paweł"),
        _w("Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Kozłowski|Shevchenko"),
        _w("ul. Marszałkowska|ul. Piotrkowska|al. Jerozolimskie|ul. Długa|ul. Świętokrzyska|os. Tysiąclecia"),
        _towns("00-514=Warszawa|90-368=Łódź|31-008=Kraków|80-831=Gdańsk|50-077=Wrocław|61-894=Poznań"),
        _w("wp.pl|onet.pl|interia.pl|o2.pl|gmail.com"),
        "PESEL", True,
        _cos("Przeprowadzki Wisła Sp. z o.o.;ul. Grochowska 306;03-840;Warszawa|Szkoła Jazdy Tempo Sp. z o.o.;ul. Kamienna 14;31-403;Kraków"),
    ),
}  # fmt: skip

LANG_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("GB", "IE", "US", "AU", "NZ", "ZA"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "LU", "CH"),
    "es": ("ES", "MX", "AR", "CL", "CO"),
    "it": ("IT", "CH"),
    "pt": ("PT", "BR"),
    "pl": ("PL",),
}

# People known to everyone, with the birth dates every encyclopaedia prints: kept.
FAMOUS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Ada Lovelace", "1815-12-10"), ("Nelson Mandela", "1918-07-18"), ("Florence Nightingale", "1820-05-12"), ("Edmund Hillary", "1919-07-20")),
    "de": (("Sophie Scholl", "1921-05-09"), ("Albert Einstein", "1879-03-14"), ("Hedy Lamarr", "1914-11-09"), ("Wilhelm Conrad Röntgen", "1845-03-27")),
    "fr": (("Marie Curie", "1867-11-07"), ("Simone Veil", "1927-07-13"), ("Victor Hugo", "1802-02-26"), ("Louis Pasteur", "1822-12-27")),
    "es": (("Frida Kahlo", "1907-07-06"), ("Gabriel García Márquez", "1927-03-06"), ("Clara Campoamor", "1888-02-12"), ("Jorge Luis Borges", "1899-08-24")),
    "it": (("Rita Levi-Montalcini", "1909-04-22"), ("Maria Montessori", "1870-08-31"), ("Enrico Fermi", "1901-09-29"), ("Grazia Deledda", "1871-09-27")),
    "pt": (("Fernando Pessoa", "1888-06-13"), ("Amália Rodrigues", "1920-07-23"), ("Oscar Niemeyer", "1907-12-15"), ("Carmen Miranda", "1909-02-09")),
    "pl": (("Maria Skłodowska-Curie", "1867-11-07"), ("Fryderyk Chopin", "1810-03-01"), ("Wisława Szymborska", "1923-07-02"), ("Mikołaj Kopernik", "1473-02-19")),
}  # fmt: skip
