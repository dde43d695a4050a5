"""Cue words of many languages, one row per language: what a form, a letter or a chat says
before a date of birth, an identity number, a password or a one-time code, and a phone number.

The earlier lists (lexicon.py) hold the languages the development corpora had; these rows add
the field labels and the everyday words of 50 more languages, so that a cue is found in a
language no corpus had. The words are the common translations of the terms, as the multilingual
forms of public administrations print them (the EU's e-forms and Schengen visa form in every
EU language, the UN's forms in its six languages) and as Wiktionary's translation tables for
"date of birth", "born", "identity card", "password", "verification code" and "telephone" give
them; each was checked against at least one of those. Written as they are spelled, accents
included; readers match them case-blind and, for field names, without their accents too.

Data only; lexicon.py's last block folds the rows into its cue words and field names.
"""

from __future__ import annotations

# --- dates of birth: a label or a verb before the date ------------------------------------------
# (lang, words). The label ("date of birth") and the verb or participle ("born").
DOB: tuple[tuple[str, str], ...] = (
    (
        "el",
        "ημερομηνία γέννησης|ημ/νία γέννησης|ημ. γέννησης|ημ.γέννησης|γεννήθηκε|γέννηση|"
        "imerominia gennisis|gennithike",
    ),
    ("ru", "дата рождения|дата рожд.|родился|родилась|год рождения|д.р."),
    ("uk", "дата народження|народився|народилася|народилась|рік народження"),
    ("be", "дата нараджэння|нарадзіўся|нарадзілася"),
    ("bg", "дата на раждане|роден|родена|рождена дата"),
    ("sr", "датум рођења|рођен|рођена"),
    ("mk", "датум на раѓање|роден на|родена на"),
    ("sl", "datum rojstva|rojen|rojena"),
    ("lt", "gimimo data|gim. data|gim. d.|gimė|gimęs|gimusi"),
    ("lv", "dzimšanas datums|dzimis|dzimusi|dzim."),
    ("et", "sünniaeg|sünnikuupäev|sündinud|sünd."),
    ("is", "fæðingardagur|fæðingardag|fæddur|fædd"),
    ("ga", "dáta breithe|rugadh"),
    ("mt", "data tat-twelid|twieled|twieldet"),
    ("cy", "dyddiad geni|ganwyd"),
    ("ca", "data de naixement|nascut|nascuda"),
    ("eu", "jaiotze data|jaiotze-data|jaio zen"),
    ("gl", "data de nacemento"),
    ("sq", "datëlindja|data e lindjes|i lindur|e lindur|lindur më"),
    ("af", "geboortedatum|geb. datum|gebore"),
    # (forms abbreviate the label: Hungarian `szül. idő`, Lithuanian `gim. data`)
    ("hu", "szül. idő|szül. dátum|szül. dát."),
    (
        "id",
        "tanggal lahir|tgl lahir|tgl. lahir|tempat/tanggal lahir|tempat, tanggal lahir|"
        "tempat tgl lahir|lahir|dilahirkan|kelahiran",
    ),
    ("ms", "tarikh lahir|tarikh kelahiran|dilahirkan"),
    ("tl", "petsa ng kapanganakan|kapanganakan|ipinanganak|isinilang|kaarawan"),
    ("sw", "tarehe ya kuzaliwa|alizaliwa|amezaliwa|kuzaliwa"),
    ("ha", "ranar haihuwa|an haife"),
    ("yo", "ọjọ́ ìbí|ojo ibi"),
    ("zu", "usuku lokuzalwa|wazalwa"),
    ("xh", "umhla wokuzalwa|wazalwa"),
    ("am", "የትውልድ ቀን|የተወለደበት"),
    ("vi", "ngày sinh|ngay sinh|sinh ngày|sinh ngay|ngày tháng năm sinh|năm sinh"),
    ("th", "วันเกิด|เกิดวันที่|วัน เดือน ปี เกิด|เกิดเมื่อ"),
    ("km", "ថ្ងៃខែឆ្នាំកំណើត"),
    ("my", "မွေးနေ့"),
    (
        "ar",
        "تاريخ الميلاد|تاريخ الولادة|تاريخ ميلاد|مواليد|ولد في|ولدت في|وُلد في|وُلدت في|المولود في",
    ),
    ("he", "תאריך לידה|תאריך הלידה|ת. לידה|נולד ב|נולדה ב|נולד|נולדה"),
    ("fa", "تاریخ تولد|تاريخ تولد|متولد"),
    ("ur", "تاریخ پیدائش|پیدائش"),
    ("hi", "जन्म तिथि|जन्मतिथि|जन्म दिनांक|जन्म की तारीख|जन्म"),
    ("mr", "जन्मतारीख|जन्म तारीख"),
    ("ne", "जन्म मिति"),
    ("bn", "জন্ম তারিখ|জন্মতারিখ|জন্ম"),
    ("pa", "ਜਨਮ ਮਿਤੀ|ਜਨਮ ਤਾਰੀਖ"),
    ("gu", "જન્મ તારીખ"),
    ("ta", "பிறந்த தேதி|பிறந்த நாள்"),
    ("te", "పుట్టిన తేదీ"),
    ("kn", "ಹುಟ್ಟಿದ ದಿನಾಂಕ|ಜನ್ಮ ದಿನಾಂಕ"),
    ("ml", "ജനന തീയതി"),
    ("si", "උපන් දිනය"),
    ("ka", "დაბადების თარიღი|დაიბადა"),
    ("hy", "ծննդյան ամսաթիվ|ծնվել է"),
    ("az", "doğum tarixi|anadan olub"),
    ("kk", "туған күні|туған жылы"),
    ("uz", "tug'ilgan sana|tugʻilgan sana|tug‘ilgan sana"),
    ("mn", "төрсөн огноо"),
    ("zh", "出生日期|出生年月日|出生年月|生日|出生于|出生於|生于|生於"),
    ("ja", "生年月日|誕生日|生まれ"),
    ("ko", "생년월일|출생일|생일|출생"),
)
# Scripts written without spaces between words: their cues are found inside a run of letters.
UNSPACED_LANGS = frozenset({"zh", "ja", "ko", "th", "km", "my"})

# --- identity numbers: the name of the number or the card -----------------------------------------
# Generic words ("ID number", "identity card", "personal number", "social security number"; not
# the tax numbers, which companies have too: ΑΦΜ, NPWP, ИНН, TIN);
# schemes with a check digit are named by python-stdnum's own docstrings (ids_world.py).
ID: tuple[tuple[str, str], ...] = (
    ("el", "αριθμός ταυτότητας|αρ. ταυτότητας|α.δ.τ.|αδτ|ταυτότητα|amka|αμκα"),
    ("ru", "номер паспорта|паспорт|снилс|удостоверение личности|личный номер"),
    ("uk", "номер паспорта|паспорт|ідентифікаційний номер|рнокпп|іпн|унзр"),
    ("bg", "егн|лична карта|лк №|единен граждански номер"),
    ("sr", "јмбг|jmbg|лична карта|lična karta|matični broj"),
    ("sl", "emšo|emso|osebna izkaznica|davčna številka"),
    ("lt", "asmens kodas|asmens tapatybės kortelė|paso numeris"),
    ("lv", "personas kods|pases numurs|personas apliecība"),
    ("et", "isikukood|isikutunnistus|passi number"),
    ("is", "kennitala|kt."),
    ("mt", "numru tal-karta tal-identità|karta tal-identità"),
    ("ca", "número d'identitat|document d'identitat"),
    ("sq", "numri personal|numri i identitetit|letërnjoftim"),
    ("hr", "oib|osobna iskaznica|broj osobne"),
    ("hu", "személyi szám|személyi igazolvány|adóazonosító jel|taj szám|taj-szám|tajszám"),
    ("ro", "cod numeric personal|carte de identitate|seria și numărul|buletin"),
    ("pl", "numer dowodu|dowód osobisty|nr dowodu"),
    ("cs", "číslo občanského průkazu|občanský průkaz|číslo op"),
    ("sk", "rodné číslo|občiansky preukaz"),
    ("fi", "henkilötunnus|hetu|henkilökortti|passin numero"),
    ("sv", "personnummer|id-kort|passnummer|samordningsnummer"),
    ("da", "cpr-nummer|cpr-nr|personnummer|sygesikringskort"),
    ("no", "fødselsnummer|personnummer|d-nummer"),
    (
        "tr",
        "t.c. kimlik no|tc kimlik no|t.c. kimlik|tc kimlik|kimlik numarası|kimlik no|tckn|"
        "nüfus cüzdanı|pasaport no",
    ),
    (
        "pt",
        "número de identificação|bilhete de identidade|rg|registro geral|carteira de identidade|cpf",
    ),
    (
        "id",
        "nik|no. ktp|nomor ktp|ktp|nomor induk kependudukan|nomor identitas|no. identitas|"
        "no. paspor|nomor paspor",
    ),
    ("ms", "no. kad pengenalan|nombor kad pengenalan|kad pengenalan|mykad|nric"),
    ("tl", "sss no|sss number|sss|philsys|psn|umid|gsis|philhealth|pag-ibig"),
    (
        "sw",
        "nambari ya kitambulisho|kitambulisho cha taifa|kitambulisho|namba ya kitambulisho|"
        "nambari ya utambulisho",
    ),
    ("ha", "lambar shaida"),
    ("yo", "nọ́mbà ìdánimọ̀"),
    ("en-africa", "nin|national identification number|omang|ghana card|huduma number"),
    ("vi", "số cmnd|cmnd|số cccd|cccd|căn cước công dân|chứng minh nhân dân|số định danh"),
    ("th", "เลขประจำตัวประชาชน|บัตรประชาชน|เลขบัตรประชาชน"),
    (
        "ar",
        "رقم الهوية|الرقم القومي|رقم البطاقة|الرقم الوطني|رقم جواز السفر|بطاقة الهوية|"
        "رقم الإقامة|الهوية الوطنية|emirates id",
    ),
    ("he", 'תעודת זהות|מספר זהות|ת.ז.|ת"ז|ת.ז'),
    ("fa", "کد ملی|كد ملي|شماره ملی|شماره شناسنامه"),
    ("ur", "شناختی کارڈ|قومی شناختی کارڈ|cnic"),
    ("hi", "आधार संख्या|आधार नंबर|आधार|पहचान संख्या|पैन"),
    ("bn", "জাতীয় পরিচয়পত্র|এনআইডি|nid no|nid"),
    ("ta", "ஆதார் எண்"),
    ("ka", "პირადი ნომერი"),
    ("hy", "անձնագիր"),
    ("az", "fin kod|şəxsiyyət vəsiqəsi"),
    ("kk", "иин|жсн"),
    ("zh", "身份证号码|身份证号|身份证|身分證字號|身分證|身份證號碼|身份證"),
    ("ja", "マイナンバー|個人番号|旅券番号|パスポート番号"),
    ("ko", "주민등록번호|주민번호|여권번호"),
    ("en-asia", "hkid|nric|fin no|mykad|cnic|nic no|aadhaar no|pan no"),
)
# The abbreviations among ID above that are words elsewhere: they are cues only in capitals.
ID_CAPITALS = frozenset({"nik", "sss", "psn", "nin", "rg", "pan no", "nid", "cmnd", "cccd", "kt."})

# --- passwords, PINs and one-time codes -----------------------------------------------------------
PASSWORD: tuple[tuple[str, str], ...] = (
    ("el", "κωδικός πρόσβασης|κωδικός|συνθηματικό|kodikos"),
    ("ru", "пароль"),
    ("uk", "пароль"),
    ("bg", "парола"),
    ("sr", "лозинка|lozinka"),
    ("mk", "лозинка"),
    ("sl", "geslo"),
    ("lt", "slaptažodis|slaptazodis"),
    ("lv", "parole"),
    ("et", "parool|salasõna"),
    ("is", "lykilorð"),
    ("ga", "pasfhocal"),
    ("ca", "contrasenya"),
    ("eu", "pasahitza"),
    ("gl", "contrasinal"),
    ("sq", "fjalëkalimi|fjalëkalim"),
    ("af", "wagwoord"),
    ("id", "kata sandi|sandi"),
    ("ms", "kata laluan"),
    ("tl", "password"),
    ("sw", "nenosiri|neno la siri"),
    ("vi", "mật khẩu|mat khau"),
    ("th", "รหัสผ่าน"),
    ("ar", "كلمة المرور|كلمة السر"),
    ("he", "סיסמה|סיסמא"),
    ("fa", "رمز عبور|گذرواژه"),
    ("ur", "پاس ورڈ"),
    ("hi", "पासवर्ड"),
    ("bn", "পাসওয়ার্ড"),
    ("ka", "პაროლი"),
    ("hy", "գաղտնաբառ"),
    ("az", "şifrə|parol"),
    ("kk", "құпиясөз"),
    ("zh", "密码|密碼"),
    ("ja", "パスワード|暗証番号"),
    ("ko", "비밀번호|암호"),
    ("tr", "şifre|parola"),
    ("pt", "senha|palavra-passe"),
)
# A code sent to confirm a login or a payment (its value is a secret while it is valid).
OTP: tuple[tuple[str, str], ...] = (
    (
        "en",
        "otp|one-time code|one-time password|one time password|verification code|"
        "security code|confirmation code|login code|2fa code|authentication code|passcode|pin code",
    ),
    ("de", "bestätigungscode|verifizierungscode|sicherheitscode|einmalcode|einmalpasswort"),
    ("fr", "code de vérification|code de sécurité|code de confirmation|code à usage unique"),
    ("es", "código de verificación|código de seguridad|código de confirmación|clave dinámica"),
    ("it", "codice di verifica|codice di sicurezza|codice di conferma"),
    ("pt", "código de verificação|código de segurança|código de confirmação"),
    ("nl", "verificatiecode|beveiligingscode|bevestigingscode|eenmalige code"),
    ("pl", "kod weryfikacyjny|kod bezpieczeństwa|kod potwierdzający|kod sms"),
    ("cs", "ověřovací kód|bezpečnostní kód|potvrzovací kód"),
    ("sk", "overovací kód|bezpečnostný kód"),
    ("sv", "verifieringskod|bekräftelsekod|engångskod|säkerhetskod"),
    ("da", "bekræftelseskode|engangskode|sikkerhedskode"),
    ("no", "bekreftelseskode|engangskode|sikkerhetskode"),
    ("fi", "vahvistuskoodi|turvakoodi|kertakäyttökoodi"),
    ("tr", "doğrulama kodu|doğrulama kodunuz|onay kodu|onay kodunuz|güvenlik kodu|tek kullanımlık"),
    ("hu", "ellenőrző kód|megerősítő kód|biztonsági kód"),
    (
        "ro",
        "cod de verificare|codul de verificare|de verificare|cod de confirmare|cod de securitate",
    ),
    ("hr", "verifikacijski kod|kod za potvrdu|sigurnosni kod"),
    ("sl", "potrditvena koda|varnostna koda"),
    (
        "el",
        "κωδικός επαλήθευσης|κωδικός μιας χρήσης|κωδικός επιβεβαίωσης|"
        "kodikos epalithefsis|kodikos epivevaiosis",
    ),
    ("ru", "код подтверждения|проверочный код|одноразовый код|код из смс"),
    ("uk", "код підтвердження|одноразовий код"),
    ("bg", "код за потвърждение|код за верификация"),
    ("lt", "patvirtinimo kodas"),
    ("lv", "verifikācijas kods|apstiprinājuma kods"),
    ("et", "kinnituskood"),
    ("id", "kode otp|kode verifikasi|kode keamanan|kode konfirmasi"),
    ("ms", "kod pengesahan|kod keselamatan"),
    ("tl", "verification code"),
    ("sw", "nambari ya uthibitisho|msimbo wa uthibitisho|uthibitisho"),
    ("vi", "mã xác nhận|mã xác thực|mã otp"),
    ("th", "รหัสยืนยัน|รหัส otp"),
    ("ar", "رمز التحقق|رمز التأكيد|كلمة المرور لمرة واحدة"),
    ("he", "קוד אימות|קוד חד פעמי"),
    ("fa", "کد تایید|کد تأیید|رمز یکبار مصرف"),
    ("hi", "सत्यापन कोड|ओटीपी"),
    ("bn", "যাচাইকরণ কোড"),
    ("zh", "验证码|驗證碼|校验码|动态码"),
    ("ja", "認証コード|確認コード|ワンタイムパスワード"),
    ("ko", "인증번호|인증 번호|인증코드|확인 코드"),
)

# --- phones: the word before a number -------------------------------------------------------------
PHONE: tuple[tuple[str, str], ...] = (
    ("el", "τηλέφωνο|τηλ.|κινητό|κιν.|tilefono|kinito"),
    ("ru", "телефон|тел.|моб.|мобильный"),
    ("uk", "телефон|тел.|мобільний"),
    ("bg", "телефон|тел.|мобилен"),
    ("sr", "телефон|тел.|мобилни|mobilni"),
    ("sl", "telefon|mobitel|gsm"),
    ("lt", "telefonas|tel. nr.|mob."),
    ("lv", "tālrunis|tālr.|mob."),
    ("et", "telefon|mobiil"),
    ("is", "sími|farsími"),
    ("hr", "mobitel|telefon|tel."),
    ("hu", "telefonszám|telefon|mobil"),
    ("ro", "telefon|mobil|nr. de telefon"),
    ("cs", "telefon|mobil|tel. č."),
    ("sk", "telefón|mobil"),
    ("pl", "telefon|komórka|tel. kom."),
    ("tr", "telefon|cep telefonu|cep tel|gsm|tel."),
    ("fi", "puhelin|puh.|matkapuhelin"),
    ("sv", "telefon|mobil"),
    ("da", "telefon|mobil|tlf."),
    ("no", "telefon|mobil|tlf."),
    ("ca", "telèfon|mòbil"),
    ("sq", "telefoni|celular"),
    ("id", "telepon|telp.|no. hp|nomor hp|hp|ponsel|wa"),
    ("ms", "telefon|no. tel|no. telefon|tel. bimbit"),
    ("tl", "cellphone no|cellphone|telepono|numero ng telepono|cp no"),
    ("sw", "simu|nambari ya simu|namba ya simu|rununu"),
    ("vi", "điện thoại|đt|sđt|số điện thoại|di động"),
    ("th", "โทรศัพท์|โทร.|มือถือ"),
    ("ar", "هاتف|الهاتف|جوال|الجوال|رقم الهاتف|موبايل"),
    ("he", "טלפון|נייד|טל."),
    ("fa", "تلفن|شماره تماس|موبایل|همراه"),
    ("ur", "فون|موبائل"),
    ("hi", "फ़ोन|फोन|मोबाइल"),
    ("bn", "ফোন|মোবাইল"),
    ("zh", "电话|電話|手机|手機|联系电话"),
    ("ja", "電話番号|電話|携帯"),
    ("ko", "전화번호|전화|휴대폰|핸드폰"),
)


def words(rows: tuple[tuple[str, str], ...]) -> list[str]:
    """Every word of the rows, longest first (an alternation tries its branches in order)."""
    out = {w.strip() for _lang, ws in rows for w in ws.split("|") if w.strip()}
    return sorted(out, key=lambda w: (-len(w), w))
