"""Documents, forms and files of hold-out 12, one function per layout, and the layout table."""

from __future__ import annotations

import datetime as dt

import h12_calendars as cal
import h12_checks as ck
import h12_people as pp
import h12_values as hv
from h12_chats import kakao_export, line_export, wechat_export
from h12_ctx import COUNTRIES, Ctx, stamp
from h12_values import Doc


def rirekisho(d: Doc, x: Ctx) -> str:
    """Japanese 履歴書 (JIS-style CV) pasted as a table: ふりがな, 氏名, 生年月日, 現住所, 学歴・職歴."""
    p = x.person()
    era, _, y = cal.jp_era(p.dob)
    asof = dt.date(2025 + x.r.randint(0, 1), x.r.randint(1, 12), x.r.randint(1, 28))
    age = asof.year - p.dob.year - ((asof.month, asof.day) < (p.dob.month, p.dob.day))
    d.t("履 歴 書\t\t").k(
        "OTHER_DATE", f"令和{asof.year - 2018}年{asof.month}月{asof.day}日現在"
    ).t("\n")
    d.t("ふりがな\t").s("PERSON", p.kana).t("\n氏名\t").s("PERSON", hv.name(p, x.r)).t("\n")
    d.t("生年月日\t").s("DATE_OF_BIRTH", f"{era}{y}年{p.dob.month}月{p.dob.day}日").t(
        f"生（満{age}歳）\n"
    )
    d.t("現住所\t").s("ADDRESS", hv.address(p, x.r).replace("\n", " ")).t("\n電話\t")
    d.s("PHONE", hv.phone_text(p.phone, "JP", x.r)).t("\nE-mail\t").s("EMAIL", p.email).t(
        "\n\n年\t月\t学歴・職歴\n"
    )
    y0 = p.dob.year + 22
    d.t(f"{y0}\t4\t")
    x.co(d)
    d.t(" 入社\n")
    d.t(f"{y0 + 3}\t3\t一身上の都合により退社\n\n免許・資格\t普通自動車第一種運転免許\n")
    d.t("本人希望記入欄\t連絡は平日18時以降、携帯へお願いします。\n")
    if x.r.random() < 0.5:
        d.t("マイナンバー\t").s("NATIONAL_ID", p.nid).t("\n")
    d.t("応募先\t")
    x.co(d)
    d.t("（")
    x.co_addr(d)
    d.t("） 採用担当 ")
    x.role_email(d, "saiyo")
    d.t("\n")
    return "ja"


def delivery_order(d: Doc, x: Ctx) -> str:
    """Food-delivery app order screen (Baemin, Demae-can, Meituan, LINE MAN, Talabat, Snappfood)."""
    p, rider = x.person(), x.person()
    lab = {
        "KR": ("주문번호", "배달주소", "연락처", "라이더", "가게", "결제", "요청사항"),
        "JP": ("注文番号", "お届け先", "電話番号", "配達員", "店舗", "お支払い", "備考"),
        "CN": ("订单号", "收货地址", "联系电话", "骑手", "商家", "支付方式", "备注"),
        "TH": ("หมายเลขออเดอร์", "ที่อยู่จัดส่ง", "เบอร์โทร", "ไรเดอร์", "ร้าน", "ชำระเงิน", "หมายเหตุ"),
        "AE": ("Order ID", "Deliver to", "Phone", "Rider", "Restaurant", "Payment", "Note"),
        "IR": ("شماره سفارش", "آدرس", "تلفن", "پیک", "فروشگاه", "پرداخت", "توضیحات"),
    }[x.c]
    x.role("delivery")
    if x.c == "AE":
        x.latin = True
    d.t(f"{lab[0]}: ").k("ORDER_ID", x.r.choice(["", "#", "TLB-"]) + x.num(10)).t("\n")
    d.t(f"{lab[4]}: ")
    x.co(d)
    d.t(" · ")
    x.co_addr(d)
    d.t(f"\n{lab[1]}: ")
    x.addr(d, p)
    d.t(f"\n{lab[2]}: ")
    x.phone(d, p)
    d.t(" (").s("PERSON", hv.name(p, x.r, x.latin)).t(")\n")
    d.t(f"{lab[3]}: ").s("PERSON", hv.short_name(rider, x.latin)).t(" · ").k(
        "PLATE_NO", x.plate()
    ).t("\n")
    d.t(f"{lab[5]}: ").k("PRODUCT_CODE", f"SKU-{x.num(6)}").t(" ×2, ")
    d.t("**** ").k("CARD_EXPIRY", f"{x.r.randint(1, 12):02d}/{x.r.randint(27, 31)}").t("\n")
    d.t(f"{lab[6]}: ")
    if x.c == "AE":
        d.t("Please call before, building gate code ").s("SECRET", x.num(4) + "#").t(
            ". Don't ring, baby sleeping.\n"
        )
    else:
        d.t("→ ").k("STREET_ALONE", p.home[0]).t(" ← ").k("OTHER_DATE", stamp(x)[:10]).t("\n")
    d.t("Support: ")
    x.hotline(d)
    d.t(" / ")
    x.role_email(d)
    d.t("\n")
    return "en" if x.c == "AE" else pp.LANGS[x.c]


def sim_registration(d: Doc, x: Ctx) -> str:
    """Prepaid SIM registration at a telco counter: the subscriber's id, the SIM's ICCID and the
    handset's IMEI (both Luhn-valid, both kept)."""
    p, clerk = x.person(), x.person()
    lab = {
        "KR": ("가입신청서", "성명", "주민등록번호", "생년월일", "주소", "개통번호", "접수자"),
        "JP": ("契約申込書", "契約者氏名", "個人番号", "生年月日", "住所", "電話番号", "受付担当"),
        "CN": ("实名登记表", "姓名", "身份证号", "出生日期", "住址", "号码", "经办人"),
        "TH": ("แบบลงทะเบียนซิม", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "เบอร์", "พนักงาน"),
        "AE": (
            "نموذج تسجيل شريحة",
            "الاسم",
            "رقم الهوية",
            "تاريخ الميلاد",
            "العنوان",
            "الرقم",
            "الموظف",
        ),
        "IR": (
            "فرم ثبت سیم‌کارت",
            "نام و نام خانوادگی",
            "کد ملی",
            "تاریخ تولد",
            "نشانی",
            "شماره",
            "کارشناس",
        ),
    }[x.c]
    x.role("telco")
    d.t(lab[0] + " — ")
    x.co(d)
    d.t(f"\n{lab[1]}: ")
    if x.c == "TH":
        d.t("นาย " if p.sex == "m" else x.r.choice(["นาง ", "นางสาว "]))
    x.name(d, p)
    if x.c == "IR":
        d.t("\nنام پدر: ").s("PERSON", p.father)
    d.t(f"\n{lab[2]}: ")
    x.nid(d, p)
    d.t(f"\n{lab[3]}: ")
    x.dob(d, p)
    if x.c == "AE":
        d.t(" الموافق ").s("DATE_OF_BIRTH", hv.hijri_text(p.dob))
    d.t(f"\n{lab[4]}: ")
    x.addr(d, p)
    d.t(f"\n{lab[5]}: " + ("\u200e" if x.c in ("AE", "IR") else ""))
    x.phone(d, p)
    d.t("\u200e" if x.c in ("AE", "IR") else "").t("\nICCID: ").k("ICCID", hv.iccid(x.r, x.c)).t(
        "\nIMEI: "
    ).k("IMEI", hv.imei(x.r)).t("\n")
    d.t("E-mail: ").s("EMAIL", p.email).t("\nPUK: ").s("SECRET", x.num(8)).t("\n")
    d.t(f"{lab[6]}: ").s("PERSON", hv.name(clerk, x.r)).t(" · ")
    x.other_date(d)
    d.t(" · ")
    x.co_addr(d)
    d.t("\n")
    return pp.LANGS[x.c]


def ride_receipt(d: Doc, x: Ctx) -> str:
    """Ride-hailing e-mail receipt (Kakao T, GO, DiDi, Grab, Careem, Snapp), in English as the apps send."""
    x.latin = True
    p, drv = x.person(), x.person()
    app = {"KR": "Kakao T", "JP": "GO", "CN": "DiDi", "TH": "Grab", "AE": "Careem", "IR": "Snapp"}[
        x.c
    ]
    d.t(f"Your {app} receipt\nThanks for riding, ").s("PERSON", hv.short_name(p, True)).t("!\n")
    d.t("Booking ID: ").k("BOOKING_NO", f"{x.r.choice(['A', 'B', 'C'])}-{x.num(10)}").t("\n")
    d.t("Date: ").k("TIMESTAMP", stamp(x)).t("\nPick-up: ")
    x.addr(d, p)
    d.t("\nDrop-off: ")
    x.co(d)
    d.t(", ")
    x.co_addr(d)
    d.t("\nDriver: ").s("PERSON", hv.name(drv, x.r, True)).t(" · ").k("PLATE_NO", x.plate()).t("\n")
    d.t("Paid by ").s("CARD", hv.card(x.r, x.c)).t(f"  Total {x.r.randint(8, 90)}.{x.num(2)}\n")
    d.t("Rider phone: ")
    x.phone(d, p)
    d.t("  Rider e-mail: ").s("EMAIL", p.email).t("\n")
    d.t("Trip started from IP ").s("IP_ADDRESS", hv.public_ip(x.r)).t("; our gateway ").k(
        "DOC_IP", hv.doc_ip(x.r)
    ).t("\n")
    d.t("Lost something? Call ")
    x.hotline(d)
    d.t(" or write to ")
    x.role_email(d, "lostandfound")
    d.t(".\n")
    return "en"


def report_card(d: Doc, x: Ctx) -> str:
    """School report card: student, date of birth, class, homeroom teacher, guardian contact."""
    kid, parent, teacher = x.person(child=True), x.person(), x.person()
    lab = {
        "KR": ("학생생활기록부", "성명", "생년월일", "학번", "담임", "보호자", "연락처", "국어", "수학"),
        "JP": ("通知表", "氏名", "生年月日", "出席番号", "担任", "保護者", "連絡先", "国語", "数学"),
        "CN": ("学生成绩报告单", "姓名", "出生日期", "学号", "班主任", "家长", "联系电话", "语文", "数学"),
        "TH": ("สมุดรายงานผลการเรียน", "ชื่อ", "วันเกิด", "เลขประจำตัวนักเรียน", "ครูประจำชั้น", "ผู้ปกครอง",
               "โทร", "ภาษาไทย", "คณิตศาสตร์"),
        "AE": ("School Report", "Student", "Date of birth", "Student No.", "Class teacher", "Guardian",
               "Mobile", "Arabic", "Mathematics"),
        "IR": ("کارنامه", "نام دانش‌آموز", "تاریخ تولد", "شماره دانش‌آموزی", "معلم", "ولی", "تلفن", "ادبیات",
               "ریاضی"),
    }[x.c]  # fmt: skip
    x.role("school")
    if x.c == "AE":
        x.latin = True
    d.k("COMPANY", x.company[1] if x.latin else x.company[0]).t(f" {lab[0]}\n{lab[1]}: ")
    x.name(d, kid)
    d.t(f"\n{lab[2]}: ")
    x.dob(d, kid)
    d.t(f"\n{lab[3]}: ").k("STUDENT_NO", x.num(x.r.choice([5, 8, 10]))).t(f"\n{lab[4]}: ")
    if x.c in ("JP", "KR"):
        d.s("PERSON", teacher.family + teacher.given if x.c == "KR" else teacher.family).t(
            " 先生" if x.c == "JP" else " 선생님"
        )
    else:
        x.name(d, teacher)
    d.t(f"\n{lab[7]}: {x.r.randint(60, 100)}  {lab[8]}: {x.r.randint(55, 100)}\n")
    d.t(f"{lab[5]}: ")
    x.name(d, parent)
    d.t(f"  {lab[6]}: ")
    x.phone(d, parent)
    d.t("\n")
    x.other_date(d)
    d.t("  ")
    x.co_addr(d)
    d.t("  ")
    x.hotline(d)
    d.t("\n")
    fam_name, fam_latin, fam_date = x.r.choice(pp.FAMOUS[x.c])
    if int(fam_date[:4]) > 1900:
        d.t("★ ").k("FAMOUS_PERSON", fam_latin if x.latin else fam_name).t(" (").k(
            "FAMOUS_BIRTH_DATE", hv.date_text(dt.date.fromisoformat(fam_date), x.c, x.r, x.latin)
        ).t(")\n")
    return "en" if x.latin else pp.LANGS[x.c]


def civil_registry(d: Doc, x: Ctx) -> str:
    """Marriage contract entry at a Sharia court (AE) or a notary's marriage office (IR): spouses,
    fathers, witnesses, the officiant, dates in both calendars."""
    g, b = x.person(sex="m"), x.person(sex="f")
    w1, w2, off = x.person(sex="m"), x.person(sex="m"), x.person(sex="m")
    if x.c == "AE":
        d.t("عقد زواج — محكمة دبي\nرقم القيد: ").k("RECORD_NO", x.num(8)).t("\nالزوج: ")
        d.s("PERSON", f"{g.given} بن {g.father} بن {g.grandfather} {g.family}").t(
            "\nرقم الهوية: "
        ).s("NATIONAL_ID", g.nid)
        d.t("\nتاريخ الميلاد: ").s("DATE_OF_BIRTH", hv.date_text(g.dob, "AE", x.r)).t(
            " م الموافق "
        ).s("DATE_OF_BIRTH", hv.hijri_text(g.dob))
        d.t("\nالزوجة: ").s("PERSON", f"{b.given} بنت {b.father} {b.family}").t("\nرقم الهوية: ").s(
            "NATIONAL_ID", b.nid
        )
        # Arabic editors wrap numbers in left-to-right marks (UAX #9) so they read in order.
        d.t("\nالعنوان: ").s("ADDRESS", hv.address(b, x.r)).t("\nهاتف: \u200e")
        d.s("PHONE", hv.native_digits(hv.phone_text(b.phone, "AE", x.r), "AE")).t("\u200e")
        d.t("\nالشاهد الأول: ").s("PERSON", hv.name(w1, x.r)).t("\nالشاهد الثاني: ").s(
            "PERSON", hv.name(w2, x.r)
        )
        d.t("\nالمأذون: ").s("PERSON", hv.name(off, x.r)).t("\nتاريخ العقد: ")
        x.other_date(d)
        d.t("\nحساب المحكمة: ").k("ORG_IBAN", hv.iban(x.r, "AE")).t("\nحساب الزوجة: ").s(
            "IBAN", hv.iban(x.r, "AE")
        ).t("\n")
        return "ar"
    d.t("سند ازدواج دائم — دفترخانه شماره ").k("RECORD_NO", hv.native_digits(x.num(3), "IR")).t(
        "\nزوج: "
    )
    d.s("PERSON", f"{g.given} {g.family}").t(" فرزند ").s("PERSON", g.father).t("\nکد ملی: ").s(
        "NATIONAL_ID", hv.native_digits(g.nid, "IR")
    )
    d.t("\nتاریخ تولد: ").s("DATE_OF_BIRTH", hv.date_text(g.dob, "IR", x.r)).t("\nزوجه: ")
    d.s("PERSON", f"{b.given} {b.family}").t(" فرزند ").s("PERSON", b.father).t("\nکد ملی: ").s(
        "NATIONAL_ID", b.nid
    )
    d.t("\nتاریخ تولد: ").s("DATE_OF_BIRTH", hv.date_text(b.dob, "IR", x.r)).t("\nنشانی: ").s(
        "ADDRESS", hv.address(b, x.r)
    )
    d.t("\nتلفن همراه: ").s("PHONE", hv.native_digits(hv.phone_text(b.phone, "IR", x.r), "IR"))
    d.t("\nشاهد: ").s("PERSON", hv.name(w1, x.r)).t(" و ").s("PERSON", hv.name(w2, x.r))
    d.t("\nسردفتر: ").s("PERSON", hv.name(off, x.r)).t("\nتاریخ ثبت: ")
    x.other_date(d)
    d.t("\nشماره شبا زوجه: ").s("IBAN", hv.iban(x.r, "IR")).t("\nکد نادرست قبلی: ").k(
        "ID_BAD_CHECK", hv.broken(x.r, g.nid, ck.ir_code_ok)
    ).t("\n")
    return "fa"


def ci_yaml(d: Doc, x: Ctx) -> str:
    """GitHub Actions workflow with secrets written in (and some only referenced), and a seeded
    test customer; keys in English, the customer from the team's country."""
    x.latin = x.r.random() < 0.5
    p = x.person()
    d.t("name: deploy\non:\n  push:\n    branches: [main]\nenv:\n  AWS_ACCESS_KEY_ID: ").s(
        "SECRET", hv.secret(x.r, "aws_id")
    )
    d.t("\n  AWS_SECRET_ACCESS_KEY: ").s("SECRET", hv.secret(x.r, "aws_secret"))
    app = {"KR": "KAKAO_REST_API_KEY", "JP": "LINE_CHANNEL_SECRET", "CN": "WECHAT_APP_SECRET",
           "TH": "LINE_CHANNEL_SECRET", "AE": "CAREEM_WEBHOOK_SECRET", "IR": "ZARINPAL_MERCHANT_KEY"}[x.c]  # fmt: skip
    d.t(f"\n  {app}: ").s("SECRET", hv.secret(x.r, "hex32"))
    d.t("\n  SLACK_BOT_TOKEN: ").k("PLACEHOLDER_SECRET", "${{ secrets.SLACK_BOT_TOKEN }}").t(
        "\n  GH_TOKEN: "
    ).s("SECRET", hv.secret(x.r, "github"))
    d.t("\n  EXAMPLE_KEY: ").k("PLACEHOLDER_SECRET", "AKIAIOSFODNN7EXAMPLE").t(
        "\njobs:\n  test:\n    runs-on: ubuntu-22.04\n"
    )
    d.t("    services:\n      db:\n        image: postgres:").k(
        "VERSION", f"16.{x.r.randint(1, 6)}"
    ).t("\n        env:\n          POSTGRES_PASSWORD: ")
    d.k("PLACEHOLDER_SECRET", "postgres").t("\n    steps:\n      - uses: actions/checkout@").k(
        "GIT_SHA", hv.hex_str(x.r, 40)
    )
    d.t('\n      - run: ./seed.sh\n        env:\n          SEED_NAME: "').s(
        "PERSON", hv.name(p, x.r, x.latin)
    )
    d.t('"\n          SEED_PHONE: "').s("PHONE", hv.phone_text(p.phone, x.c, x.r)).t(
        '"\n          SEED_EMAIL: '
    ).s("EMAIL", p.email)
    d.t('\n          SEED_DOB: "').s("DATE_OF_BIRTH", f"{p.dob:%Y-%m-%d}").t(
        '"\n          SEED_ID: "'
    ).s("NATIONAL_ID", p.nid)
    d.t('"\n          SEED_ADDRESS: "').s(
        "ADDRESS", hv.address(p, x.r, x.latin).replace("\n", " ")
    ).t('"\n')
    d.t("          API_HOST: ").k("DOC_IP", hv.doc_ip(x.r)).t("\n          DB_HOST: ").k(
        "PRIVATE_IP", hv.private_ip(x.r)
    )
    d.t("\n          ALLOW_FROM: ").s("IP_ADDRESS", hv.public_ip(x.r)).t("  # office of ").s(
        "PERSON", hv.name(x.person(), x.r, True)
    )
    d.t('\n      - run: sha256sum -c <<< "').k("HASH", hv.hex_str(x.r, 64)).t('  app.tar.gz"\n')
    return "en"


def ocr_fullwidth(d: Doc, x: Ctx) -> str:
    """OCR of a phone screenshot of a member page: fullwidth digits and colons as the font drew them."""
    p = x.person()
    fw = hv.FULLWIDTH
    jp = x.c == "JP"
    d.t("会員情報\n" if jp else "个人信息\n").t("会員番号：" if jp else "会员号：").k(
        "MEMBER_NO", x.num(10).translate(fw)
    ).t("\n")
    d.t("お名前：" if jp else "姓名：").s("PERSON", hv.name(p, x.r)).t(" 様\n" if jp else "\n")
    d.t("生年月日：" if jp else "出生日期：").s(
        "DATE_OF_BIRTH", f"{p.dob.year}年{p.dob.month}月{p.dob.day}日".translate(fw)
    ).t("\n")
    d.t("電話番号：" if jp else "手机号码：").s(
        "PHONE", hv.phone_text(p.phone, x.c, x.r).translate(fw)
    ).t("\n")
    d.t("住所：" if jp else "地址：").s(
        "ADDRESS", hv.address(p, x.r).replace("\n", " ").translate(fw)
    ).t("\n")
    d.t("登録日：" if jp else "注册日期：").k(
        "OTHER_DATE", f"2025年{x.r.randint(1, 12)}月{x.r.randint(1, 28)}日".translate(fw)
    ).t("\n")
    d.t("ポイント：" if jp else "积分：").t(f"{x.r.randint(100, 9999):,}".translate(fw)).t("\n")
    d.t("お問い合わせ：" if jp else "客服电话：")
    d.k("HOTLINE", x.company[4].translate(fw)).t("\n")
    if x.r.random() < 0.5:
        d.t("カード：" if jp else "银行卡：").s("CARD", hv.card(x.r, x.c).translate(fw)).t("\n")
    return "ja" if jp else "zh"


def return_form(d: Doc, x: Ctx) -> str:
    """E-commerce return request (Coupang, Rakuten, Taobao, Shopee, Noon, Digikala) as a text form."""
    x.latin = x.c in ("AE", "TH") and x.r.random() < 0.5
    x.role("shop")
    p = x.person()
    lab = {
        "KR": ("반품 신청", "주문번호", "상품", "사유", "회수지", "환불계좌", "신청인"),
        "JP": ("返品申請", "注文番号", "商品", "理由", "集荷先", "返金口座", "申請者"),
        "CN": ("退货申请", "订单编号", "商品", "原因", "取件地址", "退款账户", "申请人"),
        "TH": ("คำขอคืนสินค้า", "หมายเลขคำสั่งซื้อ", "สินค้า", "เหตุผล", "ที่อยู่รับสินค้า", "บัญชีคืนเงิน", "ผู้ขอ"),
        "AE": (
            "طلب إرجاع",
            "رقم الطلب",
            "المنتج",
            "السبب",
            "عنوان الاستلام",
            "حساب الاسترداد",
            "مقدم الطلب",
        ),
        "IR": (
            "درخواست مرجوعی",
            "کد سفارش",
            "کالا",
            "دلیل",
            "آدرس تحویل",
            "شماره شبا",
            "درخواست‌کننده",
        ),
    }[x.c]
    if x.latin:
        lab = (
            "Return request",
            "Order no.",
            "Item",
            "Reason",
            "Pickup address",
            "Refund account",
            "Requested by",
        )
    d.t(lab[0] + " · ")
    x.co(d)
    d.t(f"\n{lab[1]}: ").k("ORDER_ID", f"{x.num(4)}-{x.num(7)}").t(f"\n{lab[2]}: ").k(
        "PRODUCT_CODE", f"{x.r.choice(['SM', 'XR', 'NB'])}-{x.num(4)}{x.r.choice('ABKX')}"
    )
    reasons = {
        "KR": "파손",
        "JP": "不良品",
        "CN": "尺码不合适",
        "TH": "สินค้าไม่ตรงปก",
        "AE": "منتج تالف",
        "IR": "کالا معیوب است",
    }
    d.t(f"\n{lab[3]}: ").t("wrong size" if x.latin else reasons[x.c])
    d.t(f"\n{lab[4]}: ")
    x.addr(d, p)
    d.t(f"\n{lab[6]}: ")
    x.name(d, p)
    d.t(" / ")
    x.phone(d, p)
    d.t(" / ").s("EMAIL", p.email)
    d.t(f"\n{lab[5]}: ")
    if x.c in ("AE", "IR"):
        d.s("IBAN", hv.iban(x.r, x.c)).t("  (rejected: ").k(
            "IBAN_BAD_CHECK", hv.broken(x.r, hv.iban(x.r, x.c), ck.iban_ok)
        ).t(")")
    else:
        d.s("CARD", hv.card(x.r, x.c)).t("  (").k(
            "CARD_BAD_LUHN", hv.broken(x.r, hv.card(x.r, x.c), lambda v: ck.luhn_ok(ck.compact(v)))
        ).t(")")
    d.t("\nTracking: ").k(
        "TRACKING_NO",
        f"{x.r.choice(['RR', 'EE', 'LP'])}{x.num(9)}{x.r.choice(['KR', 'JP', 'CN', 'TH', 'AE', 'IR'])}",
    )
    d.t("\nVendor tax id: ").k("COMPANY_TAX_ID", hv.company_tax_id(x.r, x.c)).t("\n")
    d.t("Return centre: ")
    x.co_addr(d)
    d.t("\nLogin IP: ").s("IP_ADDRESS", hv.public_ip(x.r)).t(" · session ").k(
        "UUID", hv.uuid(x.r)
    ).t("\n")
    return "en" if x.latin else pp.LANGS[x.c]


def id_card_ocr(d: Doc, x: Ctx) -> str:
    """OCR of a national id card's front, both scripts as printed: the Thai card gives the name in
    Thai and English and the birth date in the Buddhist and the Common era; the Emirates ID gives
    the name in Arabic and English."""
    p = x.person()
    if x.c == "TH":
        title, title_en = ("นาย", "Mr.") if p.sex == "m" else ("นางสาว", "Miss")
        d.t("บัตรประจำตัวประชาชน Thai National ID Card\nเลขประจำตัวประชาชน Identification Number\n")
        d.s("NATIONAL_ID", p.nid).t(f"\nชื่อตัวและชื่อสกุล {title} ").s("PERSON", f"{p.given} {p.family}")
        d.t(f"\nName {title_en} ").s("PERSON", p.given_l).t("\nLast name ").s("PERSON", p.family_l)
        be = p.dob.year + 543
        d.t("\nเกิดวันที่ ").s(
            "DATE_OF_BIRTH", f"{p.dob.day} {cal.TH_MONTHS_ABBR[p.dob.month - 1]} {be}"
        )
        d.t("\nDate of Birth ").s(
            "DATE_OF_BIRTH", f"{p.dob.day} {cal.EN_MONTHS[p.dob.month - 1]}. {p.dob.year}"
        )
        d.t("\nศาสนา พุทธ\nที่อยู่ ").s("ADDRESS", hv.address(p, x.r)).t("\n")
        issue = dt.date(2019, 1, 1) + dt.timedelta(days=x.r.randrange(0, 2000))
        d.k(
            "OTHER_DATE", f"{issue.day} {cal.TH_MONTHS_ABBR[issue.month - 1]} {issue.year + 543}"
        ).t(" วันออกบัตร  ")
        d.k("OTHER_DATE", f"{p.dob.day} {cal.EN_MONTHS[p.dob.month - 1]}. {issue.year + 9}").t(
            " Date of Expiry\n"
        )
        d.t("(เจ้าพนักงานออกบัตร) ").k("DOCUMENT_NO", f"{x.num(4)}-{x.num(2)}-{x.num(8)}").t("\n")
        d.t("หลังบัตร: ").k("DOCUMENT_NO", f"ME{x.r.randint(0, 9)}-{x.num(7)}-{x.num(2)}").t("\n")
        return "th"
    d.t(
        "UNITED ARAB EMIRATES  الإمارات العربية المتحدة\nFEDERAL AUTHORITY FOR IDENTITY AND CITIZENSHIP\n"
    )
    d.t("Identity Card  بطاقة الهوية\nID Number / رقم الهوية\n").s("NATIONAL_ID", p.nid)
    d.t("\nالاسم: ").s("PERSON", f"{p.given} {p.father} {p.grandfather} {p.family}")
    d.t("\nName: ").s("PERSON", f"{p.given_l} {p.father_l} {p.grandfather_l} {p.family_l}")
    d.t("\nDate of Birth / تاريخ الميلاد\n").s("DATE_OF_BIRTH", f"{p.dob:%d/%m/%Y}")
    d.t("\nNationality: United Arab Emirates\nIssuing Date ").k(
        "OTHER_DATE", f"{x.r.randint(1, 28):02d}/0{x.r.randint(1, 9)}/2023"
    )
    d.t("  Expiry Date ").k("OTHER_DATE", f"{x.r.randint(1, 28):02d}/0{x.r.randint(1, 9)}/2028").t(
        "\n"
    )
    d.t("Card Number ").k("DOCUMENT_NO", x.num(9)).t("\n")
    return "ar"


# Layout name -> (function, countries it is written in)
LAYOUTS = {
    "kakao_export": (kakao_export, ("KR",)),
    "line_export": (line_export, ("JP", "TH")),
    "wechat_export": (wechat_export, ("CN",)),
    "rirekisho": (rirekisho, ("JP",)),
    "delivery_order": (delivery_order, COUNTRIES),
    "sim_registration": (sim_registration, COUNTRIES),
    "ride_receipt": (ride_receipt, COUNTRIES),
    "report_card": (report_card, COUNTRIES),
    "civil_registry": (civil_registry, ("AE", "IR")),
    "ci_yaml": (ci_yaml, COUNTRIES),
    "ocr_fullwidth": (ocr_fullwidth, ("JP", "CN")),
    "return_form": (return_form, COUNTRIES),
    "id_card_ocr": (id_card_ocr, ("TH", "AE")),
}
