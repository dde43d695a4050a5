"""Transparency reports: what the store did with users' conversations over a period, as counts."""

from consentry.report.transparency import TransparencyReport, transparency_report, write_report

__all__ = ["TransparencyReport", "transparency_report", "write_report"]
