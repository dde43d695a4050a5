"""Chat exports of hold-out 12: KakaoTalk, LINE and WeChat as their desktop clients save them."""

from __future__ import annotations

import h12_checks as ck
import h12_values as hv
from h12_ctx import Ctx, stamp
from h12_values import Doc


def kakao_export(d: Doc, x: Ctx) -> str:
    """A KakaoTalk export: a parcel chat between two people, or a class parents' group chat."""
    if x.r.random() < 0.4:
        return _kakao_class_group(d, x)
    return _kakao_parcel(d, x)


def _kakao_class_group(d: Doc, x: Ctx) -> str:
    """Parents' group chat (단톡방): the homeroom teacher's notice, a parent's consent reply."""
    x.role("school")
    teacher, parent, kid = x.person(), x.person(), x.person(child=True)
    tn = teacher.family + teacher.given
    d.t("4학년 2반 학부모방 카카오톡 대화\n저장한 날짜 : ").k(
        "TIMESTAMP", f"2026-10-1{x.r.randint(0, 9)} 21:{x.r.randint(10, 59)}"
    )
    d.t("\n\n--------------- ").k("OTHER_DATE", "2026년 10월 6일 화요일").t(" ---------------\n")
    d.t("[").s("PERSON", tn).t("] [오전 8:40] 안녕하세요, 담임 ").s("PERSON", tn).t(
        "입니다. 현장체험학습 동의서 "
    )
    d.k("OTHER_DATE", "10월 16일").t("까지 회신 부탁드립니다. 버스 문의 ").k(
        "HOTLINE", "1577-" + x.num(4)
    ).t("\n")
    d.t("[").s("PERSON", parent.family + parent.given).t("] [오전 9:02] ").s(
        "PERSON", kid.family + kid.given
    ).t(" 엄마입니다 ")
    d.t("생년월일 ").s("DATE_OF_BIRTH", hv.date_text(kid.dob, "KR", x.r)).t(", 보호자 연락처 ")
    d.s("PHONE", hv.phone_text(parent.phone, "KR", x.r)).t("\n")
    d.t("[").s("PERSON", tn).t("] [오전 9:05] 네 감사합니다. 집결지는 ").k(
        "COMPANY", x.company[0]
    ).t(" 정문(")
    d.k("COMPANY_ADDRESS", x.company[2]).t(")이에요\n")
    return "ko"


def _kakao_parcel(d: Doc, x: Ctx) -> str:
    """KakaoTalk PC 'save conversation' text: date header lines, then `[name] [오후 3:21] text`."""
    x.role("delivery")
    a, b = x.person(), x.person()
    an, bn = hv.name(a, x.r), hv.name(b, x.r)
    d.s("PERSON", an).t(" 님과 카카오톡 대화\n저장한 날짜 : ").k(
        "TIMESTAMP", f"2026-11-0{x.r.randint(3, 9)} {x.r.randint(10, 23)}:{x.r.randint(10, 59)}"
    ).t("\n\n")
    d.t("--------------- ").k("OTHER_DATE", "2026년 11월 3일 화요일").t(" ---------------\n")
    # Vocative particle: 아 after a closed final syllable, 야 after an open one (Unicode Hangul
    # syllables: (code - 0xAC00) % 28 is the final consonant, 0 for none).
    voc = "아" if (ord(a.given[-1]) - 0xAC00) % 28 else "야"
    d.t("[").s("PERSON", bn).t("] [오후 2:14] ").s("PERSON", a.given).t(
        voc + " 택배 받을 주소 다시 알려줘\n"
    )
    d.t("[").s("PERSON", an).t("] [오후 2:16] ").s("ADDRESS", hv.address(a, x.r)).t("\n")
    d.t("[").s("PERSON", an).t("] [오후 2:16] 폰은 ").s(
        "PHONE", hv.phone_text(a.phone, "KR", x.r)
    ).t("\n")
    d.t("[").s("PERSON", bn).t("] [오후 2:18] 송장번호 ").k("TRACKING_NO", x.num(12)).t(", 문의는 ")
    x.co(d)
    d.t(" 고객센터 ")
    x.hotline(d)
    d.t("\n")
    if x.r.random() < 0.6:
        d.t("[").s("PERSON", an).t("] [오후 2:20] 계좌 말고 카드로 할게 ").s(
            "CARD", hv.card(x.r, x.c)
        ).t(" 유효기간 ")
        d.k("CARD_EXPIRY", f"{x.r.randint(1, 12):02d}/{x.r.randint(27, 31)}").t("\n")
    if x.r.random() < 0.5:
        d.t("[").s("PERSON", bn).t("] [오후 2:25] 인증번호 ").s("SECRET", hv.secret(x.r, "otp")).t(
            " 떴어\n"
        )
    d.t("[").s("PERSON", an).t("] [오후 2:27] 참고로 지난번 주민번호 ")
    d.k("ID_BAD_CHECK", hv.broken(x.r, a.nid, ck.kr_rrn_ok)).t(" 오타였고 맞는 건 ").s(
        "NATIONAL_ID", a.nid
    ).t("\n")
    d.t("[").s("PERSON", bn).t("] [오후 2:30] ").k("STREET_ALONE", a.home[0]).t(
        " 쪽 카페에서 보자\n"
    )
    return "ko"


def line_export(d: Doc, x: Ctx) -> str:
    """LINE 'send chat history' text: `[LINE] Chat history with NAME`, date lines, tab-separated rows."""
    a, b = x.person(), x.person()
    jp = x.c == "JP"
    bshort = hv.short_name(b)
    d.t("[LINE] ").t("「" if jp else "").s("PERSON", hv.name(b, x.r)).t(
        "」とのトーク履歴\n" if jp else " ประวัติการแชท\n"
    )
    d.t("保存日時：" if jp else "บันทึกเมื่อ: ").k("TIMESTAMP", stamp(x)).t("\n\n").k(
        "OTHER_DATE", "2026/11/04(水)" if jp else "2026.11.04 วันพุธ"
    ).t("\n")
    d.t("09:12\t").s("PERSON", hv.name(a, x.r)).t("\t")
    if jp:
        d.s("PERSON", bshort).t("さん、送り先これでお願いします\n")
    else:
        d.t("คุณ").s("PERSON", bshort).t(" ส่งของมาที่นี่นะคะ\n")
    d.t("09:12\t").s("PERSON", hv.name(a, x.r)).t("\t").s(
        "ADDRESS", hv.address(a, x.r).replace("\n", " ")
    ).t("\n")
    d.t("09:13\t").s("PERSON", hv.name(a, x.r)).t("\t").s(
        "PHONE", hv.phone_text(a.phone, x.c, x.r)
    ).t("\n")
    d.t("09:15\t").s("PERSON", hv.name(b, x.r)).t("\t")
    if jp:
        d.t("了解です。")
        x.co(d)
        d.t("の窓口 ")
        x.hotline(d)
        d.t(" にも伝えます\n")
    else:
        d.t("ได้ค่ะ ถ้ามีปัญหาโทร ")
        x.hotline(d)
        d.t(" ของ ")
        x.co(d)
        d.t(" ได้เลย\n")
    d.t("09:20\t").s("PERSON", hv.name(a, x.r)).t("\t")
    if jp:
        d.t("振込は来週で。誕生日 ").s("DATE_OF_BIRTH", hv.date_text(a.dob, "JP", x.r)).t(
            " の登録もお願い\n"
        )
    else:
        d.t("ชื่อเล่น ").s("PERSON", a.nick).t(" นะ เกิดวันที่ ").s(
            "DATE_OF_BIRTH", hv.date_text(a.dob, "TH", x.r)
        ).t("\n")
    d.t("09:21\t").s("PERSON", hv.name(b, x.r)).t("\t注文番号 " if jp else "\tเลขออเดอร์ ").k(
        "ORDER_ID", "#" + x.num(9)
    ).t("\n")
    if x.r.random() < 0.5:
        d.t("09:25\t").s("PERSON", hv.name(a, x.r)).t("\t").s("EMAIL", a.email).t("\n")
    return "ja" if jp else "th"


def wechat_export(d: Doc, x: Ctx) -> str:
    """A WeChat chat: an expense claim between colleagues, or a tenant and a landlord."""
    if x.r.random() < 0.4:
        return _wechat_rental(d, x)
    return _wechat_expenses(d, x)


def _wechat_rental(d: Doc, x: Ctx) -> str:
    """Tenant and landlord (房东): the flat's address, the tenant's id and phone, the rent card."""
    tenant, landlord = x.person(), x.person()
    day, minute = f"2026-{x.r.randint(1, 11):02d}-{x.r.randint(1, 28):02d}", x.r.randint(480, 1200)
    ln, tn = hv.name(landlord, x.r), hv.name(tenant, x.r)

    def head(who: str) -> None:
        nonlocal minute
        minute += x.r.randint(1, 20)
        d.s("PERSON", who).t(" ").k("TIMESTAMP", f"{day} {minute // 60:02d}:{minute % 60:02d}").t(
            "\n"
        )

    head(ln)
    d.t("合同我拟好了，房子是").s("ADDRESS", hv.address(tenant, x.r)).t("，押一付三\n")
    head(tn)
    d.t("好的，我的身份证 ").s("NATIONAL_ID", tenant.nid).t("，电话 ").s(
        "PHONE", hv.phone_text(tenant.phone, "CN", x.r)
    ).t("\n")
    head(ln)
    d.t("房租打到这张卡：").s("CARD", hv.card(x.r, "CN")).t("，户名").s(
        "PERSON", landlord.family + landlord.given
    ).t("\n")
    head(tn)
    d.t("收到。物业电话是 ").k("HOTLINE", "400-" + x.num(3) + "-" + x.num(4)).t(" 吗？起租日 ")
    d.k("OTHER_DATE", f"{day[:4]}年{int(day[5:7])}月1日").t("\n")
    return "zh"


def _wechat_expenses(d: Doc, x: Ctx) -> str:
    """WeChat chat copied from the desktop client: `name time` then the message on the next line."""
    a, b = x.person(), x.person()
    day, minute = f"2026-{x.r.randint(1, 11):02d}-{x.r.randint(1, 28):02d}", x.r.randint(480, 1200)

    def clock() -> str:
        nonlocal minute
        minute += x.r.randint(1, 9)
        return f"{day} {minute // 60:02d}:{minute % 60:02d}"

    for who, text in (
        (a, "领导，报销材料我整理好了"),
        (b, "把身份证号和手机号发我"),
    ):
        d.s("PERSON", hv.name(who, x.r)).t(" ").k("TIMESTAMP", clock()).t(f"\n{text}\n")
    d.s("PERSON", hv.name(a, x.r)).t(" ").k("TIMESTAMP", clock()).t("\n身份证：").s(
        "NATIONAL_ID", a.nid
    ).t("\n手机：")
    d.s("PHONE", hv.phone_text(a.phone, "CN", x.r)).t("\n出生日期：").s(
        "DATE_OF_BIRTH", hv.date_text(a.dob, "CN", x.r)
    )
    d.t("\n地址：").s("ADDRESS", hv.address(a, x.r)).t("\n")
    d.s("PERSON", hv.name(b, x.r)).t(" ").k("TIMESTAMP", clock()).t(
        "\n收到。公司统一社会信用代码是 "
    )
    d.k("COMPANY_TAX_ID", hv.company_tax_id(x.r, "CN")).t("，开票抬头写")
    x.co(d)
    d.t("，客服 ")
    x.hotline(d)
    d.t("\n")
    if x.r.random() < 0.5:
        d.s("PERSON", hv.name(a, x.r)).t(" ").k("TIMESTAMP", clock()).t("\n邮箱 ").s(
            "EMAIL", a.email
        ).t("，之前那个 ")
        d.k("ID_BAD_CHECK", hv.broken(x.r, a.nid, ck.cn_ric_ok)).t(" 输错了\n")
    d.s("PERSON", hv.name(b, x.r)).t(" ").k("TIMESTAMP", clock()).t("\n好的，周五在").k(
        "STREET_ALONE", a.home[0]
    ).t("地铁站见，").k("FAMOUS_PERSON", "鲁迅").t("纪念馆旁边\n")
    return "zh"
