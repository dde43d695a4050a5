"""The REST API (/api/v1), described in the generated OpenAPI document at /api/openapi.json.

Two kinds of caller: the provider's product and operators' tools with an operator key, and a
signed-in user's client with a privacy session token. Both send `Authorization: Bearer ...`;
the API never reads the browser's cookies, so a page on another site cannot drive it."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from consentry.rights.export import export_account
from consentry.store import blocks, consents, overview, unit_of_work
from consentry.web import actions, auth, detections, insights, privacy_data, tokens
from consentry.web.wording import for_you

router = APIRouter(prefix="/api/v1")
ID = Field(min_length=1, max_length=128)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LinkRequest(_Body):
    account_id: str = ID
    minutes: int | None = Field(None, ge=1, le=7 * 24 * 60)


class LinkOut(BaseModel):
    url: str
    token: str
    expires_at: datetime


class SessionRequest(_Body):
    token: str = Field(min_length=1, max_length=tokens.MAX_TOKEN)


class SessionOut(BaseModel):
    session: str
    account_id: str
    expires_in: int


class ChoiceRequest(_Body):
    choice: Literal["allow", "deny"]


class DecisionOut(BaseModel):
    training_eligible: bool
    reason: str
    explanation: str
    policy_version: str


class ConversationOut(BaseModel):
    conversation_id: str
    started: datetime
    last_activity: datetime
    exchanges: int
    incognito: bool
    deleted: bool
    trainable: bool
    reason: str
    why: str
    delete_by: datetime | None


class MeOut(BaseModel):
    account_id: str
    new_chats: DecisionOut
    conversations: list[ConversationOut]


class ReceiptOut(BaseModel):
    subject: str
    exchanges: int
    erased_at: datetime
    receipt: str = Field(description="hash of the audit entry that records the erasure")


class BlockRequest(_Body):
    reason: str = Field(min_length=3, max_length=200)


class BlockOut(BaseModel):
    campaign_id: str
    changed: int


class CampaignOut(BaseModel):
    campaign_id: str
    accounts: int
    exchanges: int
    score: float
    first_seen: str
    last_seen: str
    blocked: int
    evidence: list[str]


class SummaryOut(BaseModel):
    audit_chain_intact: bool
    audit_entries: int
    audit_head: str
    decisions_by_reason: dict[str, int]
    accounts_blocked_now: int
    datasets: int


@router.post("/privacy/links", response_model=LinkOut, tags=["privacy"])
def issue_link(body: LinkRequest, request: Request) -> LinkOut:
    """Issue a sign-in link to the privacy center for one account (admin operator key). The
    provider's product calls this for a user it has signed in, and sends them to `url`."""
    op = auth.operator(request, "admin", api=True)
    web = request.app.state.web
    link = actions.issue_link(
        web.engine, web.secret, web.base_url, body.account_id, body.minutes or web.link_minutes, op
    )
    return LinkOut(url=link.url, token=link.token, expires_at=link.expires_at)


@router.post("/privacy/sessions", response_model=SessionOut, tags=["privacy"])
def open_session(body: SessionRequest, request: Request) -> SessionOut:
    """Exchange a sign-in link's token for a session token to send as a Bearer header."""
    web = request.app.state.web
    try:
        claims = tokens.verify(web.secret, body.token, tokens.LINK)
    except tokens.TokenError as exc:
        raise auth.Denied(401, str(exc)) from None
    seconds = web.session_minutes * 60
    return SessionOut(
        session=tokens.issue(web.secret, claims.subject, tokens.SESSION, seconds),
        account_id=claims.subject,
        expires_in=seconds,
    )


def _me(request: Request) -> MeOut:
    s = auth.user(request, api=True)
    web = request.app.state.web
    now = datetime.now(timezone.utc)
    with web.engine.connect() as conn:
        d = consents.decide(conn, web.policy, s.account_id, now)
        convs = privacy_data.conversations_of(conn, s.account_id, now)
    return MeOut(
        account_id=s.account_id,
        new_chats=DecisionOut(
            training_eligible=d.eligible,
            reason=d.reason,
            explanation=for_you(web.policy, d),
            policy_version=d.policy_version,
        ),
        conversations=[
            ConversationOut(
                conversation_id=c.conversation_id,
                started=c.started,
                last_activity=c.last_activity,
                exchanges=c.exchanges,
                incognito=c.incognito,
                deleted=c.deleted_at is not None or c.content_gone,
                trainable=c.trainable,
                reason=c.reason,
                why=c.why,
                delete_by=c.delete_by,
            )
            for c in convs
        ],
    )


@router.get("/privacy/me", response_model=MeOut, tags=["privacy"])
def me(request: Request) -> MeOut:
    """The signed-in user's training state and conversations (no text)."""
    return _me(request)


@router.put("/privacy/me/choice", response_model=MeOut, tags=["privacy"])
def choose(body: ChoiceRequest, request: Request) -> MeOut:
    """Record the user's explicit training choice; new and resumed chats follow it."""
    s = auth.user(request, api=True)
    web = request.app.state.web
    actions.set_choice(web.engine, web.policy, s.account_id, body.choice)
    return _me(request)


@router.delete(
    "/privacy/me/conversations/{conversation_id}", response_model=ReceiptOut, tags=["privacy"]
)
def delete_conversation(conversation_id: str, request: Request) -> ReceiptOut:
    """Erase one of the user's conversations and return the receipt."""
    s = auth.user(request, api=True)
    r = actions.delete_conversation(request.app.state.web.engine, s.account_id, conversation_id)
    return ReceiptOut(
        subject=r.subject, exchanges=r.exchanges, erased_at=r.erased_at, receipt=r.audit_hash
    )


@router.get("/privacy/me/export", tags=["privacy"])
def export(request: Request) -> dict:
    """Everything the store holds about the user, with their conversation text (the same
    document as `consentry rights export`)."""
    s = auth.user(request, api=True)
    web = request.app.state.web
    with unit_of_work(web.engine) as conn:
        return export_account(conn, s.account_id, web.policy)


@router.get("/console/summary", response_model=SummaryOut, tags=["console"])
def summary(request: Request) -> SummaryOut:
    """The audit chain's status and the store's headline counts (viewer)."""
    auth.operator(request, "viewer", api=True)
    with request.app.state.web.engine.connect() as conn:
        chain = request.app.state.chain.status(conn)
        return SummaryOut(
            audit_chain_intact=chain["ok"],
            audit_entries=chain["entries"],
            audit_head=chain["head"],
            decisions_by_reason=dict(overview.exchanges_by_reason(conn)),
            accounts_blocked_now=len(blocks.blocked_ids(conn)),
            datasets=len(insights.datasets_with_status(conn)),
        )


@router.get("/console/campaigns", response_model=list[CampaignOut], tags=["console"])
def campaigns(request: Request) -> list[CampaignOut]:
    """Campaigns of the detection run `consentry serve --detections DIR` reads (viewer)."""
    auth.operator(request, "viewer", api=True)
    run = detections.load_run(request.app.state.web.detections)
    if run is None:
        return []
    with request.app.state.web.engine.connect() as conn:
        blocked = blocks.blocked_ids(conn)
    return [
        CampaignOut(
            campaign_id=c["campaign_id"],
            accounts=c["accounts"],
            exchanges=c["exchanges"],
            score=c["score"],
            first_seen=c["first_seen"],
            last_seen=c["last_seen"],
            blocked=sum(m["account_id"] in blocked for m in run.members.get(c["campaign_id"], [])),
            evidence=c["evidence"],
        )
        for c in run.campaigns
    ]


@router.post("/console/campaigns/{campaign_id}/block", response_model=BlockOut, tags=["console"])
def block(campaign_id: str, body: BlockRequest, request: Request) -> BlockOut:
    """Block every account of a campaign (admin; audited naming the operator)."""
    op = auth.operator(request, "admin", api=True)
    run = detections.load_run(request.app.state.web.detections)
    n = actions.block_campaign(request.app.state.web.engine, run, op, campaign_id, body.reason)
    return BlockOut(campaign_id=campaign_id, changed=n)


@router.post("/console/campaigns/{campaign_id}/unblock", response_model=BlockOut, tags=["console"])
def unblock(campaign_id: str, body: BlockRequest, request: Request) -> BlockOut:
    """Lift the blocks on a campaign's accounts (admin; audited naming the operator)."""
    op = auth.operator(request, "admin", api=True)
    run = detections.load_run(request.app.state.web.detections)
    n = actions.unblock_campaign(request.app.state.web.engine, run, op, campaign_id, body.reason)
    return BlockOut(campaign_id=campaign_id, changed=n)
