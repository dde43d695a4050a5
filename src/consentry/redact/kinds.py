"""The kinds of finding, each replaced by its own placeholder `<KIND>`."""

from __future__ import annotations


class Kind:
    SECRET = "SECRET"
    EMAIL = "EMAIL"
    CARD = "CARD"
    IBAN = "IBAN"
    NATIONAL_ID = "NATIONAL_ID"
    IP_ADDRESS = "IP_ADDRESS"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    PERSON = "PERSON"
    LOCATION = "LOCATION"

    STRUCTURED = (SECRET, EMAIL, CARD, IBAN, NATIONAL_ID, IP_ADDRESS, PHONE, ADDRESS, DATE_OF_BIRTH)
    NER = (PERSON, LOCATION)
