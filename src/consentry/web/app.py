"""`consentry serve` as one ASGI app: the pages, the REST API (described at /api/openapi.json)
and the gateway, mounted last so `/v1/chat/completions` answers exactly as under
`consentry gateway serve`."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from consentry.errors import ConsentryError
from consentry.gateway import GatewayConfig
from consentry.gateway import create_app as create_gateway
from consentry.policy import Policy
from consentry.web.auth import Denied
from consentry.web.insights import ChainCache

HERE = Path(__file__).parent
MAX_FORM_BYTES = 16_384  # the pages' forms carry a choice, an id, a reason: never more


@dataclass(frozen=True)
class WebConfig:
    engine: Engine
    policy: Policy
    secret: bytes
    gateway: GatewayConfig | None = None
    detections: Path | None = None
    base_url: str = "http://127.0.0.1:8080"
    link_minutes: int = 15
    session_minutes: int = 120

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")


def _when(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d %H:%M UTC" if with_time else "%Y-%m-%d")


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=HERE / "templates")
    t.env.filters["when"] = _when
    t.env.filters["day"] = lambda v: _when(v, with_time=False)
    t.env.filters["n"] = lambda v: f"{v:,}"
    return t


SECURITY_HEADERS = {
    # Everything is served from here: no CDN, no inline script, no framing.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",  # sign-in links carry a token in the query string
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def create_app(cfg: WebConfig) -> FastAPI:
    from consentry.web import api, console, privacy

    gateway = create_gateway(cfg.gateway) if cfg.gateway is not None else None

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        # A mounted app gets no lifespan of its own: run the gateway's, so its capture writer
        # flushes what is queued when the server stops.
        if gateway is None:
            yield
            return
        async with gateway.router.lifespan_context(gateway):
            yield

    app = FastAPI(
        lifespan=lifespan,
        title="consentry",
        summary="Privacy center, operator console and REST API of consentry serve.",
        version="1",
        docs_url=None,  # the interactive docs pages load their scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = cfg
    app.state.templates = templates()
    app.state.chain = ChainCache()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def guard(request: Request, call_next):  # noqa: ANN001, ANN202
        page = not request.url.path.startswith(("/v1/", "/healthz", "/metrics"))
        if page and request.method == "POST":
            size = request.headers.get("content-length", "")
            if not size.isdigit() or int(size) > MAX_FORM_BYTES:
                return _refuse(request, 413, f"send a body of at most {MAX_FORM_BYTES:,} bytes.")
        response = await call_next(request)
        if page:
            for k, v in SECURITY_HEADERS.items():
                response.headers.setdefault(k, v)
        return response

    @app.exception_handler(Denied)
    async def denied(request: Request, exc: Denied):  # noqa: ANN202
        return _refuse(request, exc.status, exc.message)

    @app.exception_handler(ConsentryError)
    async def user_error(request: Request, exc: ConsentryError):  # noqa: ANN202
        from consentry.web.actions import NotFound

        return _refuse(request, 404 if isinstance(exc, NotFound) else 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):  # noqa: ANN202
        # Field paths and messages only: the default body echoes the input back.
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        return _refuse(request, 422, f"{where}: {first['msg']}")

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        return request.app.state.templates.TemplateResponse(request, "home.html", {})

    app.include_router(privacy.router)
    app.include_router(console.router)
    app.include_router(api.router)
    if gateway is not None:
        app.mount("/", gateway)
    return app


def _refuse(request: Request, status: int, message: str):  # noqa: ANN202
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status)
    if status == 401 and request.url.path.startswith("/console"):
        return RedirectResponse("/console/signin", 303)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )
