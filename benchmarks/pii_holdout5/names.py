"""People's names as written in many cultures, from lists written for this corpus (not Faker's)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


def _w(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split(",") if x.strip())


# culture: (given names, family names). Order and particles are handled in `person`.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        _w(
            "James, Olivia, Michael, Emma, William, Charlotte, Oliver, Amelia, Harry, Sophie, Jack,"
            "Grace, Thomas, Hannah, Daniel, Megan, Ethan, Chloe, Ryan, Zoe, Tyler, Brittany,"
            "DeShawn, Keisha, Mary-Kate, Gareth, Rhiannon, Callum, Isla, Shannon"
        ),
        _w(
            "Smith, Jones, Williams, Brown, Taylor, Davies, Evans, Wilson, Roberts, Walker, Wright,"
            "Thompson, Hughes, Edwards, Green, Hall, Wood, Harris-Wong, Clarke, Jackson, Okoye-Bennett,"
            "Featherstonehaugh, St. John, Lloyd-Jones, Fraser, MacLeod, Whitfield, Pemberton"
        ),
    ),
    "irish": (
        _w(
            "Siobhán, Aoife, Ciarán, Niamh, Oisín, Eoin, Caoimhe, Pádraig, Saoirse, Cillian, Róisín,"
            "Donnacha, Orla, Seán, Clodagh"
        ),
        _w(
            "O'Sullivan, McCarthy, Ní Bhriain, Ó Súilleabháin, Fitzgerald, Byrne, Mac Giolla Phádraig,"
            "Kavanagh, O'Brien, Doyle, Ní Dhomhnaill, Mac Mathúna, Ó Ceallaigh, Lynch, Nic Aodha"
        ),
    ),
    "indian": (
        _w(
            "Priya, Arjun, Lakshmi, Rahul, Ananya, Vikram, Deepika, Sanjay, Aishwarya, Karthik,"
            "Meenakshi, Rohit, Sneha, Harpreet, Gurpreet, Venkatesh, Divya, Abhishek, Pooja, Sai Krishna"
        ),
        _w(
            "Sharma, Venkataraman, Reddy, Iyer, Patel, Krishnamurthy, Banerjee, Chatterjee, Nair,"
            "Singh, Gupta, Deshpande, Menon, Kulkarni, Subramanian, Bhattacharya, Rao, Joshi, Pillai"
        ),
    ),
    "chinese": (
        _w(
            "Wei, Fang, Xiuying, Na, Min, Jing, Qiang, Lei, Jun, Yong, Yan, Jie, Tao, Ming, Chao,"
            "Xiuzhen, Haoran, Zihan, Yuxuan, Zhiwei, Meiling, Jiahui, Xinyi, Yutong"
        ),
        _w(
            "Zhang, Wang, Li, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo,"
            "He, Lin, Gao, Luo, Zheng, Liang, Xie, Tang"
        ),
    ),
    "japanese": (
        _w(
            "Haruki, Yui, Sota, Hina, Takeshi, Yuki, Kenji, Aiko, Ren, Sakura, Daisuke, Misaki,"
            "Hiroshi, Emi, Shota, Nanami, Kazuo, Ayaka"
        ),
        _w(
            "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato,"
            "Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu"
        ),
    ),
    "korean": (
        _w(
            "Min-jun, Seo-yeon, Ji-hoon, Ha-eun, Do-yun, Ji-woo, Seo-jun, Su-bin, Hyun-woo,"
            "Yeon-woo, Jae-won, Eun-ji, Sung-min, Hye-jin"
        ),
        _w(
            "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang"
        ),
    ),
    "vietnamese": (
        _w("Anh, Hà, Linh, Hùng, Dũng, Lan, Phương, Tuấn, Trang, Hương, Quang, Thảo, Khoa, Ngân"),
        _w("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Ngô, Dương"),
    ),
    "arabic": (
        _w(
            "Mohammed, Ahmed, Fatima, Aisha, Omar, Youssef, Layla, Khalid, Noura, Hassan, Mariam,"
            "Abdullah, Rania, Tariq, Salma, Abdulaziz, Hind, Karim"
        ),
        _w(
            "Al-Farsi, Al-Mansouri, El-Sayed, Haddad, Khoury, Al-Hashimi, Abdel-Rahman, Nasser,"
            "Saleh, Qureshi, Al-Amiri, El Amrani, Benali, Mansour, Al Shamsi, Al-Zahrani, Bakri"
        ),
    ),
    "nigerian": (
        _w(
            "Chukwuemeka, Oluwaseun, Ngozi, Adaeze, Babatunde, Folake, Emeka, Chiamaka, Ifeoma,"
            "Olumide, Aminu, Zainab, Tunde, Yetunde, Obinna, Funmilayo, Chidi, Temitope"
        ),
        _w(
            "Okafor, Adeyemi, Eze, Bello, Okonkwo, Adebayo, Nwosu, Ogunleye, Abubakar, Ibrahim,"
            "Oyelaran, Chukwu, Onyeka, Balogun, Afolabi, Okeke, Olawale, Nnamdi-Obi"
        ),
    ),
    "turkish": (
        _w(
            "Ayşe, Mehmet, Elif, Mustafa, Zeynep, Emre, Fatma, Burak, Merve, Ahmet, Deniz, Can,"
            "Özlem, Yusuf, Büşra, İbrahim, Gökhan, Şule"
        ),
        _w(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,"
            "Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek"
        ),
    ),
    "polish": (
        _w(
            "Katarzyna, Grzegorz, Agnieszka, Piotr, Małgorzata, Krzysztof, Magdalena, Tomasz, Joanna,"
            "Paweł, Zofia, Łukasz, Aleksandra, Wojciech, Ewa, Jędrzej, Bożena, Przemysław"
        ),
        _w(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,"
            "Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Brzęczyszczykiewicz,"
            "Grabowski, Pawłowski, Michalak, Król"
        ),
    ),
    "brazilian": (
        _w(
            "João Pedro, Maria Eduarda, Ana Clara, Lucas, Gabriel, Beatriz, Rafael, Juliana, Thiago,"
            "Larissa, Matheus, Fernanda, Vinícius, Camila, Luiz Henrique, Thaís"
        ),
        _w(
            "da Silva, dos Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes,"
            "Costa, Ribeiro, Martins, Carvalho, de Almeida, Nascimento, Araújo, Barbosa"
        ),
    ),
    "portuguese": (
        _w(
            "Inês, Tiago, Beatriz, Duarte, Mariana, Rodrigo, Leonor, Gonçalo, Matilde, Afonso, Rita,"
            "João"
        ),
        _w(
            "Ferreira, Pereira, Costa, Martins, Sousa, Rodrigues, Fernandes, Gonçalves, Lopes, Marques,"
            "Carvalho, Teixeira, Mendes, Pinto, Vaz"
        ),
    ),
    "german": (
        _w(
            "Hans-Jürgen, Anna-Lena, Lukas, Sophie, Maximilian, Katharina, Jürgen, Ursula, Felix, Lea,"
            "Günther, Brigitte, Jonas, Marie, Dieter, Sabine, Uwe, Heike, Reto, Ueli, Vreni, Florian"
        ),
        _w(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,"
            "Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Zimmermann, von Bülow,"
            "Meyer-Lindenberg, Weiß, Groß, Krüger, Hartmann, Brunner, Gerber, Huber, Moser, zu Stolberg"
        ),
    ),
    "french": (
        _w(
            "Jean-Baptiste, Marie-Claire, Camille, Louis, Chloé, Théo, Manon, Hugo, Léa, Mathis,"
            "Élodie, François, Amélie, Benoît, Inès, Anaïs, Jean-Pierre, Océane"
        ),
        _w(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon,"
            "Laurent, Lefèvre, Michel, Fontaine, Rousseau, Blanc, Guérin, de La Fontaine, Le Goff,"
            "Lemaire, Mercier, Girard, Bonnet, Faure, d'Aubigné"
        ),
    ),
    "flemish": (
        _w("Pieter, Lotte, Wout, Jens, Lien, Sofie, Bram, Annelies, Koen, Els"),
        _w(
            "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,"
            "Van den Broeck, Vermeulen, Van Damme, De Backer"
        ),
    ),
    "dutch": (
        _w(
            "Jan, Sanne, Daan, Femke, Bram, Lotte, Sem, Fleur, Thijs, Anouk, Joost, Marieke, Ruud,"
            "Ingrid, Koen, Willemijn"
        ),
        _w(
            "de Vries, van der Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder,"
            "de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, van 't Hof, van den Heuvel, Brouwer,"
            "ter Horst"
        ),
    ),
    "spanish": (
        _w(
            "María José, José Luis, Lucía, Javier, Carmen, Alejandro, Pilar, Álvaro, Marta, Sergio,"
            "Nuria, Iñigo, Raquel, Jorge, Ainhoa, Guadalupe, Juan Carlos, Ximena, Facundo, Agustina,"
            "Florencia, Micaela"
        ),
        _w(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín,"
            "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, de la Fuente, Iglesias,"
            "Castro, Ortega, Etxeberria, Sosa, Benítez, Acosta"
        ),
    ),
    "italian": (
        _w(
            "Giuseppe, Francesca, Marco, Giulia, Alessandro, Chiara, Lorenzo, Federica, Matteo,"
            "Valentina, Giovanni, Elisa, Salvatore, Martina, Gianluca, Maria Grazia"
        ),
        _w(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno,"
            "Gallo, Conti, De Luca, Di Stefano, D'Angelo, Lo Bianco, Mancini, Giordano, Rizzo,"
            "Lombardi, Moretti, Barbieri, Fontana"
        ),
    ),
    "nordic": (
        _w(
            "Björn, Astrid, Erik, Ingrid, Lars, Karin, Oskar, Elin, Johan, Maja, Håkon, Sigrid,"
            "Eirik, Søren, Mette, Freja, Rasmus, Mikko, Aino, Juha, Johanna, Antti, Sanna"
        ),
        _w(
            "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Åström, Lindqvist, Bergström,"
            "Sjöberg, Hansen, Johansen, Haugen, Solheim, Jensen, Nielsen, Sørensen, Møller, Kjær,"
            "Korhonen, Virtanen, Mäkinen, Nieminen, Hämäläinen, Järvinen"
        ),
    ),
}

FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
_VN_MIDDLE = _w("Văn, Thị, Minh, Thanh, Đức, Ngọc, Hữu, Thu")


@dataclass(frozen=True)
class Name:
    """One person's name: `full` as usually written in the culture, and its parts."""

    given: str
    family: str
    full: str
    culture: str


def _polish_family(given: str, family: str) -> str:
    female = given.endswith("a")
    if female and family.endswith(("ski", "cki", "dzki")):
        return family[:-1] + "a"
    return family


def person(rng: random.Random, culture: str) -> Name:
    given_names, families = CULTURES[culture]
    given = rng.choice(given_names)
    family = rng.choice(families)
    if culture == "polish":
        family = _polish_family(given, family)
    if culture in ("spanish", "brazilian") and rng.random() < 0.6:
        other = rng.choice(families)
        if other != family:
            family = f"{family} {other}" if culture == "spanish" else f"{other} {family}"
    if culture == "vietnamese":
        full = f"{family} {rng.choice(_VN_MIDDLE)} {given}"
        if rng.random() < 0.3:
            full = plain(full)
        return Name(given, family, full, culture)
    if culture == "arabic" and rng.random() < 0.25:
        father = rng.choice(
            [f for f in ("Khalid", "Saeed", "Abdullah", "Hamad", "Rashid") if f != given]
        )
        return Name(given, family, f"{given} bin {father} {family}", culture)
    if culture in FAMILY_FIRST and rng.random() < 0.6:
        return Name(given, family, f"{family} {given}", culture)
    if culture == "indian" and rng.random() < 0.2:
        return Name(given, family, f"{family[0]}. {given}", culture)
    return Name(given, family, f"{given} {family}", culture)


def variant(rng: random.Random, name: Name) -> str:
    """The same name written another way people write it: initials, surname first, upper case."""
    g, f = name.given, name.family
    return rng.choice(
        (name.full, name.full, f"{g[0]}. {f}", f"{f}, {g}", f"{f.upper()} {g}", f"{g} {f[0]}.")
    )


def plain(text: str) -> str:
    """Drop diacritics, as in e-mail addresses and ASCII-only forms."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


# People in the news: kept when the text is about them in public life (labelled PUBLIC_FIGURE).
PUBLIC_FIGURES = _w(
    "Angela Merkel, Emmanuel Macron, Pedro Sánchez, Giorgia Meloni, Olaf Scholz, Ursula von der Leyen,"
    "Narendra Modi, Lula da Silva, Recep Tayyip Erdoğan, Donald Tusk, Mark Rutte, Christine Lagarde"
)
