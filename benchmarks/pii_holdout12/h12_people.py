"""Names, places, companies and public figures of the six countries, native script beside Latin.

Hand-written short lists. Romanisation: Revised Romanization (KR), Hepburn (JP), Hanyu Pinyin
(CN), RTGS (TH), the spellings on UAE and Iranian passports (AE, IR). Postcodes are the districts'
real ones (KR 5 digits since 2015, JP 〒NNN-NNNN, CN 6 digits, TH 5 digits, IR 10 digits); the UAE
has no postal codes for homes, so its addresses end with the emirate.
"""

from __future__ import annotations

# (native, latin, extra) — extra is kana for Japanese names.
KR_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
             ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim")]  # fmt: skip
KR_GIVEN = [("민준", "Min-jun", "m"), ("서연", "Seo-yeon", "f"), ("지훈", "Ji-hoon", "m"),
            ("수빈", "Su-bin", "f"), ("예은", "Ye-eun", "f"), ("도윤", "Do-yoon", "m"),
            ("하은", "Ha-eun", "f"), ("현우", "Hyun-woo", "m"), ("지민", "Ji-min", "f"),
            ("성호", "Seong-ho", "m")]  # fmt: skip
JP_FAMILY = [("佐藤", "Sato", "さとう"), ("鈴木", "Suzuki", "すずき"), ("高橋", "Takahashi", "たかはし"),
             ("田中", "Tanaka", "たなか"), ("渡辺", "Watanabe", "わたなべ"), ("伊藤", "Ito", "いとう"),
             ("山本", "Yamamoto", "やまもと"), ("中村", "Nakamura", "なかむら"),
             ("小林", "Kobayashi", "こばやし"), ("加藤", "Kato", "かとう")]  # fmt: skip
JP_GIVEN = [("翔太", "Shota", "しょうた", "m"), ("陽菜", "Hina", "ひな", "f"),
            ("大輝", "Daiki", "だいき", "m"), ("美咲", "Misaki", "みさき", "f"),
            ("健一", "Kenichi", "けんいち", "m"), ("由美", "Yumi", "ゆみ", "f"),
            ("拓也", "Takuya", "たくや", "m"), ("彩", "Aya", "あや", "f"),
            ("直樹", "Naoki", "なおき", "m"), ("優子", "Yuko", "ゆうこ", "f")]  # fmt: skip
CN_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
             ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"),
             ("欧阳", "Ouyang")]  # fmt: skip
CN_GIVEN = [("伟", "Wei", "m"), ("芳", "Fang", "f"), ("秀英", "Xiuying", "f"), ("敏", "Min", "f"),
            ("静", "Jing", "f"), ("强", "Qiang", "m"), ("磊", "Lei", "m"), ("军", "Jun", "m"),
            ("婷婷", "Tingting", "f"), ("浩然", "Haoran", "m"), ("子涵", "Zihan", "f")]  # fmt: skip
TH_GIVEN = [("สมชาย", "Somchai", "m"), ("สมศรี", "Somsri", "f"), ("วิไล", "Wilai", "f"),
            ("ประเสริฐ", "Prasoet", "m"), ("กิตติพงษ์", "Kittiphong", "m"),
            ("นภัสสร", "Naphatsorn", "f"), ("ธนากร", "Thanakorn", "m"),
            ("พิมพ์ชนก", "Phimchanok", "f"), ("อนุชา", "Anucha", "m")]  # fmt: skip
TH_FAMILY = [("ศรีสุข", "Srisuk"), ("วงศ์ไทย", "Wongthai"), ("แก้วมณี", "Kaewmanee"),
             ("บุญมา", "Boonma"), ("สุวรรณรัตน์", "Suwannarat"), ("จันทร์เพ็ญ", "Chanphen"),
             ("ทองดี", "Thongdi"), ("รัตนวงศ์", "Rattanawong")]  # fmt: skip
TH_NICK = [("น้อย", "Noi"), ("พลอย", "Ploy"), ("เอ", "Ae"), ("ต้น", "Ton"), ("มิ้นท์", "Mint")]
AE_GIVEN = [("محمد", "Mohammed", "m"), ("أحمد", "Ahmed", "m"), ("خالد", "Khalid", "m"),
            ("سعيد", "Saeed", "m"), ("راشد", "Rashid", "m"), ("حمدان", "Hamdan", "m"),
            ("فاطمة", "Fatima", "f"), ("مريم", "Maryam", "f"), ("عائشة", "Aisha", "f"),
            ("نورة", "Noura", "f"), ("شما", "Shamma", "f")]  # fmt: skip
AE_FATHER = [("راشد", "Rashid"), ("سعيد", "Saeed"), ("عبدالله", "Abdulla"), ("سالم", "Salem"),
             ("علي", "Ali"), ("حمد", "Hamad"), ("سلطان", "Sultan")]  # fmt: skip
AE_FAMILY = [("المنصوري", "Al Mansoori"), ("الكعبي", "Al Kaabi"), ("الشامسي", "Al Shamsi"),
             ("النعيمي", "Al Nuaimi"), ("الظاهري", "Al Dhaheri"), ("المهيري", "Al Muhairi"),
             ("البلوشي", "Al Balushi"), ("الفلاسي", "Al Falasi")]  # fmt: skip
IR_GIVEN = [("علی", "Ali", "m"), ("رضا", "Reza", "m"), ("محمد", "Mohammad", "m"),
            ("حسین", "Hossein", "m"), ("امیر", "Amir", "m"), ("مریم", "Maryam", "f"),
            ("زهرا", "Zahra", "f"), ("فاطمه", "Fatemeh", "f"), ("سارا", "Sara", "f"),
            ("نگار", "Negar", "f")]  # fmt: skip
IR_FAMILY = [("محمدی", "Mohammadi"), ("حسینی", "Hosseini"), ("رضایی", "Rezaei"),
             ("احمدی", "Ahmadi"), ("کریمی", "Karimi"), ("موسوی", "Mousavi"),
             ("جعفری", "Jafari"), ("صادقی", "Sadeghi"), ("نوری‌زاده", "Nourizadeh")]  # fmt: skip

# Streets: (native, latin, district native, district latin, town native, town latin, postcode)
KR_STREETS = [
    ("테헤란로", "Teheran-ro", "강남구", "Gangnam-gu", "서울특별시", "Seoul", "06234"),
    ("올림픽로", "Olympic-ro", "송파구", "Songpa-gu", "서울특별시", "Seoul", "05551"),
    ("마포대로", "Mapo-daero", "마포구", "Mapo-gu", "서울특별시", "Seoul", "04175"),
    ("해운대로", "Haeundae-ro", "해운대구", "Haeundae-gu", "부산광역시", "Busan", "48095"),
    ("동대구로", "Dongdaegu-ro", "수성구", "Suseong-gu", "대구광역시", "Daegu", "42115"),
]
JP_STREETS = [
    ("神宮前", "Jingumae", "渋谷区", "Shibuya-ku", "東京都", "Tokyo", "150-0001"),
    ("高円寺南", "Koenjiminami", "杉並区", "Suginami-ku", "東京都", "Tokyo", "166-0003"),
    ("梅田", "Umeda", "大阪市北区", "Kita-ku, Osaka", "大阪府", "Osaka", "530-0001"),
    ("栄", "Sakae", "名古屋市中区", "Naka-ku, Nagoya", "愛知県", "Aichi", "460-0008"),
    ("大通西", "Odori-nishi", "札幌市中央区", "Chuo-ku, Sapporo", "北海道", "Hokkaido", "060-0042"),
]
CN_STREETS = [
    ("建国路", "Jianguo Lu", "朝阳区", "Chaoyang District", "北京市", "Beijing", "100022"),
    ("学院路", "Xueyuan Lu", "海淀区", "Haidian District", "北京市", "Beijing", "100083"),
    ("世纪大道", "Shiji Dadao", "浦东新区", "Pudong New Area", "上海市", "Shanghai", "200120"),
    ("天河路", "Tianhe Lu", "天河区", "Tianhe District", "广州市", "Guangzhou", "510620"),
    ("文三路", "Wensan Lu", "西湖区", "Xihu District", "杭州市", "Hangzhou", "310012"),
]
TH_STREETS = [
    ("ถนนสุขุมวิท", "Sukhumvit Rd", "แขวงคลองเตย เขตคลองเตย", "Khlong Toei", "กรุงเทพมหานคร",
     "Bangkok", "10110"),
    ("ถนนลาดพร้าว", "Lat Phrao Rd", "แขวงจอมพล เขตจตุจักร", "Chatuchak", "กรุงเทพมหานคร",
     "Bangkok", "10900"),
    ("ถนนนิมมานเหมินท์", "Nimmanhaemin Rd", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่", "Mueang Chiang Mai",
     "จังหวัดเชียงใหม่", "Chiang Mai", "50200"),
    ("ถนนมิตรภาพ", "Mittraphap Rd", "ตำบลในเมือง อำเภอเมืองขอนแก่น", "Mueang Khon Kaen",
     "จังหวัดขอนแก่น", "Khon Kaen", "40000"),
]  # fmt: skip
AE_STREETS = [
    ("البرشاء 2", "Al Barsha 2", "", "", "دبي", "Dubai", ""),
    ("مردف", "Mirdif", "", "", "دبي", "Dubai", ""),
    ("خليفة أ", "Khalifa City A", "", "", "أبوظبي", "Abu Dhabi", ""),
    ("الخالدية", "Al Khalidiya", "", "", "أبوظبي", "Abu Dhabi", ""),
    ("النهدة", "Al Nahda", "", "", "الشارقة", "Sharjah", ""),
]
IR_STREETS = [
    ("خیابان ولیعصر", "Valiasr St.", "کوچه بهار", "Bahar Alley", "تهران", "Tehran", "1594735811"),
    ("خیابان شریعتی", "Shariati St.", "کوچه یاس", "Yas Alley", "تهران", "Tehran", "1937944311"),
    ("بلوار چمران", "Chamran Blvd.", "کوچه ۱۲", "Alley 12", "شیراز", "Shiraz", "7194815731"),
    ("خیابان چهارباغ", "Chaharbagh St.", "کوچه لاله", "Laleh Alley", "اصفهان", "Isfahan",
     "8173964411"),
]  # fmt: skip

STREETS = {"KR": KR_STREETS, "JP": JP_STREETS, "CN": CN_STREETS, "TH": TH_STREETS,
           "AE": AE_STREETS, "IR": IR_STREETS}  # fmt: skip

# Companies: (native, latin, address as written, mail domain, switchboard or hotline)
COMPANIES = {
    "KR": [
        (
            "주식회사 한빛물산",
            "Hanbit Trading Co., Ltd.",
            "서울특별시 중구 세종대로 110 한빛빌딩 7층",
            "hanbit.co.kr",
            "1588-3820",
        ),
        ("배달나라", "Baedal Nara", "서울특별시 송파구 위례성대로 2", "baedalnara.kr", "1600-0987"),
        (
            "서울한빛초등학교",
            "Seoul Hanbit Elementary School",
            "서울특별시 종로구 율곡로 88",
            "hanbit.es.kr",
            "02-745-2211",
        ),
        (
            "한결텔레콤",
            "Hangyeol Telecom",
            "서울특별시 중구 을지로 65 한결타워",
            "hangyeol.co.kr",
            "114",
        ),
    ],
    "JP": [
        (
            "株式会社さくら商事",
            "Sakura Shoji Co., Ltd.",
            "東京都千代田区丸の内2-7-3 東京ビル12階",
            "sakura-shoji.co.jp",
            "0120-345-678",
        ),
        (
            "みどり運輸株式会社",
            "Midori Transport",
            "大阪府大阪市中央区本町3-5-7",
            "midori-unyu.jp",
            "0570-012-345",
        ),
        (
            "青葉学園",
            "Aoba Gakuen",
            "東京都世田谷区北沢2-14-1",
            "aoba-gakuen.ed.jp",
            "03-3468-1120",
        ),
        (
            "ひかりモバイル株式会社",
            "Hikari Mobile Inc.",
            "東京都港区虎ノ門1-2-8 虎ノ門ビル5階",
            "hikari-mobile.jp",
            "0800-700-1234",
        ),
    ],
    "CN": [
        (
            "北京华信科技有限公司",
            "Beijing Huaxin Technology Co., Ltd.",
            "北京市海淀区中关村大街27号 华信大厦8层",
            "huaxin-tech.cn",
            "400-810-2266",
        ),
        (
            "上海东方快递有限公司",
            "Shanghai Dongfang Express",
            "上海市静安区南京西路1266号",
            "dfexpress.com.cn",
            "95338",
        ),
        (
            "杭州明德中学",
            "Hangzhou Mingde Middle School",
            "杭州市西湖区文一路58号",
            "mingde.edu.cn",
            "0571-8888-2101",
        ),
        (
            "中联通信有限公司",
            "Zhonglian Telecom",
            "北京市西城区金融大街21号",
            "zltel.cn",
            "400-600-1234",
        ),
    ],
    "TH": [
        (
            "บริษัท สยามเดลิเวอรี่ จำกัด",
            "Siam Delivery Co., Ltd.",
            "999/9 อาคารสาทรทาวเวอร์ ถนนสาทรใต้ แขวงยานนาวา เขตสาทร กรุงเทพมหานคร 10120",
            "siamdelivery.co.th",
            "02-118-3000",
        ),
        (
            "โรงเรียนอนุบาลสายรุ้ง",
            "Sairung Kindergarten",
            "55 ถนนพหลโยธิน เขตพญาไท กรุงเทพมหานคร 10400",
            "sairung.ac.th",
            "1175",
        ),
        (
            "ไทยโมบายเน็ต",
            "Thai MobileNet",
            "1 อาคารไทยโมบาย ถนนวิภาวดีรังสิต เขตจตุจักร กรุงเทพมหานคร 10900",
            "thaimobilenet.co.th",
            "1678",
        ),
    ],
    "AE": [
        (
            "مؤسسة النخلة للتوصيل",
            "Al Nakhla Delivery LLC",
            "Office 1203, Bay Square Building 5, Business Bay, Dubai",
            "alnakhla.ae",
            "800 6254",
        ),
        (
            "اتصالات الخليج",
            "Gulf Telecom PJSC",
            "P.O. Box 3838, Al Salam Street, Abu Dhabi",
            "gulftelecom.ae",
            "600 540000",
        ),
        (
            "مدرسة الريادة الخاصة",
            "Al Riyada Private School",
            "Street 17, Al Qusais 2, Dubai",
            "alriyada.sch.ae",
            "04 263 8800",
        ),
    ],
    "IR": [
        (
            "شرکت پیک سریع پارس",
            "Pars Express Courier",
            "تهران، خیابان آزادی، پلاک ۲۱۰",
            "parsexpress.ir",
            "021 6602 5000",
        ),
        (
            "همراه نوین",
            "Hamrah Novin",
            "تهران، بزرگراه مدرس، برج نوین، طبقه ۹",
            "hamrahnovin.ir",
            "9990",
        ),
        (
            "دبیرستان فرهنگ",
            "Farhang High School",
            "اصفهان، خیابان چهارباغ بالا، پلاک ۳۳",
            "farhang-school.ir",
            "031 3623 4410",
        ),
    ],
}

# Public figures and their published birth dates (look-alikes: FAMOUS_PERSON, FAMOUS_BIRTH_DATE).
FAMOUS = {
    "KR": [("세종대왕", "King Sejong", "1397-05-15"), ("김연아", "Kim Yuna", "1990-09-05")],
    "JP": [
        ("夏目漱石", "Natsume Soseki", "1867-02-09"),
        ("大谷翔平", "Ohtani Shohei", "1994-07-05"),
    ],
    "CN": [("鲁迅", "Lu Xun", "1881-09-25"), ("屠呦呦", "Tu Youyou", "1930-12-30")],
    "TH": [("สุนทรภู่", "Sunthorn Phu", "1786-06-26"), ("ภูมิพล", "Bhumibol", "1927-12-05")],
    "AE": [("زايد بن سلطان آل نهيان", "Zayed bin Sultan Al Nahyan", "1918-05-06")],
    "IR": [
        ("عباس کیارستمی", "Abbas Kiarostami", "1940-06-22"),
        ("مریم میرزاخانی", "Maryam Mirzakhani", "1977-05-12"),
    ],
}

EMAIL_DOMAINS = {
    "KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
    "CN": ["qq.com", "163.com", "126.com", "foxmail.com"],
    "TH": ["hotmail.com", "gmail.com", "yahoo.co.th"],
    "AE": ["gmail.com", "outlook.com", "emirates.net.ae"],
    "IR": ["gmail.com", "yahoo.com", "chmail.ir"],
}

LANGS = {"KR": "ko", "JP": "ja", "CN": "zh", "TH": "th", "AE": "ar", "IR": "fa"}

# Which entry of COMPANIES plays which part in a layout.
ROLE_INDEX = {
    "shop": {"KR": 0, "JP": 0, "CN": 0, "TH": 0, "AE": 0, "IR": 0},
    "delivery": {"KR": 1, "JP": 1, "CN": 1, "TH": 0, "AE": 0, "IR": 0},
    "school": {"KR": 2, "JP": 2, "CN": 2, "TH": 1, "AE": 2, "IR": 2},
    "telco": {"KR": 3, "JP": 3, "CN": 3, "TH": 2, "AE": 1, "IR": 1},
}

# Number plates, one pattern per country ('9' a digit): KR 2019 format, JP region + class + kana,
# CN province abbreviation + letter, TH Bangkok, AE Dubai, IR (Persian digits, the province code last).
PLATES = {
    "KR": ["999가 9999", "99나 9999"],
    "JP": ["品川 399 あ 99-99", "なにわ 599 さ 99-99"],
    "CN": ["京A·9K999", "沪B·D9999"],
    "TH": ["9กข 9999 กรุงเทพมหานคร"],
    "AE": ["Dubai P 99999", "Abu Dhabi 9 99999"],
    "IR": ["۹۹ ب ۹۹۹ ایران ۹۹"],
}
