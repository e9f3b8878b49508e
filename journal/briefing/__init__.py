"""The one-page PDF briefing to hold during the call (ReportLab, no Qt)."""
